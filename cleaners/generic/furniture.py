"""Article furniture found by markup alone: the title block, figures and UI labels.

An article's title, byline and dateline sit in its `<header>`: fields of their own
(`headline`, `authors`), so the block goes. A `<figure>` that shows something (a picture,
a quote, a table) stays, caption and all, for `articleBodyHtml`; the text renderer leaves
its caption out of `articleBody`. A figure or caption with nothing to show is an empty
embed shell or a stray credit, and goes. Short UI labels ("Advertisement",
"Image 1 of 5") are found by their whole text, in English first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..text import node_text
from .shorttext import read_short_lines
from .tokens import in_media_figure, is_media_figure

HEADER_MAX_CHARS = 600  # a title block: headline, standfirst, byline, date
FIGURE_MAX_CHARS = 400  # a caption and a credit; a longer figure holds a quote or a table
LABEL_MAX_CHARS = 40
UI_LABEL = re.compile(
    r"^\W*(?:advertisement|advertising|advert|ad|sponsored|anzeige|publicidade|publicidad|"
    r"pubblicità|publicité|реклама|광고|広告|إعلان|"
    r"story continues below(?: advertisement)?|article continues below(?: advertisement)?|"
    r"continue reading(?: below| the main story)?|skip (?:to|past) [\w ]+|"
    r"(?:image|photo|slide) \d+ of \d+|enlarge (?:image|photo)|caption|close|video|"
    r"view (?:gallery|photos|comments)|report (?:an )?error|print|email|share|tweet|"
    r"share this (?:article|story|on \w+))\W*$",
    re.IGNORECASE,
)
# What a UI label's text opens with once its spaces are removed: the first letters of each
# alternative of UI_LABEL, after the same `^\W*`. A line without one is left out unread
# (`read_short_lines`); tests/test_text_lengths.py checks each alternative's label has one.
UI_LABEL_OPENING = re.compile(
    r"^\W*(?:ad|sponsored|anzeige|publici|pubblicit|реклама|광고|広告|إعلان|story|article|"
    r"continue|skip|image|photo|slide|enlarge|caption|close|video|view|report|print|email|"
    r"share|tweet)",
    re.IGNORECASE,
)
LABEL_TAGS = ("p", "div", "span", "li", "h2", "h3", "h4", "h5", "h6", "strong", "b", "a", "button")


def _shows_media(node: HtmlElement) -> bool:
    if node.tag == "figure":
        return is_media_figure(node)
    return node.tag == "figcaption" and in_media_figure(node)


EMPTY_FIGURE_WHY = "a figure that shows nothing here holds only a caption or a credit"
UI_LABEL_WHY = "a few words naming a button or a widget, not a sentence"


@dataclass(frozen=True, slots=True)
class FurnitureCleaner:
    """Remove the title block, figures and UI labels inside the located body."""

    name: str = "furniture"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in root.iter("header", "h1", "figure", "figcaption"):
            if node is root:
                continue
            if node.tag == "h1":
                yield Match(node, Kind.HEADLINE, "<h1>", why="the headline is a field of its own")
            elif node.tag == "header" and len(node_text(node)) <= HEADER_MAX_CHARS:
                yield Match(
                    node, Kind.HEADLINE, "<header>", why="a short header is the title block"
                )
            elif _shows_media(node):
                continue  # kept for the HTML; the text renderer leaves the caption out
            elif node.tag != "header" and len(node_text(node)) <= FIGURE_MAX_CHARS:
                yield Match(node, Kind.MEDIA_EMBED, f"<{node.tag}>", why=EMPTY_FIGURE_WHY)
        for node, text in read_short_lines(
            page.texts, root, LABEL_TAGS, LABEL_MAX_CHARS, UI_LABEL_OPENING
        ):
            if len(text) <= LABEL_MAX_CHARS and UI_LABEL.match(text):
                yield Match(node, Kind.PAGE_CHROME, "text~ui-label", why=UI_LABEL_WHY)
