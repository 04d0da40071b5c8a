"""Blocks inside the body that hold links, lists or pictures rather than prose.

Readability's "clean conditionally" step: a container in the body is weighed by its shape
(how much of it is link text, how many list items and pictures it has against its
paragraphs) rather than by what it says, so the test works in any language. Prose has
commas; a block with many of them stays whatever its shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from lxml import etree
from lxml.html import HtmlElement

from ..anchors import links_to_itself
from ..body import INLINE_TAGS, Measures, class_labels, count_commas, measure_body
from ..kinds import Kind
from ..rules import Match, Page
from ..text import class_and_id, node_text
from ..urls import host_of as site_host
from ..urls import is_offsite
from .hubitems import Figures, LinkBlocks, items_say_more

CONTAINER_TAGS = ("div", "section", "aside", "ul", "ol", "table", "form", "dl")
PROSE_COMMAS = 10  # a block with this many commas is prose, whatever its shape
MAX_LINK_DENSITY = 0.2  # share of link text above which an unlabelled block is a link list
MAX_LABELLED_LINK_DENSITY = 0.5  # a block whose class says "content" may hold more links
MIN_CHARS = 25
LIST_LINK_DENSITY = 0.1  # a list of more items than paragraphs with this share of links
PICTURES_MAX_CHARS = 200  # a block of pictures has captions at most, not this much text
LIST_TAGS = ("ul", "ol", "dl", "table")  # a short list or table is still content


def _counts(node: HtmlElement) -> tuple[int, int, int]:
    paragraphs = images = items = 0
    for child in node.iter("p", "img", "li"):
        if child.tag == "p":
            paragraphs += 1
        elif child.tag == "img":
            images += 1
        else:
            items += 1
    return paragraphs, images, items


def is_link_or_media_block(node: HtmlElement, measures: Measures, blocks: LinkBlocks) -> str | None:
    """Why the block is not prose, or None when it is.

    `blocks` remembers, for one body, which containers are link blocks once their
    trailing link lists are set apart (`hubitems.LinkBlocks`).
    """
    reason = _shape(node, measures, blocks)
    if reason is not None and count_commas(raw_text(node)) >= PROSE_COMMAS:
        return None  # prose, whatever its shape
    return reason


def raw_text(node: HtmlElement) -> str:
    """The node's text as libxml2 serialises it: not normalised, enough to count commas."""
    text: str = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
    return text


def _shape(node: HtmlElement, measures: Measures, blocks: LinkBlocks) -> str | None:
    chars = measures.chars.get(node, 0)
    link_chars = measures.link_chars.get(node, 0)
    if chars >= PICTURES_MAX_CHARS and link_chars / chars <= LIST_LINK_DENSITY:
        return None  # most containers of a body: prose with few links, no test applies
    paragraphs, images, items = _counts(node)
    figures = Figures(chars, link_chars, paragraphs, items)
    # The class decides only whether a dense block may hold up to the labelled limit: a
    # block no denser than the unlabelled one passes either way, and its class is unread.
    limit = _density_limit(node) if figures.density() > MAX_LINK_DENSITY else None
    reason = _link_shape(node, figures, MAX_LINK_DENSITY if limit is None else limit)
    if (
        reason is not None
        and not items_say_more(node, measures)
        and not blocks.prose_past(node, _density_limit(node) if limit is None else limit)
    ):
        return reason
    if images > 1 and paragraphs < images / 2 and items <= images and chars < PICTURES_MAX_CHARS:
        return "pictures"  # a list of more items than pictures is text with icons
    if (
        node.tag not in LIST_TAGS
        and chars < MIN_CHARS
        and (images == 0 or images > 2)
        and paragraphs == 0
        and not _holds_structure(node)
    ):
        return "empty"
    return None


def _density_limit(node: HtmlElement) -> float:
    """The link density above which the block is a link list: higher when its class says
    it is content."""
    positive, negative = class_labels(class_and_id(node))
    return MAX_LABELLED_LINK_DENSITY if positive and not negative else MAX_LINK_DENSITY


def _figures(node: HtmlElement, measures: Measures) -> Figures:
    paragraphs, _, items = _counts(node)
    chars = measures.chars.get(node, 0)
    return Figures(chars, measures.link_chars.get(node, 0), paragraphs, items)


def _link_shape(node: HtmlElement, figures: Figures, limit: float) -> str | None:
    density = figures.density()
    if density > limit:
        return "link-density"
    if (
        node.tag not in ("ul", "ol")
        and figures.items > figures.paragraphs + 1
        and density > LIST_LINK_DENSITY
    ):
        return "list-of-links"
    return None


def link_blocks(measures: Measures) -> LinkBlocks:
    """The hub-item test for one body, with this cleaner's shapes (see `hubitems.py`)."""
    return LinkBlocks(
        measures,
        _link_shape,
        partial(_figures, measures=measures),
        CONTAINER_TAGS,
        MAX_LINK_DENSITY,
    )


# A short container holding a heading or code, or inside code, is the text's structure
# (MediaWiki's `div.mw-heading` around each h2, a code viewer's `div.token-line` per line),
# not an empty box.
STRUCTURE_TAGS = ("h2", "h3", "h4", "h5", "h6", "code", "pre")
CODE_TAGS = ("code", "pre")


def _holds_structure(node: HtmlElement) -> bool:
    inside = node.iterdescendants(*STRUCTURE_TAGS)
    return any(True for _ in inside) or any(True for _ in node.iterancestors(*CODE_TAGS))


LINK_LINE_TAGS = ("p", "h2", "h3", "h4", "h5", "h6")
URL_LINE_TAGS = ("p", "div", "span", "li")
URL_LINE_MAX_CHARS = 300
EDGE_LABEL_MAX_CHARS = 30  # "Comments", "Related Coverage": a label, not a sentence
SENTENCE_END = re.compile(r"[.!?。！？؟…:\"”»)]\s*$")
URL_TEXT = re.compile(r"^\S*(?:https?://|www\.)\S*$")
LINK_LINE_MAX_CHARS = 200  # one headline, perhaps with a kicker
LINK_LINE_DENSITY = 0.9  # the whole line is a link


def is_link_line(node: HtmlElement, measures: Measures, host: str) -> bool:
    """A paragraph that is nothing but a link to the same site: a teaser for another article.

    A link elsewhere (a shop, a cited source, a printed URL) is part of what the article says.
    """
    chars = measures.chars.get(node, 0)
    if not 0 < chars <= LINK_LINE_MAX_CHARS or measures.link_density(node) < LINK_LINE_DENSITY:
        return False
    if URL_TEXT.match(node_text(node)) or links_to_itself(node):
        return False
    return not any(is_offsite(link.get("href"), host) for link in node.iter("a"))


SHAPE_WHY = "a container made of links or pictures, with little prose of its own"
CLOSING_LABEL_WHY = "a short line without a sentence end after the last sentence: a template label"


@dataclass(frozen=True, slots=True)
class ConditionalCleaner:
    """Remove containers of links or pictures from the located body."""

    name: str = "conditional"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        measures = measure_body(root, site_host(page.url) or None, page.measured)
        blocks = link_blocks(measures)
        for node in root.iter(*CONTAINER_TAGS):
            if node is root or measures.chars.get(node, 0) == 0:
                continue
            reason = is_link_or_media_block(node, measures, blocks)
            if reason is not None:
                kind = Kind.RELATED_LINKS if reason != "empty" else Kind.PAGE_CHROME
                yield Match(node, kind, f"shape~{reason}", why=SHAPE_WHY)
        host = site_host(page.url)
        for node in root.iter(*LINK_LINE_TAGS):
            if is_link_line(node, measures, host):
                yield Match(
                    node,
                    Kind.RELATED_LINKS,
                    "shape~link-line",
                    why="a line that is one link is a teaser",
                )
        yield from edge_labels(root, measures)
        if not host or not spells_an_address(root):
            return  # most bodies: no line needs reading
        for node in root.iter(*URL_LINE_TAGS):
            if measures.chars.get(node, 0) <= URL_LINE_MAX_CHARS and is_own_site_url(node, host):
                yield Match(
                    node,
                    Kind.SHARE_BAR,
                    "text~page-url",
                    why="the page's own URL spelled out: a share line",
                )


def edge_labels(root: HtmlElement, measures: Measures) -> Iterator[Match]:
    """Short label lines after the body's last sentence.

    Prose ends its sentences; closing lines that do not ("Comments", "Share this") are the
    template's labels under the text. The opening lines are left alone: a dateline
    ("BAAR, SWITZERLAND") looks the same and belongs to the story.
    """
    inline = measures.inline_chars
    for node in last_first(root):
        if inline.get(node, 0) == 0 or node.tag in INLINE_TAGS:
            continue  # a text block holds text of its own
        text = node_text(node)
        if node.tag == "li" or len(text) > EDGE_LABEL_MAX_CHARS or SENTENCE_END.search(text):
            break
        yield Match(node, Kind.PAGE_CHROME, "shape~closing-label", why=CLOSING_LABEL_WHY)


def last_first(root: HtmlElement) -> Iterator[HtmlElement]:
    """`root` and the nodes under it, in reverse reading order, built as it is read.

    The closing labels are a few lines at the end of the body; reading it all to reverse
    it cost more than the rest of the cleaner.
    """
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        node, opened = stack.pop()
        if opened:
            yield node
        else:
            stack.append((node, True))  # after everything inside it, read last first
            stack.extend((child, False) for child in node)


def is_own_site_url(node: HtmlElement, host: str) -> bool:
    """A line that is only the address of a page on this site: a copy-the-link widget."""
    if not host or not starts_like_url(node):
        return False  # most lines: no need to normalise them
    text = node_text(node)
    return bool(URL_TEXT.match(text)) and site_host(text) == host


URL_STARTS = ("http", "www.")
URL_START_CHARS = 4  # enough text to compare with each of URL_STARTS


def spells_an_address(root: HtmlElement) -> bool:
    """Whether any text under `root` could start like an address (`starts_like_url`).

    A line's text is a stretch of the body's text, so a body that spells no "http" and no
    "www." anywhere holds no such line: one read of its text spares testing every line.
    """
    text = raw_text(root)
    return any(start in text for start in URL_STARTS)


def starts_like_url(node: HtmlElement) -> bool:
    """Whether the node's text, leading space trimmed, starts like an address.

    Reads the first pieces of text only, where serialising every line whole cost more
    than the rest of the cleaner.
    """
    text: str | None = node.text
    if text and len(head := text.lstrip()) >= URL_START_CHARS:
        return head.startswith(URL_STARTS)  # most lines: their own text decides
    head = ""
    for piece in node.itertext():
        head = head + piece if head else piece.lstrip()
        if len(head) >= URL_START_CHARS:
            break
    return head.startswith(URL_STARTS)
