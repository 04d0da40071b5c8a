"""Apply what cleaners found: the only place that removes nodes from the tree.

Cleaners yield matches without touching the tree; `find_matches` collects them and
`apply` removes them, with a guard that undoes the damage one bad rule could do.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from lxml.html import HtmlElement

from .article import Removal
from .kinds import Kind
from .render import block_text
from .rules import Cleaner, Match, Page
from .text import TextMemo, node_text

logger = logging.getLogger(__name__)

TRACE_CHARS = 200  # a removal's trace keeps the start of its text, enough to recognise it
MAX_REMOVED_SHARE = 0.5  # one match may not take more than half of the scope's text
GUARD_MIN_CHARS = 500  # below this the scope is too small for the share to mean anything
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
    root: HtmlElement, found: list[Found], *, protect: HtmlElement | None = None
) -> list[Removal]:
    """Remove found nodes from `root`, outermost first, and return the trace.

    A node inside one already removed is skipped, so each block is traced once. A match
    that would take the protected node (the body) or more than half of the text is
    refused with a warning: a class like "related" on an article wrapper must not empty
    the page.
    """
    total_chars = len(node_text(root))
    protected = set(protect.iterancestors()) | {protect} if protect is not None else set()
    removed: set[HtmlElement] = set()
    trace: list[Removal] = []
    for item in found:
        node = item.match.node
        if node in removed or node in protected or node.getparent() is None:
            continue
        if any(ancestor in removed for ancestor in node.iterancestors()):
            continue
        text = "\n".join(block_text(part) for part in (node, *item.match.extra))
        if (
            item.match.kind not in GUARD_EXEMPT_KINDS
            and total_chars >= GUARD_MIN_CHARS
            and len(text) > MAX_REMOVED_SHARE * total_chars
        ):
            logger.warning(
                "guard kept %s block matched by %s/%s: it holds %d of %d characters",
                item.match.kind, item.cleaner, item.match.rule, len(text), total_chars,
            )  # fmt: skip
            continue
        logger.debug("removed %s by %s: %.80s", item.match.kind, item.match.rule, text)
        removed.update((node, *item.match.extra))
        trace.append(Removal(item.cleaner, item.match.kind, item.match.rule, text[:TRACE_CHARS]))
    for node in removed:
        node.drop_tree()
    return trace
