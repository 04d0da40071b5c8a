"""Blocks of links to other articles inside or beside the body.

Templates label most of them (see `chrome.py`); this module finds the unlabelled ones by
shape: a short heading or bold line followed by a list whose items are each one link, and
"Read more: <link>" lines. Headings in the vocabulary below decide the kind; a list of
headline links under any short heading is a related block too, since article prose rarely
is a bare list of links to other pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..text import link_density, node_text
from .cards import teaser_cards
from .shorttext import read_subtree, short_text

HEADING_MAX_CHARS = 80  # a lead-in line, not a sentence of the article
ITEM_LINK_SHARE = 0.8  # each list item is (almost) only its link
MIN_ITEMS = 2
INLINE_MAX_CHARS = 250  # "Read more: <headline>" lines are one headline long
LIST_TAGS = ("ul", "ol")
LEAD_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "span"})

MORE_FROM = re.compile(r"^\W*more (?:from|on|about|stories from|news from)\b", re.IGNORECASE)
LATEST = re.compile(r"^\W*(?:latest|trending|most (?:read|popular|viewed)|popular|top stories|in other news|elsewhere)", re.IGNORECASE)  # fmt: skip
RELATED = re.compile(
    r"^\W*(?:related|read (?:more|next|also)|see more|you (?:may|might) (?:also )?like|recommended|"
    r"see also|also read|further reading|what to read next|more like this|don.t miss|"
    r"leia (?:também|mais)|veja também|читайте также|leggi anche|lee también|lire aussi|"
    r"関連記事|관련 기사|اقرأ أيضا)",
    re.IGNORECASE,
)


def heading_kind(text: str) -> Kind | None:
    if MORE_FROM.search(text):
        return Kind.MORE_FROM_LINKS
    if LATEST.search(text):
        return Kind.LATEST_NEWS_LIST
    if RELATED.search(text):
        return Kind.RELATED_LINKS
    return None


def is_link_list(node: HtmlElement) -> bool:
    items = [item for item in node if item.tag == "li"]
    if len(items) < MIN_ITEMS:
        return False
    for item in items:
        text = node_text(item)
        if (
            not text
            or item.find(".//a[@href]") is None
            or link_density(item, text) < ITEM_LINK_SHARE
        ):
            return False
    return True


def previous_element(node: HtmlElement) -> HtmlElement | None:
    sibling = node.getprevious()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getprevious()
    return sibling


LISTED_WHY = "a short lead-in over a list of links: a block of other stories"
READ_MORE_WHY = "a line that points to another story, mostly link"
CARD_WHY = "one of a grid of <article>s headed by links to other posts: teasers"


@dataclass(frozen=True, slots=True)
class LinkBlockCleaner:
    name: str = "link-blocks"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        yield from self._listed(root)
        yield from self._inline(root, page)
        for card in teaser_cards(root, page):
            yield Match(card, Kind.RELATED_LINKS, "teaser-card", why=CARD_WHY)

    def _listed(self, root: HtmlElement) -> Iterator[Match]:
        for listing in root.iter(*LIST_TAGS):
            if not is_link_list(listing):
                continue
            lead = previous_element(listing)
            lead_text = node_text(lead) if lead is not None and lead.tag in LEAD_TAGS else ""
            if lead is None or not lead_text or len(lead_text) > HEADING_MAX_CHARS:
                continue
            kind = heading_kind(lead_text) or Kind.RELATED_LINKS
            yield Match(lead, kind, "heading+link-list", extra=(listing,), why=LISTED_WHY)

    def _inline(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        read_subtree(page.texts, root)
        for para in root.iter("p", "div", "h3", "h4"):
            text = short_text(page.texts, para, INLINE_MAX_CHARS)
            if not text or (kind := heading_kind(text)) is None:
                continue
            if para.find(".//a[@href]") is None:  # asked after the heading: it is slower
                continue
            if link_density(para, text) >= 0.4 and not para.findall(".//p"):
                yield Match(para, kind, "read-more-line", why=READ_MORE_WHY)
