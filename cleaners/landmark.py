"""The page's `<main>`: a body found outside it is the site's furniture, not the page.

HTML gives a page one `<main>` (or one element with `role="main"`) for its own content;
the header, footers, carts and dialogs sit outside it. On a shop's product page the
description is short and cut into small blocks (a heading and a sentence each), so the
longest block of prose on the page can be a footer's paragraph about the brand, a cart
flyout or a dialog about another product. When the page has exactly one main landmark
with text and the body found is neither inside it nor around it, the body is looked for
again inside it.

On the development sets this happens only on service and product pages (wcxb-dev: six
pages, where the landmark holds 42-100% of the true text and the body found 0-32%; no
article of aeb or wcxb-dev has its body outside a single main landmark).
"""

from __future__ import annotations

from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from .body import Measures, locate_generic_body, measure

MIN_MAIN_CHARS = 200  # a landmark with less text is an empty shell filled by scripts
ROLE_MAIN = etree.XPath("//*[@role='main'][not(self::main)]")  # landmarks other than <main>


def inside_main(body: HtmlElement, measures: Measures) -> HtmlElement:
    """The body, or the body found inside the page's one main landmark when it is outside.

    The landmarks with a role are looked for across the whole page, a walk in libxml2 of
    every element; a page with one `<main>` needs them only when that `<main>` would
    move the body, since another landmark beside it leaves the body where it is too.
    """
    root = body.getroottree().getroot()
    mains = list(islice(root.iter("main"), 2))
    if len(mains) > 1:
        return body
    if mains:
        main = mains[0]
        if _keeps_body(main, body, measures) or ROLE_MAIN(root):
            return body
    else:
        landmarks = ROLE_MAIN(root)
        if len(landmarks) != 1:
            return body
        main = landmarks[0]
        if _keeps_body(main, body, measures):
            return body
    found = locate_generic_body(main, measure(main))
    return main if found is None else found


def _keeps_body(main: HtmlElement, body: HtmlElement, measures: Measures) -> bool:
    """Whether the one landmark leaves the body where it is: it holds little text (the
    scripts that fill it did not run), or the body is inside it or around it."""
    if measures.chars.get(main, 0) < MIN_MAIN_CHARS:
        return True
    if main is body or any(a is main for a in body.iterancestors()):
        return True
    return any(a is body for a in main.iterancestors())
