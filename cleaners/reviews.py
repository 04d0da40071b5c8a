"""Customers' reviews on a product page are its readers' comments, not its text.

A shop's product page holds the product's description and, below it, the customers'
reviews, often many times longer: the locator took the reviews for the text (REI, Amazon).
On a page the classifier tags `product`, blocks named for reviews are read as comment
threads: the locator gives them no score, as it does readers' comments under an article.
They are not removed from a body that holds them: on a page of testimonials or coupons
(tagged product by its URL) they are the text (wcxb-dev: removing them lost such a page
0.48 F1 for three shop pages gaining 0.07-0.55).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .body import Measures
from .text import class_and_id

# `product-reviews`, `individual-review`, `customer_review-R2X`, `cm-cr-dp-review-list`
REVIEWS = re.compile(r"(?<![a-z])(?:customer[-_]?)?reviews?(?![a-z])")
MAX_REVIEWS_SHARE = 0.5  # a block holding more of the page than this is its wrapper


def read_reviews_as_comments(scope: HtmlElement, measures: Measures) -> None:
    """Note the outermost review blocks among the comment threads the locator leaves out."""
    total = measures.chars.get(scope, 0)
    threads = measures.comment_threads
    noted: set[HtmlElement] = set(threads)
    for node in scope.iter():
        if not isinstance(node.tag, str) or not (node.get("class") or node.get("id")):
            continue
        if not REVIEWS.search(class_and_id(node)):
            continue
        if measures.chars.get(node, 0) > MAX_REVIEWS_SHARE * total:
            continue
        if noted.isdisjoint(node.iterancestors()):
            threads.append(node)
            noted.add(node)
