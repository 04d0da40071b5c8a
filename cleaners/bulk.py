"""Cut what is obviously not the story from a page too big to read whole.

A story with a long inline comment thread can hold a hundred thousand elements, most of
them comments: more than every later step can walk in time (`document.MAX_ELEMENTS`). Such
a page is not hostile, and the downloader accepts it. Before the element bound refuses a
page, the bulk that is never article text goes in one top-down walk that does not enter
what it removes, so the walk costs the elements kept, not the elements cut:
readers' comment threads (by class or id, `body.COMMENT_THREAD`), navigation, footers,
asides, and forms without paragraphs (a comment form; ASP.NET wraps whole pages in a form
with the article inside, and that one stays).

The story itself is never cut: an element holding an `h1`, `<main>` or an `<article>`
that is not a comment is kept even when a class such as "post has-comments" reads like a
comment section.
"""

from __future__ import annotations

import logging

from lxml.html import HtmlElement

from .body import COMMENT_THREAD
from .text import class_and_id

logger = logging.getLogger(__name__)

BULK_TAGS = frozenset({"nav", "footer", "aside", "menu", "dialog", "select", "textarea", "svg"})
STORY_TAGS = ("h1", "main", "article")


def holds_story(node: HtmlElement) -> bool:
    """True when the subtree holds a headline, the main region or an article.

    WordPress marks each comment an `<article class="comment-body">`: those do not count.
    One filtered walk in C; a comment thread has few elements of these tags.
    """
    return any(
        found.tag != "article" or "comment" not in (found.get("class") or "")
        for found in node.iter(*STORY_TAGS)
    )


def _is_story(node: HtmlElement) -> bool:
    return node.tag in ("article", "main") and "comment" not in (node.get("class") or "")


def is_bulk(node: HtmlElement, in_story: bool = False) -> bool:
    """True for a subtree that is never article text on any page.

    Inside the story (`<article>`, `<main>`) an `<aside>` is a pull quote or a fact box as
    often as a rail: it stays there, and the cleaners judge it as on any page.
    """
    tag = node.tag
    if tag in BULK_TAGS:
        return not (in_story and tag == "aside")
    if tag == "form":
        return node.find(".//p") is None
    labelled = node.get("class") or node.get("id")
    return bool(labelled and COMMENT_THREAD.search(class_and_id(node)))


def cut_bulk(root: HtmlElement, keep_at_most: int) -> int:
    """Remove the bulk below `<body>`; return how many subtrees went.

    The walk stops once it would keep more than `keep_at_most` elements: past that the
    page is refused whatever is cut, and a million tiny elements in the story cost no
    million-step walk. Whether a candidate holds the story is asked of its own subtree
    only, which is cut or walked anyway.
    """
    body = root.find("body")
    if body is None:
        return 0
    cut: list[HtmlElement] = []
    stack = [(body, False)]  # a node, and whether it sits inside the story
    walked = 0
    while stack:
        node, in_story = stack.pop()
        walked += len(node)
        if walked > keep_at_most:
            return 0
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if is_bulk(child, in_story) and not holds_story(child):
                cut.append(child)
            else:
                stack.append((child, in_story or _is_story(child)))
    for node in cut:
        node.drop_tree()  # keeps the tail text, which belongs to the parent
    if cut:
        logger.info("cut %d blocks of comments, navigation and forms from a big page", len(cut))
    return len(cut)
