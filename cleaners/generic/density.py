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

from lxml import etree
from lxml.html import HtmlElement

from ..body import INLINE_TAGS, Measures, class_labels, count_commas, measure_body
from ..kinds import Kind
from ..rules import Match, Page
from ..text import class_and_id, node_text
from ..urls import host_of as site_host
from ..urls import is_offsite

CONTAINER_TAGS = ("div", "section", "aside", "ul", "ol", "table", "form", "dl")
PROSE_COMMAS = 10  # a block with this many commas is prose, whatever its shape
MAX_LINK_DENSITY = 0.2  # share of link text above which an unlabelled block is a link list
MAX_LABELLED_LINK_DENSITY = 0.5  # a block whose class says "content" may hold more links
MIN_CHARS = 25
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


def is_link_or_media_block(
    node: HtmlElement, measures: Measures, verdicts: dict[HtmlElement, bool]
) -> str | None:
    """Why the block is not prose, or None when it is.

    `verdicts` remembers, for one body, which containers are link blocks (see
    `_prose_past_link_blocks`).
    """
    reason = _shape(node, measures, verdicts)
    if reason is not None and count_commas(raw_text(node)) >= PROSE_COMMAS:
        return None  # prose, whatever its shape
    return reason


def raw_text(node: HtmlElement) -> str:
    """The node's text as libxml2 serialises it: not normalised, enough to count commas."""
    text: str = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
    return text


def _shape(node: HtmlElement, measures: Measures, verdicts: dict[HtmlElement, bool]) -> str | None:
    classes = class_and_id(node)
    positive, negative = class_labels(classes)
    limit = MAX_LABELLED_LINK_DENSITY if positive and not negative else MAX_LINK_DENSITY
    chars = measures.chars.get(node, 0)
    paragraphs, images, items = _counts(node)
    figures = Figures(chars, measures.link_chars.get(node, 0), paragraphs, items)
    reason = _link_shape(node, figures, limit)
    if (
        reason is not None
        and not _items_say_more(node, measures)
        and not _prose_past_link_blocks(node, measures, limit, verdicts)
    ):
        return reason
    if images > 1 and paragraphs < images / 2 and items <= images and chars < 200:
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


@dataclass(frozen=True, slots=True)
class Figures:
    """What a block is made of: its characters, linked ones, paragraphs and list items."""

    chars: int
    link_chars: int
    paragraphs: int
    items: int

    def density(self) -> float:
        return min(1.0, self.link_chars / self.chars) if self.chars else 0.0


def _figures(node: HtmlElement, measures: Measures) -> Figures:
    paragraphs, _, items = _counts(node)
    chars = measures.chars.get(node, 0)
    return Figures(chars, measures.link_chars.get(node, 0), paragraphs, items)


def _link_shape(node: HtmlElement, figures: Figures, limit: float) -> str | None:
    density = figures.density()
    if density > limit:
        return "link-density"
    if node.tag not in ("ul", "ol") and figures.items > figures.paragraphs + 1 and density > 0.1:
        return "list-of-links"
    return None


# A list whose every item says something past its link ("Barbell squats: 3 sets of 10
# reps", "Author: ... Released: ...") is the article's list that links its terms; a list
# of other stories is its links alone. Fitted on wcxb-dev articles.
MIN_ITEM_WORDS_CHARS = 20  # unlinked characters in each item: a clause, not a date or a dash
MIN_SAYING_ITEMS = 2


def _items_say_more(node: HtmlElement, measures: Measures) -> bool:
    """Whether `node` is a list each of whose items holds more text of its own than links.

    A list of other stories may wrap half of each headline in its link ("YouTubers must
    unionize, <a>no matter what Google says</a>"); its items are still mostly link.
    """
    if node.tag not in ("ul", "ol"):
        return False
    chars, links = measures.chars, measures.link_chars
    items = [item for item in node if item.tag == "li" and chars.get(item, 0)]
    return len(items) >= MIN_SAYING_ITEMS and all(
        (own := chars[item] - links.get(item, 0)) >= MIN_ITEM_WORDS_CHARS
        and own >= links.get(item, 0)
        for item in items
    )


# An item of a ranking or a hub page (a linked heading, a summary, "more on this" links
# under it) is content whose link lists are not: those lists are removed on their own,
# and what is left is weighed without them. Fitted on wcxb-dev articles.
MIN_PROSE_LEFT = 100  # unlinked characters left: at least a sentence or two of summary
MIN_TRAILING_LINKS = 2  # in the link blocks after the prose: a list of further reading
PROSE_BLOCK_CHARS = 80  # a block with this much text of its own is a sentence, not a label
ITEM_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # an item's own heading


def _prose_past_link_blocks(
    node: HtmlElement, measures: Measures, limit: float, verdicts: dict[HtmlElement, bool]
) -> bool:
    """Whether the block, without the link blocks inside it, is no link block itself.

    A link block inside is removed by its own match, so counting it against its parent
    would take the parent's prose too. `verdicts` holds whether each container is a link
    block; those inside `node` are decided first, innermost first, without recursion.
    """
    for inner in reversed(list(node.iterdescendants(*CONTAINER_TAGS))):
        if inner not in verdicts:
            verdicts[inner] = _link_shape(
                inner, _figures(inner, measures), MAX_LINK_DENSITY
            ) is not None and not _left_is_prose(inner, measures, MAX_LINK_DENSITY, verdicts)
    return _left_is_prose(node, measures, limit, verdicts)


def _left_is_prose(
    node: HtmlElement, measures: Measures, limit: float, verdicts: dict[HtmlElement, bool]
) -> bool:
    """Whether `node` is prose once the link blocks after its first prose are left out.

    Only link blocks after some prose are left out: an item's "more on this" links follow
    its summary, while a teaser's headline and a bio's name come before theirs.
    """
    left = _figures(node, measures)
    stack = [child for child in reversed(node) if isinstance(child.tag, str)]
    prose_seen = headed = False
    links = 0  # in the link blocks left out
    while stack:
        inner = stack.pop()
        if prose_seen and verdicts.get(inner) and measures.chars.get(inner, 0):
            links += sum(1 for _ in inner.iter("a"))
            figures = _figures(inner, measures)
            left = Figures(
                left.chars - figures.chars,
                left.link_chars - figures.link_chars,
                left.paragraphs - figures.paragraphs,
                left.items - figures.items,
            )
            continue
        if not prose_seen and inner.tag in ITEM_HEADING_TAGS:
            headed = True
        if not prose_seen and _is_prose_block(inner, measures):
            prose_seen = True
            continue  # its text is counted in `left`; nothing inside it is a link block
        stack.extend(child for child in reversed(inner) if isinstance(child.tag, str))
    if not links or not (headed or (left.paragraphs and links >= MIN_TRAILING_LINKS)):
        return False  # unheaded, one link after a text is its button, not further reading
    if left.chars - left.link_chars < MIN_PROSE_LEFT:
        return False
    return _link_shape(node, left, limit) is None


def _is_prose_block(node: HtmlElement, measures: Measures) -> bool:
    """A block of text of its own (a summary, a paragraph) with few links."""
    own = measures.inline_chars.get(node, 0)
    return own >= PROSE_BLOCK_CHARS and measures.link_density(node) < MAX_LINK_DENSITY


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
    if URL_TEXT.match(node_text(node)):
        return False
    links = list(node.iter("a"))
    if node.tag != "p" and all(_links_to_itself(node, link) for link in links):
        return False  # a heading's permalink anchor: it leads nowhere else
    return not any(is_offsite(link.get("href"), host) for link in links)


def _links_to_itself(heading: HtmlElement, link: HtmlElement) -> bool:
    """Whether the link's target is the heading it sits in (`<h2 id="x"><a href="#x">`)."""
    href = link.get("href") or ""
    if not href.startswith("#") or len(href) < 2:
        return False
    parent = heading.getparent()
    own = {heading.get("id"), link.get("id"), link.get("name")}
    if parent is not None:
        own.add(parent.get("id"))  # MediaWiki's and docs sites' heading wrapper
    return href[1:] in own


SHAPE_WHY = "a container made of links or pictures, with little prose of its own"
CLOSING_LABEL_WHY = "a short line without a sentence end after the last sentence: a template label"


@dataclass(frozen=True, slots=True)
class ConditionalCleaner:
    """Remove containers of links or pictures from the located body."""

    name: str = "conditional"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        measures = measure_body(root, site_host(page.url) or None, page.measured)
        verdicts: dict[HtmlElement, bool] = {}
        for node in root.iter(*CONTAINER_TAGS):
            if node is root or measures.chars.get(node, 0) == 0:
                continue
            reason = is_link_or_media_block(node, measures, verdicts)
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
