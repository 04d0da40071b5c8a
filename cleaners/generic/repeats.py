"""Paragraphs the page shows twice: responsive copies of the same text.

Site builders (Framer, some Webflow and WordPress themes) render a block once per screen
size and let CSS show one of them; without the stylesheet every copy reads as text, and
the article comes out two or three times over. A paragraph-long text that already came
earlier in the body, in a container holding only such repeats, is such a copy. A text
may repeat on purpose beside new text (the same question put to each guest of an
interview series, each answer different); list items and table cells repeat honestly
too (a meal plan, a price table), so only paragraphs are compared.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page

MIN_REPEATED_CHARS = 80  # shorter lines ("Read more", a price, a label) may repeat honestly


@dataclass(frozen=True, slots=True)
class RepeatedParagraphCleaner:
    """Remove the later copies of a paragraph-long text."""

    name: str = "repeats"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        read = page.texts.text
        seen: dict[str, HtmlElement] = {}
        copies: dict[HtmlElement, list[HtmlElement]] = {}  # parent: its repeated paragraphs
        originals: set[HtmlElement] = set()  # parents holding a paragraph seen first there
        for node in root.iter("p"):
            text = read(node)
            if len(text) < MIN_REPEATED_CHARS:
                continue
            first = seen.setdefault(text, node)
            parent = node.getparent()
            if first is not node and first.getparent() is not parent:
                copies.setdefault(parent, []).append(node)
            else:
                originals.add(parent)
        for parent, nodes in copies.items():
            if parent not in originals:  # a copy holds nothing but repeats
                for node in nodes:
                    yield Match(node, Kind.HIDDEN, "text~repeated-paragraph")
