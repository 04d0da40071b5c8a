"""Teaser cards of other posts inside the body: a grid of `<article>`s, each a linked headline.

Blog templates show "latest posts" beside or under a story as a run of sibling
`<article>` elements, each a headline linking to another post over an excerpt and a
"Read more" link. When the body grows to hold the story, it takes the grid too; its
excerpts are paragraphs, so no link-density test finds them once the headlines go. A
story's own `<article>` is one; a forum's posts head with their author's name, a word or two.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from ..rules import Page
from ..teasers import is_linked_headline, links_away
from ..text import TextMemo
from ..urls import host_of
from .shorttext import short_text

CARD_TAG = "article"
MIN_CARDS = 2  # one card is an embed; two or more in a row are a grid of other posts
CARD_MAX_CHARS = 800  # a headline and an excerpt of a few sentences
HEADLINE_TAGS = ("h2", "h3", "h4", "h5")
# A forum post heads with its author's linked name (XenForo's `h4.message-name`): a name is
# a word or two, a headline of another post is longer.
MIN_HEADLINE_WORDS = 3


def teaser_cards(root: HtmlElement, page: Page) -> Iterator[HtmlElement]:
    """Each card of every run of two or more sibling teaser cards under `root`."""
    host = host_of(page.url)
    siblings: dict[HtmlElement, list[HtmlElement]] = {}
    for card in root.iter(CARD_TAG):
        parent = card.getparent()
        if card is not root and parent is not None:
            siblings.setdefault(parent, []).append(card)
    for cards in siblings.values():
        if len(cards) >= MIN_CARDS and all(is_teaser_card(c, page.texts, host) for c in cards):
            yield from cards


def is_teaser_card(card: HtmlElement, texts: TextMemo, host: str) -> bool:
    """A short `<article>` headed by a link to another page of the site."""
    if short_text(texts, card, CARD_MAX_CHARS) is None:
        return False
    for heading in card.iter(*HEADLINE_TAGS):
        text = texts.text(heading)
        links = links_away(heading)
        if text and links:  # the card's first linked heading decides
            return len(text.split()) >= MIN_HEADLINE_WORDS and is_linked_headline(
                text, links, host, texts.text
            )
    return False
