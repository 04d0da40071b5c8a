"""Cut what is obviously not the story from a page too big to read whole.

A story with a long inline comment thread can hold a hundred thousand elements, most of
them comments: more than every later step can walk in time (`document.MAX_ELEMENTS`). Such
a page is not hostile, and the downloader accepts it. Before the element bound refuses a
page, the bulk that is never article text goes in one top-down walk that does not enter
what it removes, so the walk costs the elements kept, not the elements cut:
readers' comment threads (by class or id, `body.COMMENT_THREAD`), navigation, footers,
asides, and forms without paragraphs (a comment form; ASP.NET wraps whole pages in a form
with the article inside, and that one stays).

The story itself is never cut: the first `<article>`, `<main>`, `h1` headings and an
`itemprop=articleBody` block, and every element holding one of them, are kept even when a
class such as "post has-comments" reads like a comment section.
"""

from __future__ import annotations

import logging

from lxml import etree
from lxml.html import HtmlElement

from .body import COMMENT_THREAD
from .text import class_and_id

logger = logging.getLogger(__name__)

BULK_TAGS = frozenset({"nav", "footer", "aside", "menu", "dialog", "select", "textarea", "svg"})
STORY_ANCHORS = etree.XPath("(//article)[1] | //main | //h1 | //*[@itemprop='articleBody']")


def story_path(root: HtmlElement) -> set[HtmlElement]:
    """The story's anchors and every element that holds one: never cut."""
    kept: set[HtmlElement] = set()
    for anchor in STORY_ANCHORS(root):
        kept.add(anchor)
        kept.update(anchor.iterancestors())
    return kept


def is_bulk(node: HtmlElement) -> bool:
    """True for a subtree that is never article text on any page."""
    tag = node.tag
    if tag in BULK_TAGS:
        return True
    if tag == "form":
        return node.find(".//p") is None
    labelled = node.get("class") or node.get("id")
    return bool(labelled and COMMENT_THREAD.search(class_and_id(node)))


def cut_bulk(root: HtmlElement) -> int:
    """Remove the bulk below `<body>`; return how many elements went with it."""
    body = root.find("body")
    if body is None:
        return 0
    kept = story_path(root)
    cut: list[HtmlElement] = []
    stack = list(body)
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str):
            continue
        if node not in kept and is_bulk(node):
            cut.append(node)
        else:
            stack.extend(node)
    removed = 0
    for node in cut:
        removed += 1 + int(node.xpath("count(.//*)"))
        node.drop_tree()  # keeps the tail text, which belongs to the parent
    if removed:
        logger.info("cut %d elements of comments, navigation and forms from a big page", removed)
    return removed
