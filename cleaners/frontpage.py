"""A site's front page: a listing of dated items, or the page of what a company offers.

A news site, a blog or a forum opens on its latest items, each dated (a `<time>`
element, or "Dec 19, 2025" under the headline): the front page is a listing, and
extraction would return its teasers as an "article". A company's front page (a software
product, a hosting service, an agency) presents what it offers in sections, a hero and
"how it works", with no date anywhere: it is the site's service page, and its text is
worth as much as that of any page under `/services/`.

So a front page is refused when it dates at least `MIN_DATED_ITEMS` items; an undated
one goes through the other listing tests (teaser cards, linked headings, links holding
the page) and, kept, is tagged `service`.

Fitted on wcxb-dev: its six listing front pages date 2 to 40 items (`<time>` elements or
written dates), eleven company front pages none, or ten `<time>` elements on one that the
teaser-card test refuses anyway. aeb has no front page.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .dates import WRITTEN_DATE
from .text import node_text

MIN_DATED_ITEMS = 2  # one date may be a copyright line or a launch announcement


def dates_its_items(scope: HtmlElement) -> bool:
    """Whether the page dates at least `MIN_DATED_ITEMS` things: a listing of news or posts."""
    dated = sum(1 for _ in scope.iter("time"))
    if dated >= MIN_DATED_ITEMS:
        return True
    return dated + len(WRITTEN_DATE.findall(node_text(scope))) >= MIN_DATED_ITEMS
