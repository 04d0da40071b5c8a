"""Elements a reader never sees: hidden by attribute or inline style."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..visibility import hidden_by


@dataclass(frozen=True, slots=True)
class HiddenCleaner:
    """Remove hidden elements (see `cleaners.visibility`)."""

    name: str = "hidden"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in root.iter(etree.Element):  # elements only: not comments
            if not node.attrib or node.tag in ("html", "body"):
                continue  # most elements: nothing can hide them
            if (rule := hidden_by(node)) is not None:
                yield Match(node, Kind.HIDDEN, rule, why="a reader never sees it")
