"""A date shown to readers just below the headline, in an element with no date markup.

Page builders print the publication date as plain text beside the byline
(`<small>December 17, 2025</small>`, `<p>Dec 17, 2025</p>`, "Published: 2025.12.17 |"),
with no `<time>`, no date class and no JSON-LD. The first short element after the h1
whose text is a written date is the article's date: later ones date comments and other
stories, so the search stops after a page header's worth of elements.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from .dates import date_in_text
from .text import node_text, normalise, serialised_text

MAX_ELEMENTS_AFTER_H1 = 150  # a header with byline, share buttons and their icons' paths
MAX_DATE_TEXT = 60  # "Published December 17, 2025 · 6 min read", not a sentence
MAX_HEADER_TEXT = 200  # a standfirst fits; the story's first paragraph is longer
# Subtrees that hold no date of the article's: code, icons, and pictures, whose captions
# date the photo ("A ship leaves port, on Aug. 31, 2019").
SKIPPED = frozenset({"script", "style", "svg", "noscript", "template", "figure", "figcaption"})


def date_below_headline(h1: HtmlElement | None) -> str | None:
    """The first written date in a short element after the page's first h1 in its body
    (`landmarks.Landmarks.body_h1`), as ISO in UTC."""
    if h1 is None:
        return None
    for node in islice(elements_after(h1), MAX_ELEMENTS_AFTER_H1):
        if len(node.text or "") > MAX_HEADER_TEXT:
            return None  # the story has started: a date in it is not the article's
        if len(node) > 2 or surely_longer(node, MAX_DATE_TEXT):
            continue
        text = node_text(node)
        if 6 <= len(text) <= MAX_DATE_TEXT and (date := date_in_text(text)):
            return date
    return None


def surely_longer(node: HtmlElement, limit: int) -> bool:
    """Whether `node_text(node)` is longer than `limit`, from its text serialised in C.

    An element with one or two children may wrap the whole story, whose text is slow to
    read piece by piece. The serialised text holds the same characters with fewer breaks
    between words (none where one element ends and the next begins), so normalised it is
    never longer than `node_text`.
    """
    raw = serialised_text(node)
    return len(raw) > limit and len(normalise(raw)) > limit


def elements_after(h1: HtmlElement) -> Iterator[HtmlElement]:
    """The elements that follow the h1 in document order (XPath's `following::*`), lazily.

    Each following sibling's subtree is walked by lxml's walker, in C; nested generators,
    one per level, passed every element up through all the levels above it.
    """
    node: HtmlElement | None = h1
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            walker = etree.iterwalk(sibling, events=("start",))
            for _, element in walker:
                if element.tag in SKIPPED:
                    walker.skip_subtree()
                else:
                    yield element
        node = node.getparent()
