"""Elements a reader never sees: hidden by attribute or inline style."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page

HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
HIDDEN_CLASS = re.compile(
    r"(?<![a-z0-9-])(?:hidden|sr-only|visually-hidden|screen-reader-text|d-none)(?![a-z0-9-])"
)


@dataclass(frozen=True, slots=True)
class HiddenCleaner:
    """Remove hidden elements.

    `aria-hidden` is ignored: sites set it on decorative wrappers that hold real text.
    """

    name: str = "hidden"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in root.iter():
            if not isinstance(node.tag, str) or node.tag in ("html", "body"):
                continue
            if node.get("hidden") is not None:
                yield Match(node, Kind.HIDDEN, "[hidden]")
            elif (style := node.get("style")) and HIDDEN_STYLE.search(style):
                yield Match(node, Kind.HIDDEN, "style=display:none")
            elif (classes := node.get("class")) and HIDDEN_CLASS.search(classes.lower()):
                yield Match(node, Kind.HIDDEN, "class~hidden")
