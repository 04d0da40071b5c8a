"""Cheap length tests on a node's text, for rules that only act on short blocks.

Most boilerplate rules carry a `max_chars`, and most candidate nodes are long containers:
normalising all of a container's text only to learn that it is too long made rule
matching quadratic. libxml2 serialises the text in C, far faster than walking it in
Python, and a block with more non-space characters than the limit is longer than it once
normalised too.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement


def longer_than(node: HtmlElement, limit: int) -> bool:
    """True when the node's normalised text is surely longer than `limit` characters."""
    return is_longer(serialised_text(node), limit)


def serialised_text(node: HtmlElement) -> str:
    """The node's text as libxml2 serialises it (`method="text"`, without its tail).

    Half the blocks asked about are leaves, whose serialised text is their own text:
    read directly, without the call into libxml2.
    """
    if not len(node):
        return node.text or ""
    text: str = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
    return text


def is_longer(text: str, limit: int) -> bool:
    """`longer_than` on a node's serialised text, for a caller that needs the text too."""
    if len(text) <= limit:
        return False
    spaces = text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r")
    return len(text) - spaces > limit
