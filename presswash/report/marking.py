"""Run the extraction on a marked tree and keep a copy showing where each removal sat.

Every element gets a numbered `cleaning.NODE_ID` attribute before anything runs; a copy
of the tree is taken; the extraction then cleans the original, and each trace entry names
the numbered nodes it removed (`Removal.anchors`). The report finds those nodes in the
copy by number, so nothing is re-found by text and what is shown is what `apply` removed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from lxml.html import HtmlElement

from cleaners.article import Article, Refusal, Removal
from cleaners.cleaning import NODE_ID
from cleaners.document import parse_html
from cleaners.extract import build_article, clean_tree
from cleaners.sites import SiteRegistry


@dataclass(frozen=True, slots=True)
class MarkedPage:
    """A page's extraction, and the page as it was before, with its nodes numbered."""

    display: HtmlElement  # the parsed page before cleaning; elements carry NODE_ID
    article: Article
    removals: tuple[Removal, ...]  # in page order
    refusals: tuple[Refusal, ...]  # blocks the guard kept, in page order
    body_anchors: tuple[str, ...]  # the node(s) the body was read from


def number_nodes(root: HtmlElement) -> None:
    """Give every element its document-order number; a page's own values are overwritten."""
    for number, node in enumerate(root.iter()):
        if isinstance(node.tag, str):
            node.set(NODE_ID, str(number))


def page_position(anchors: tuple[str, ...]) -> int:
    return min((int(anchor) for anchor in anchors), default=-1)


def mark_page(
    html: str | bytes,
    url: str | None,
    *,
    site_rules: bool | SiteRegistry = True,
    fetched: date | None = None,
) -> MarkedPage:
    """Extract `html` as `extract_article` does, keeping a numbered copy of the page.

    Raises the same `ExtractionError`s as `extract_article`.
    """
    root = parse_html(html, None, source=url or "<input>")
    number_nodes(root)
    display = copy.deepcopy(root)
    state = clean_tree(root, url, site_rules=site_rules, fetched=fetched)
    article = build_article(state)
    assert state.body is not None  # build_article raises NoBodyFound otherwise
    body = state.body
    body_anchor = body.get(NODE_ID)
    if body_anchor is not None:
        body_anchors: tuple[str, ...] = (body_anchor,)
    else:  # a body split in parts, gathered into a new wrapper
        body_anchors = tuple(a for part in body if (a := part.get(NODE_ID)) is not None)
    removals = sorted(article.removed, key=lambda r: page_position(r.anchors))
    refusals = sorted(state.refused, key=lambda r: page_position(r.removal.anchors))
    return MarkedPage(display, article, tuple(removals), tuple(refusals), body_anchors)
