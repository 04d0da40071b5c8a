"""A page that is no news story: its text is all of its sections, not the longest one.

A company's page about what it offers, or a shop's product page, is built as a column of
sections: a hero, a block of features, a how-it-works, customer quotes, a FAQ, each with
a heading, a few sentences and a call to action. The locator finds the longest section,
and the prose widening (`prose.reach_prose`) stops at ancestors with more than a tenth of
their text in links, a bound fitted on news pages, where such an ancestor has gathered
rails and menus. On such pages the links are the sections' calls to action ("Learn more",
"Start free"). So on a page the classifier tags `service` or `product`, or one that
declares no article at all (no JSON-LD article, no `og:type` article), a body found
outside the page's one `<main>` is looked for again inside it (`landmark.inside_main`),
and the body grows in two steps:

1. A body holding under 45% of the page's unlinked text grows to the nearest ancestor
   holding most of it with up to a quarter of its text in links.
2. A body that is one section of a column (`column.column_of_sections`: beside it, under
   one parent, two or more other blocks each with a heading and prose) takes the column.
   A long hero holds half of the page's text, so step 1 alone leaves its sections out.

Fitted on wcxb-dev, checked on aeb (whose news pages declare articles, and whose
undeclared ones were unchanged).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .body import Measures
from .column import column_of_sections
from .landmark import inside_main

FRAGMENT_SHARE = 0.45  # a body holding less of the page's unlinked text is one section
MIN_GAIN = 1.5  # the ancestor holds this many times the body's unlinked text...
MIN_ANCESTOR_SHARE = 0.5  # ...and at least this share of the page's
MAX_LINK_DENSITY = 0.25  # a page's column of sections, calls to action included


def all_sections(body: HtmlElement, measures: Measures) -> HtmlElement:
    """The body grown to the page's text (step 1), then to its column of sections (step 2).

    A body outside the page's main landmark is looked for inside it first.
    """
    body = inside_main(body, measures)
    return column_of_sections(most_of_the_text(body, measures), measures)


def most_of_the_text(body: HtmlElement, measures: Measures) -> HtmlElement:
    """The nearest ancestor holding most of the page's unlinked text, or the body.

    Readers' comments are not the page's text: a long thread under a short page must not
    make the page look like a fragment of itself.
    """
    root = next((a for a in body.iterancestors() if a.tag == "body"), None)
    if root is None:
        return body
    threads = [t for t in measures.comment_threads if t.tag not in ("html", "body")]
    total = _unlinked(root, measures, threads)
    if total <= 0:
        return body
    share = _unlinked(body, measures, threads) / total
    if share >= FRAGMENT_SHARE:
        return body
    floor = max(MIN_GAIN * share, MIN_ANCESTOR_SHARE) * total
    for ancestor in body.iterancestors():
        if ancestor.tag in ("html", "body"):
            return body
        if _unlinked(ancestor, measures, threads) < floor:
            continue
        return ancestor if measures.link_density(ancestor) < MAX_LINK_DENSITY else body
    return body


def _unlinked(node: HtmlElement, measures: Measures, threads: list[HtmlElement]) -> float:
    """Unlinked characters under `node`, less those of the comment threads inside it."""
    inside = [t for t in threads if any(a is node for a in t.iterancestors())]
    outermost = [t for t in inside if not any(a in inside for a in t.iterancestors())]
    return _text(node, measures) - sum(_text(thread, measures) for thread in outermost)


def _text(node: HtmlElement, measures: Measures) -> float:
    """Unlinked characters; a container the locator built holds its parts'."""
    if node not in measures.chars:
        return sum(_text(part, measures) for part in node if isinstance(part.tag, str))
    return measures.chars[node] * (1 - measures.link_density(node))
