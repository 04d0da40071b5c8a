"""Cheap length tests on a node's text, for rules that only act on short blocks.

Most boilerplate rules carry a `max_chars`, and most candidate nodes are long containers:
normalising all of a container's text only to learn that it is too long made rule
matching quadratic. libxml2 serialises the text in C, far faster than walking it in
Python, and a block with more non-space characters than the limit is longer than it once
normalised too.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from ..text import serialised_text


def longer_than(node: HtmlElement, limit: int) -> bool:
    """True when the node's normalised text is surely longer than `limit` characters."""
    return is_longer(serialised_text(node), limit)


def is_longer(text: str, limit: int) -> bool:
    """`longer_than` on a node's serialised text, for a caller that needs the text too."""
    if len(text) <= limit:
        return False
    spaces = text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r")
    return len(text) - spaces > limit


def short_lines(
    root: HtmlElement, tags: tuple[str, ...], limit: int
) -> Iterator[tuple[HtmlElement, str]]:
    """Each element of `tags` under `root` whose text is not surely longer than `limit`,
    with that text, runs of spaces collapsed: the buttons, labels and notices that rules
    match by their whole text. A label is a few words, so no `node_text` is needed."""
    for node in root.iter(*tags):
        raw = serialised_text(node)
        if not is_longer(raw, limit) and (text := " ".join(raw.split())):
            yield node, text


def raw_texts(root: HtmlElement, limit: int) -> dict[HtmlElement, str | None]:
    """Every element under `root` (itself included) with its text joined as `node_text`
    joins it, not yet normalised; None for an element `longer_than(limit)`.

    Reading each block's text on its own walks its subtree again at every level of the
    page, in Python. Here the elements are read bottom-up: each joins its children's texts,
    already read, in C, and an element holding a longer child is longer too, never joined.
    The joined text has the same non-space characters as the serialised one, so `is_longer`
    on it says what `longer_than` says.
    """
    raw: dict[HtmlElement, str | None] = {}
    for node in reversed(list(root.iter(etree.Element))):
        if not len(node):
            text = node.text or ""
        else:
            pieces = [node.text or ""]
            for child in node:
                piece = raw.get(child, "")  # a comment's text is no text
                if piece is None:
                    break
                pieces.append(piece)
                pieces.append(child.tail or "")
            else:
                text = " ".join(pieces)
                raw[node] = None if len(text) > limit and is_longer(text, limit) else text
                continue
            raw[node] = None
            continue
        raw[node] = None if len(text) > limit and is_longer(text, limit) else text
    return raw
