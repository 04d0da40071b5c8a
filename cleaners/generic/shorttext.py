"""The text of a block, read only when the block is short: what most text rules look at.

Promo, "read more" and bio rules ask it of every block of the body. The texts of all the
body's short elements are read at once, bottom-up (`read_subtree`); an element outside it
is tested on its serialised text first, so a container surely longer than the limit is
not normalised (`longer_than`). A text another cleaner read already needs no such test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from ..text import TextMemo, node_text, normalise, serialised_text
from .textlength import is_longer, longer_than, raw_texts, short_lines

# The longest text a cleaner asks `short_text` for (teaser cards' 800, fitted on
# wcxb-dev); an element longer than this is not joined by `read_subtree`.
SUBTREE_MAX_CHARS = 800


def read_subtree(texts: TextMemo, root: HtmlElement) -> None:
    """Read the texts of every short element under `root` at once, for `short_text`.

    Most of a body's elements are short, and asked for one by one each costs a serialised
    length test and a walk of its subtree; read bottom-up, all of them cost less than half.
    Only the first cleaner to ask reads them: the others find them in the memo.
    """
    if root not in texts.raw:
        texts.raw.update(raw_texts(root, SUBTREE_MAX_CHARS))


def short_text(texts: TextMemo, node: HtmlElement, limit: int) -> str | None:
    """`texts.text(node)` when it is at most `limit` characters long, else None."""
    text = texts.texts.get(node)
    if text is None:
        raw = texts.raw.get(node)
        if raw is not None:
            # most raw texts are within the limit: no call for them (250k calls a pass)
            if len(raw) > limit and is_longer(raw, limit):
                return None
            text = texts.texts[node] = " ".join(raw.split())  # `normalise`, inlined
        elif node in texts.raw and limit <= SUBTREE_MAX_CHARS:
            return None  # read, and too long to be joined
        elif longer_than(node, limit):
            return None
        else:
            text = texts.text(node)
    return text if len(text) <= limit else None


def read_short_lines(
    texts: TextMemo,
    root: HtmlElement,
    tags: tuple[str, ...],
    limit: int,
    opening: re.Pattern[str] | None = None,
) -> Iterator[tuple[HtmlElement, str]]:
    """`textlength.short_lines`, the lengths read from the subtree's texts: a leaf's own
    text is its serialised text, and an element too long needs no serialising.

    `opening`, when given, is what the caller's pattern needs at the start of a line, a
    few letters with no space (`furniture.UI_LABEL_OPENING`): a line failing it is left
    out. A leaf's own text is tested as it is, as collapsing its spaces cannot join those
    letters; an element with children, on its joined text with the spaces removed, before
    it is serialised. The joined text has the serialised text's non-space characters, so
    the lines left out are lines the caller's pattern cannot match.
    """
    if limit > SUBTREE_MAX_CHARS:
        yield from short_lines(root, tags, limit)
        return
    read_subtree(texts, root)
    for node in root.iter(*tags):
        raw = texts.raw[node]
        if raw is None or (len(raw) > limit and is_longer(raw, limit)):
            continue  # (most are short: `is_longer` is not called for them)
        if len(node):
            if opening is not None and opening.match("".join(raw.split())) is None:
                continue  # 54k short elements with children per wcxb-dev pass, few labels
            raw = serialised_text(node)
        elif opening is not None and opening.match(raw) is None:
            continue  # a leaf's text unnormalised: the words `opening` needs hold no space
        if text := " ".join(raw.split()):
            yield node, text


def subtree_text(texts: TextMemo, node: HtmlElement) -> str:
    """`node_text(node)`, a long element's text joined from the short ones `read_subtree`
    read, not from every text node under it again. Not remembered: `short_text` asks the
    memo first, and a long text there would skip its length test."""
    if node not in texts.raw:
        return node_text(node)
    return normalise(_joined(texts.raw, node))


def _joined(raw: dict[HtmlElement, str | None], node: HtmlElement) -> str:
    """The node's text as `raw_texts` joins it, with no length limit.

    Only the elements too long to have been joined are walked (the body and the containers
    around the article's text): depth first, with a stack of its own, as such elements can
    nest deeper than Python's recursion limit.
    """
    joined: dict[HtmlElement, str] = {}
    stack = [node]
    while stack:
        current = stack[-1]
        if raw.get(current, "") is not None:
            stack.pop()  # a short element: its text is read already
            continue
        waiting = [c for c in current if raw.get(c, "") is None and c not in joined]
        if waiting:
            stack.extend(waiting)
            continue
        stack.pop()
        pieces = [current.text or ""]
        for child in current:
            piece = raw.get(child, "")  # a comment's text is no text
            pieces.append(joined[child] if piece is None else piece)
            pieces.append(child.tail or "")
        joined[current] = " ".join(pieces)
    return joined[node] if node in joined else raw[node] or ""
