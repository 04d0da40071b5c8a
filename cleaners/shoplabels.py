"""A shop's buttons and notices inside a product page's body: labels, not its text.

A product page's body holds the description beside the shop's controls: the buttons
("Add to cart", "Notify me"), stock and delivery notices ("Only 3 left", "Order today to
get it by", "Free shipping on orders over $75"), the returns line and the names of the
boxes around ("Frequently bought together"). Each is a short line of its own, found by
its whole text as `generic/furniture.py` finds "Advertisement", and only on a page the
classifier tags `product`: on a story about shops the same words are part of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from .generic.shorttext import read_short_lines
from .kinds import Kind
from .rules import Match, Page

LABEL_MAX_CHARS = 60  # a button or a notice; a sentence of the description is longer
LABEL_TAGS = ("p", "div", "span", "li", "h2", "h3", "h4", "h5", "h6", "strong", "b", "a", "button")
SHOP_LABEL = re.compile(
    r"^\W*(?:"
    r"add to (?:cart|bag|basket|collection|wish ?list|favou?rites)|buy (?:it )?now|"
    r"notify me(?: when available)?|(?:in|out of) stock|sold out|only \d+ left(?: in stock)?|"
    r"low in stock|free (?:shipping|delivery|returns)(?: on orders? over \S+)?|"
    r"(?:returns|exchanges|returns (?:&|and) exchanges) (?:not )?accepted|"
    r"order (?:today|now|soon) to get (?:it )?by|frequently bought together|"
    r"(?:shipping|delivery) (?:&|and) returns?(?: polic(?:y|ies))?|"
    r"customers (?:who (?:bought|viewed) this (?:item )?)?also (?:bought|viewed)|"
    r"write a review|quantity|qty"
    r")\W*$",
    re.IGNORECASE,
)
# What SHOP_LABEL needs at a line's start once its spaces are removed: the first letters of
# each alternative. A line without one is left out unread (`read_short_lines`).
SHOP_LABEL_OPENING = re.compile(
    r"^\W*(?:add|buy|notify|in|out|sold|only|low|free|returns|exchanges|order|frequently|"
    r"shipping|delivery|customers|write|quantity|qty)",
    re.IGNORECASE,
)
WHY = "a shop's button or notice on a product page, not the product's text"


@dataclass(frozen=True, slots=True)
class ShopLabelCleaner:
    """Finds a shop's buttons and notices in a product page's body."""

    name: str = "shop-labels"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        lines = read_short_lines(page.texts, root, LABEL_TAGS, LABEL_MAX_CHARS, SHOP_LABEL_OPENING)
        for node, text in lines:
            if SHOP_LABEL.match(text):
                yield Match(node, Kind.PAGE_CHROME, "text~shop-label", why=WHY)
