"""Cheap length tests on a node's text, for rules that only act on short blocks.

Most boilerplate rules carry a `max_chars`, and most candidate nodes are long containers:
normalising all of a container's text only to learn that it is too long made rule
matching quadratic. Counting non-space characters stops as soon as the limit is passed,
and a block with more non-space characters than the limit is longer than it once
normalised too.
"""

from __future__ import annotations

from lxml.html import HtmlElement


def longer_than(node: HtmlElement, limit: int) -> bool:
    """True when the node's normalised text is surely longer than `limit` characters."""
    seen = 0
    for piece in node.itertext():
        seen += len(piece) - piece.count(" ") - piece.count("\n") - piece.count("\t")
        if seen > limit:
            return True
    return False
