"""Cheap length tests on a node's text, for rules that only act on short blocks.

Most boilerplate rules carry a `max_chars`, and most candidate nodes are long containers:
normalising all of a container's text only to learn that it is too long made rule
matching quadratic. libxml2 serialises the text in C, far faster than walking it in
Python, and a block with more non-space characters than the limit is longer than it once
normalised too.
"""

from __future__ import annotations

from collections.abc import Iterator

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


def short_lines(
    root: HtmlElement, tags: tuple[str, ...], limit: int
) -> Iterator[tuple[HtmlElement, str]]:
    """Each element of `tags` under `root` whose text is not surely longer than `limit`,
    with that text, runs of spaces collapsed: the buttons, labels and notices that rules
    match by their whole text. A label is a few words, so no `node_text` is needed."""
    for node in root.iter(*tags):
        raw = serialised_text(node)
        if not is_longer(raw, limit) and (text := " ".join(raw.split())):
            yield node, text
