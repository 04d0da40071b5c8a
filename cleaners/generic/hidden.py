"""Elements a reader never sees: hidden by attribute or inline style."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..visibility import HIDDEN_STYLE, hides_by_class, opens_on_a_click


@dataclass(frozen=True, slots=True)
class HiddenCleaner:
    """Remove hidden elements (see `cleaners.visibility`)."""

    name: str = "hidden"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        """`visibility.hidden_by` on every element but the page's own, with its first test
        (`hiding_rule`) inlined: it runs on every element, and a page repeats its class
        attributes, each judged once here. Few elements are hidden at all."""
        hides: dict[str, bool] = {}  # class attribute: whether it hides
        for node in root.iter(etree.Element):  # elements only: not comments
            names = node.keys()  # one call for the attribute names; values read when present
            if not names or node.tag in ("html", "body"):
                continue  # most elements: nothing can hide them
            if "hidden" in names:
                rule = "[hidden]"
            elif "style" in names and (style := node.get("style")) and HIDDEN_STYLE.search(style):
                rule = "style=display:none"
            elif "class" in names and (classes := node.get("class")):
                hiding = hides.get(classes)
                if hiding is None:
                    hiding = hides[classes] = hides_by_class(classes.lower())
                if not hiding:
                    continue
                rule = "class~hidden"
            else:
                continue
            if not opens_on_a_click(node):
                yield Match(node, Kind.HIDDEN, rule, why="a reader never sees it")
