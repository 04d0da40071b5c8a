"""Ids that are a document's section anchors, not names of template parts.

Documentation generators (Sphinx, and most that follow it) wrap each section of a page
in an element whose id is slugged from the section's heading, so that a link can point
at it: `<section id="respond-to-review-comments"><h2>Respond to review comments</h2>`,
`<section id="cookies"><h2>Cookies</h2>`. Matched as template tokens, such ids remove a
manual's section on readers' comments or on cookies as if it were a comment thread or a
consent banner. A lone section named after its heading is another matter: a blog's
`<section id="comments"><h2>Comments</h2>` is the comment thread. So an id is an anchor
when it spells its element's first child, a heading, and a sibling of the same tag does
the same: the page's outline.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
WORDS = re.compile(r"[a-z0-9]+")


def is_outline_anchor(node: HtmlElement) -> bool:
    """Whether `node`'s id names its own heading, among siblings that do the same."""
    if not names_its_heading(node):
        return False
    parent = node.getparent()
    if parent is None:
        return False
    return any(
        sibling is not node and sibling.tag == node.tag and names_its_heading(sibling)
        for sibling in parent
    )


def names_its_heading(node: HtmlElement) -> bool:
    """Whether the id spells the heading that opens the element (a trailing number aside,
    which generators add to tell two sections of one title apart)."""
    ident = node.get("id")
    if not ident:
        return False
    first = next((child for child in node if isinstance(child.tag, str)), None)
    if first is None or first.tag not in HEADINGS:
        return False
    words = WORDS.findall(ident.lower())
    heading = WORDS.findall(" ".join(first.itertext()).lower())
    return bool(words) and (words == heading or (words[:-1] == heading and words[-1].isdigit()))


def links_to_itself(node: HtmlElement) -> bool:
    """Whether every link in `node` points at the node itself: a heading's permalink.

    MDN and many manuals make each heading a link to its own anchor (`<h2 id="examples">
    <a href="#examples">Examples</a></h2>`), Sphinx adds a `¶` link to the section that
    the heading opens. Such a line is the section's title, not a teaser for another page.
    The anchor may be the line's id, its wrapper's (MediaWiki's `div.mw-heading`) or a
    named link inside it. A forum post's title linking to its post (`href="#p123"` on a
    block further up) is not this: the post's anchor is not the line's or its parent's.
    """
    anchors = {node.get("id")}
    parent = node.getparent()
    if parent is not None:
        anchors.add(parent.get("id"))
    for inner in node.iterdescendants():
        anchors.update((inner.get("id"), inner.get("name")))  # `<a name="x" href="#x">`
    anchors.discard(None)
    anchors.discard("")
    hrefs = [(link.get("href") or "").strip() for link in node.iter("a")]
    return bool(hrefs) and all(href.startswith("#") and href[1:] in anchors for href in hrefs)
