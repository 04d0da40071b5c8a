"""Elements a reader never sees: hidden by attribute or inline style."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..visibility import hiding_rule, opens_on_a_click


@dataclass(frozen=True, slots=True)
class HiddenCleaner:
    """Remove hidden elements (see `cleaners.visibility`)."""

    name: str = "hidden"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        """`visibility.hidden_by` on every element but the page's own, its attribute names
        read once per element: most elements have none, and few are hidden at all."""
        for node in root.iter(etree.Element):  # elements only: not comments
            names = node.keys()
            if not names or node.tag in ("html", "body"):
                continue  # most elements: nothing can hide them
            if (rule := hiding_rule(node, names)) is None:
                continue
            if not opens_on_a_click(node):
                yield Match(node, Kind.HIDDEN, rule, why="a reader never sees it")
