"""Apply what cleaners found: the only place that removes nodes from the tree.

Cleaners yield matches without touching the tree; `find_matches` collects them and
`apply` removes them, with a guard that undoes the damage one bad rule could do.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from lxml.html import HtmlElement

from .article import Refusal, Removal
from .kinds import Kind
from .render import block_text
from .rules import Cleaner, Match, Page
from .text import TextMemo, node_text, normalise, serialised_text

logger = logging.getLogger(__name__)

TRACE_CHARS = 200  # a removal's trace keeps the start of its text, enough to recognise it
MAX_REMOVED_SHARE = 0.5  # one match may not take more than half of the scope's text
GUARD_MIN_CHARS = 500  # below this the scope is too small for the share to mean anything
NODE_ID = "data-presswash-node"  # set by `presswash report` on a marked tree, read into anchors
MEDIA_TAGS = ("picture", "video", "audio", "iframe", "object", "embed", "svg", "canvas", "source")
# A match this short is never guarded: over half of a scope of `GUARD_MIN_CHARS` or more is
# longer. Most matches are (see `ScopeSize`).
GUARD_FLOOR = MAX_REMOVED_SHARE * GUARD_MIN_CHARS
# Readers' comments are never the article, however much of the body they fill: a long
# thread under a short story must still go (cleaners.attempts bounds the total instead).
GUARD_EXEMPT_KINDS = frozenset({Kind.COMMENTS})


@dataclass(frozen=True, slots=True)
class Found:
    cleaner: str
    match: Match


def find_matches(root: HtmlElement, cleaners: Iterable[Cleaner], page: Page) -> list[Found]:
    """Run every cleaner on the unmodified tree: a dry run, as `--explain` needs.

    The cleaners share one memo of node texts, fresh for this tree as it is now.
    """
    page = replace(page, texts=TextMemo())
    return [
        Found(cleaner.name, match) for cleaner in cleaners for match in cleaner.find(root, page)
    ]


def apply(
    root: HtmlElement,
    found: list[Found],
    *,
    protect: HtmlElement | None = None,
    refused: list[Refusal] | None = None,
) -> list[Removal]:
    """Remove found nodes from `root`, outermost first, and return the trace in found order.

    Matches are taken shallowest first, so a node inside one already taken is skipped and
    each block is traced (and counted in the stats) once, whichever cleaner found it first.
    A match that would take the protected node (the body) or more than half of the text is
    refused, and appended to `refused` when given: a class like "related" on an article
    wrapper must not empty the page. A refused block's inner matches still go.
    """
    scope = ScopeSize(root)
    protected = set(protect.iterancestors()) | {protect} if protect is not None else set()
    removed: set[HtmlElement] = set()
    taken: list[tuple[int, Removal]] = []
    for order, item in sorted(enumerate(found), key=lambda pair: depth(pair[1].match.node)):
        node = item.match.node
        if node in removed or node in protected or node.getparent() is None:
            continue
        if any(ancestor in removed for ancestor in node.iterancestors()):
            continue
        parts = (node, *item.match.extra)
        text = "\n".join(block_text(part) for part in parts)
        removal = trace_entry(item, parts, text)
        chars = len(text)
        if item.match.kind not in GUARD_EXEMPT_KINDS and scope.guards(chars):
            total_chars = scope.chars()
            logger.info(
                "guard kept %s block matched by %s/%s: it holds %d of %d characters",
                item.match.kind, item.cleaner, item.match.rule, chars, total_chars,
            )  # fmt: skip
            if refused is not None:
                refused.append(Refusal(removal, chars, total_chars))
            continue
        logger.debug("removed %s by %s: %.80s", item.match.kind, item.match.rule, removal.text)
        removed.update(parts)
        taken.append((order, removal))
    for node in removed:
        node.drop_tree()
    return [removal for _, removal in sorted(taken, key=lambda pair: pair[0])]


@dataclass(slots=True)
class ScopeSize:
    """The guard's view of the scope's characters (`node_text`), read only as far as a
    match needs: most matches are short, and the scope's text is long and slow to read
    piece by piece. Valid while the tree is as it was when `apply` began."""

    root: HtmlElement
    floor: int | None = None  # from the text serialised in C: never more than the characters
    exact: int | None = None

    def guards(self, chars: int) -> bool:
        """Whether a match of `chars` characters takes over `MAX_REMOVED_SHARE` of a scope
        of `GUARD_MIN_CHARS` or more: the exact count is read only when the floor allows."""
        if chars <= GUARD_FLOOR:
            return False
        if self.floor is None:
            self.floor = len(normalise(serialised_text(self.root)))
        if chars <= MAX_REMOVED_SHARE * self.floor:
            return False
        total = self.chars()
        return total >= GUARD_MIN_CHARS and chars > MAX_REMOVED_SHARE * total

    def chars(self) -> int:
        if self.exact is None:
            self.exact = len(node_text(self.root))
        return self.exact


def depth(node: HtmlElement) -> int:
    return sum(1 for _ in node.iterancestors())


def trace_entry(item: Found, parts: tuple[HtmlElement, ...], text: str) -> Removal:
    """The trace of one match: its text, or for a block without text what the block was."""
    text = text.strip("\n")
    match = item.match
    return Removal(
        item.cleaner,
        match.kind,
        match.rule,
        text[:TRACE_CHARS] if text else describe_textless(parts),
        why=match.why,
        anchors=tuple(anchor for part in parts if (anchor := part.get(NODE_ID)) is not None),
    )


def describe_textless(parts: tuple[HtmlElement, ...]) -> str:
    """Say what a block without text was, by tag: `[image: alt]`, `[<iframe>]`, `[empty <div>]`."""
    described: list[str] = []
    for part in parts:
        images = [part] if part.tag == "img" else list(part.iter("img"))
        media = [n.tag for n in part.iter(*MEDIA_TAGS) if isinstance(n.tag, str)]
        if images:
            alts = [normalise(img.get("alt") or "") for img in images]
            label = "; ".join(alt for alt in alts if alt)
            count = f"{len(images)} images" if len(images) > 1 else "image"
            described.append(f"[{count}: {label}]" if label else f"[{count}]")
        elif media:
            described.append("[" + " ".join(f"<{tag}>" for tag in dict.fromkeys(media)) + "]")
        else:
            described.append(f"[empty <{part.tag}>]")
    return " ".join(described)
