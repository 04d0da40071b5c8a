"""An article's opening paragraphs in a block of their own, before the located body.

Page builders (Elementor sections, pillar-page templates) put an article's first
paragraphs in one section and the rest, under its first heading, in the next: the body
found is the second, and the introduction is lost. A dek or standfirst is different: one
paragraph beside the headline, which both development sets' truths leave out of the
article text. So an introduction is two or more plain paragraphs, in a block right before
a close ancestor of the body, without the headline. A single paragraph there is as often
a pull quote, a highlights box or an affiliate disclosure as the story's first paragraph
(aeb and wcxb-dev), so it stays out.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .body import INLINE_TAGS, Measures, levels_below_page, wrap_parts
from .text import class_and_id

PARAGRAPH_CHARS = 80  # an unlinked block this long is a paragraph, not a label or a byline
MIN_PARAGRAPHS = 2  # a dek, a pull quote or a disclosure is one paragraph
MAX_LEVELS = 4  # how far up from the body the introduction's block may sit
MAX_LINK_DENSITY = 0.25  # an introduction links its sources, not a menu's worth
MIN_PARAGRAPH_SHARE = 0.7  # paragraphs are this share of the block's text
NOT_INTRO_TAGS = frozenset({"header", "aside", "nav", "footer", "form", "figure", "ul", "ol"})
NOT_PARAGRAPH_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "li", "dt", "dd", "td", "th"}
)  # headings, captions, and bullets: a summary box's key points are no introduction
CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)  # "imageEmbedCaption", "wp-caption-text"
# Paragraphs in blocks named so are a sidebar's, a dialog's or a sign-up box's, not the
# story's. ("widget" is not one: page builders call every block a widget.)
FURNITURE_TOKENS = (
    "sidebar comment comments related promo newsletter subscribe signup cta banner modal "
    "popup cookie consent author bio disclaimer disclosure notice alert ad ads advert "
    "sponsored nav menu footer header"
)
FURNITURE = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(FURNITURE_TOKENS.split())})(?![a-z0-9])")


def with_intro(body: HtmlElement, measures: Measures, root: HtmlElement) -> HtmlElement:
    """The body, or a new container of the introduction's blocks and the body."""
    for node in levels_below_page(body, root, MAX_LEVELS):
        if intro := _intro_before(node, measures):
            return wrap_parts([*intro, body], measures)
    return body


def _intro_before(node: HtmlElement, measures: Measures) -> list[HtmlElement]:
    """The introduction blocks right before `node`, in reading order (empty if none)."""
    found: list[HtmlElement] = []
    for sibling in node.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or not measures.chars.get(sibling, 0):
            if found:
                break
            continue  # a picture or a spacer between the introduction and the body
        if not _is_intro(sibling, measures):
            break
        found.append(sibling)
    return found[::-1]


def _is_intro(block: HtmlElement, measures: Measures) -> bool:
    if block.tag in NOT_INTRO_TAGS or measures.link_density(block) >= MAX_LINK_DENSITY:
        return False
    if any(True for _ in block.iter("h1")):
        return False  # the headline's block: its paragraph is a dek
    paragraphs = [node for node in block.iter() if _is_paragraph(node, block, measures)]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return False
    chars = sum(measures.chars.get(node, 0) for node in paragraphs)
    return chars >= MIN_PARAGRAPH_SHARE * measures.chars.get(block, 0)


def _is_paragraph(node: HtmlElement, block: HtmlElement, measures: Measures) -> bool:
    if not isinstance(node.tag, str) or node.tag in INLINE_TAGS or node.tag in NOT_PARAGRAPH_TAGS:
        return False
    if measures.inline_chars.get(node, 0) < PARAGRAPH_CHARS:
        return False
    if measures.link_density(node) >= MAX_LINK_DENSITY:
        return False
    return not _in_furniture(node, block)


def _in_furniture(node: HtmlElement, block: HtmlElement) -> bool:
    """Whether a class or id from the paragraph up to the block names furniture or a caption."""
    for element in (node, *node.iterancestors()):
        if element.get("class") or element.get("id"):
            names = class_and_id(element)
            if FURNITURE.search(names) or CAPTION_CLASS.search(names):
                return True
        if element is block:
            return False
    return False
