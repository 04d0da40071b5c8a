"""Customer reviews on a product page: readers' comments by another name.

A shop's product page shows the product's description and specifications, then its
customers' reviews: a run of blocks each with a rating, a name, a date and a paragraph or
two. A long run of reviews outweighs a short description (wcxb-dev: Amazon's book page
came out as 3,800 words of reviews, REI's day pack as its reviews), as a comment thread
outweighs a short story. On a product page the reviews are treated as readers' comments:
the locator does not score them, and they are removed from the body as comments.

Only a run counts: `MIN_REVIEWS` alike siblings named review (by a class or id token, or
schema.org's `itemprop="review"`). A single block named review is a review of the
product, an article, and a company's three testimonials are its own text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from .kinds import Kind
from .rules import Match, Page
from .text import class_and_id

REVIEW = re.compile(r"(?<![a-z0-9])reviews?(?![a-z0-9])")
# A shop lists more reviews than this; a company's page quotes three testimonials as its
# own text (wcxb-dev 2111, whose truth keeps them).
MIN_REVIEWS = 4


def customer_reviews(scope: HtmlElement) -> list[HtmlElement]:
    """The reviews of the page's runs of reviews, in document order.

    A run is counted over the page, since shops split their reviews over several lists
    (Amazon's reviews from one country, then from the others), but each review must sit
    beside another of its kind.
    """
    runs: dict[tuple[HtmlElement | None, str, str | None], list[HtmlElement]] = {}
    for node in scope.iter():
        if isinstance(node.tag, str) and _named_review(node):
            runs.setdefault((node.getparent(), node.tag, node.get("class")), []).append(node)
    kinds: dict[tuple[str, str | None], list[HtmlElement]] = {}
    for (_, tag, classes), run in runs.items():
        if len(run) >= 2:
            kinds.setdefault((tag, classes), []).extend(run)
    return [node for run in kinds.values() if len(run) >= MIN_REVIEWS for node in run]


def _named_review(node: HtmlElement) -> bool:
    if node.get("itemprop") == "review":
        return True
    return bool((node.get("class") or node.get("id")) and REVIEW.search(class_and_id(node)))


@dataclass(frozen=True, slots=True)
class ReviewCleaner:
    """Remove customers' reviews from a product page's body."""

    name: str = "reviews"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in customer_reviews(root):
            yield Match(node, Kind.COMMENTS, "product~reviews", why="customers' reviews")
