"""A forum thread's posts are its text: on a forum page, keep every post, not the first.

On an article, readers' comments are furniture: the locator gives them no score and the
chrome cleaner removes them. A forum thread is made of nothing else. Forum software names
its posts like comments (Invision's `comment-724096_wrap`), and each reply is a copy of the
first post's markup, usually shorter, so the locator finds the opening post alone, or a
block of the page's chrome when every post wears a comment class. On a page the classifier
tags `forum` (by its declared type or its forum software's URL), comment threads are read
like any text and the body grows to hold every post. Comment removals still run: a Stack
Exchange answer's comments are not the thread (wcxb-dev: keeping them cost two pages).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from .body import Measures
from .kinds import Kind
from .rules import Match, Page

MIN_POSTS = 2  # the opening post and one reply
MIN_POST_CHARS = 25  # a post shorter than this is a label wearing the post's class
MAX_THREAD_LINK_DENSITY = 0.5  # an ancestor with more links is the page, not the thread
# What forum software puts in every post besides the post: the member's signature (phpBB
# `div.signature` and `#sig123`, XenForo `message-signature`, Invision
# `data-role=memberSignature`) and the member's rank (XenForo `userTitle`).
POST_FURNITURE = re.compile(r"signature|(?<![a-z])sig\d*(?![a-z])|user-?title")


def read_comments_as_text(measures: Measures) -> None:
    """Forget the comment threads the measuring walk noted, so that the locator scores them."""
    measures.comment_threads.clear()


def whole_thread(body: HtmlElement, measures: Measures) -> HtmlElement:
    """The nearest ancestor holding every post shaped like the body's, or the body.

    The posts are the elements of the body's tag and class (or of its first child's, when
    the body is a wrapper the locator built) with some text of their own.
    """
    model = body if body.get("class") else next(iter(body), None)
    if model is None or not isinstance(model.tag, str) or not model.get("class"):
        return body
    root = body.getroottree().getroot()
    posts = [
        node
        for node in root.iter(model.tag)
        if node.get("class") == model.get("class") and measures.chars.get(node, 0) >= MIN_POST_CHARS
    ]
    found = set(posts)
    posts = [post for post in posts if found.isdisjoint(post.iterancestors())]
    if len(posts) < MIN_POSTS:
        return body
    holder = _common_ancestor(posts)
    if holder is None or holder.tag in ("html", "body"):
        return body
    if measures.link_density(holder) > MAX_THREAD_LINK_DENSITY:
        return body
    if holder is body or any(a is holder for a in body.iterancestors()):
        return holder
    return body


def _common_ancestor(nodes: list[HtmlElement]) -> HtmlElement | None:
    first = [nodes[0], *nodes[0].iterancestors()]
    shared = set(first)
    for node in nodes[1:]:
        chain = {node, *node.iterancestors()}
        shared &= chain
    for candidate in first:
        if candidate in shared:
            return candidate
    return None


@dataclass(frozen=True, slots=True)
class PostFurnitureCleaner:
    """Finds members' signatures and ranks in a forum thread's posts."""

    name: str = "forum-posts"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in root.iter():
            if not isinstance(node.tag, str) or not node.attrib:
                continue
            names = " ".join(node.get(name, "") for name in ("class", "id", "data-role")).lower()
            if names.strip() and POST_FURNITURE.search(names):
                yield Match(
                    node,
                    Kind.PAGE_CHROME,
                    "forum~signature",
                    why="a member's signature or rank, repeated under each of their posts",
                )
