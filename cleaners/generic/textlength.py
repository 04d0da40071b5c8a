"""Cheap length tests on a node's text, for rules that only act on short blocks.

Most boilerplate rules carry a `max_chars`, and most candidate nodes are long containers:
normalising all of a container's text only to learn that it is too long made rule
matching quadratic. libxml2 serialises the text in C, far faster than walking it in
Python, and a block with more non-space characters than the limit is longer than it once
normalised too.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ..text import serialised_text


def longer_than(node: HtmlElement, limit: int) -> bool:
    """True when the node's normalised text is surely longer than `limit` characters."""
    return is_longer(serialised_text(node), limit)


def is_longer(text: str, limit: int) -> bool:
    """`longer_than` on a node's serialised text, for a caller that needs the text too."""
    if len(text) <= limit:
        return False
    spaces = text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r")
    return len(text) - spaces > limit
