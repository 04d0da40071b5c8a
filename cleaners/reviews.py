"""Customers' reviews on a product page are its readers' comments, not its text.

A shop's product page holds the product's description and, below it, the customers'
reviews, often many times longer: the locator took the reviews for the text (REI, Amazon).
On a page the classifier tags `product`, blocks named for reviews are read as comment
threads: the locator gives them no score, as it does readers' comments under an article.
A body that holds them beside a description (at least `MIN_DESCRIPTION_CHARS` of other
text) loses them (`ProductReviewCleaner`); a body of reviews alone keeps them, and so do
blocks inside the site's testimonials: on a page of testimonials or coupons they are the
text (wcxb-dev: removing every review block lost such a page 0.41 F1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from .body import Measures
from .kinds import Kind
from .rules import Match, Page
from .text import class_and_id, names_may_hold, node_text

# `product-reviews`, `individual-review`, `customer_review-R2X`, `cm-cr-dp-review-list`
REVIEWS = re.compile(r"(?<![a-z])(?:customer[-_]?)?reviews?(?![a-z])")
MAX_REVIEWS_SHARE = 0.5  # a block holding more of the page than this is its wrapper


def read_reviews_as_comments(scope: HtmlElement, measures: Measures) -> None:
    """Note the outermost review blocks among the comment threads the locator leaves out."""
    total = measures.chars.get(scope, 0)
    threads = measures.comment_threads
    noted: set[HtmlElement] = set(threads)
    for node in scope.iter():
        if not isinstance(node.tag, str) or not names_may_hold(node, ("review",)):
            continue
        if not REVIEWS.search(class_and_id(node)):
            continue
        if measures.chars.get(node, 0) > MAX_REVIEWS_SHARE * total:
            continue
        if noted.isdisjoint(node.iterancestors()):
            threads.append(node)
            noted.add(node)


# Quotes the site chose for its own page (a company's testimonials), not customers' reviews.
TESTIMONIALS = re.compile(r"testimonial")
MIN_DESCRIPTION_CHARS = 200  # what the body holds besides its reviews: a product description
REVIEWS_WHY = "customers' reviews under a product's description, not its text"


@dataclass(frozen=True, slots=True)
class ProductReviewCleaner:
    """Finds the review blocks of a product page's body that also holds a description.

    A body of reviews alone (a page of testimonials or coupons) keeps them: they are
    its text.
    """

    name: str = "product-reviews"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        blocks = _outermost_reviews(root)
        if not blocks:
            return
        total = len(node_text(root))
        rest = total - sum(len(node_text(block)) for block in blocks)
        if rest < MIN_DESCRIPTION_CHARS:
            return
        for block in blocks:
            yield Match(block, Kind.COMMENTS, "class~reviews", why=REVIEWS_WHY)


def _outermost_reviews(root: HtmlElement) -> list[HtmlElement]:
    """The outermost review blocks, none inside the site's own testimonials."""
    found: list[HtmlElement] = []
    testimonials: list[HtmlElement] = []
    for node in root.iterdescendants():
        if not isinstance(node.tag, str) or not names_may_hold(node, ("review", "testimonial")):
            continue
        names = class_and_id(node)
        if TESTIMONIALS.search(names):
            testimonials.append(node)
        elif REVIEWS.search(names) and not any(
            a in found or a in testimonials for a in node.iterancestors()
        ):
            found.append(node)
    return found
