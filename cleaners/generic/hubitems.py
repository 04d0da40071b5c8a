"""What is left of a block once its trailing link lists are set apart: a hub item's text.

A ranking or hub page shows each item as a heading, a summary and "more on this" links
under it. Weighed whole, the item is a link block and the conditional cleaner took its
summary with its links; those lists are removed by their own match, so the item is
weighed without them. Lists whose items say more than their links are the article's
too. Both rules were fitted on wcxb-dev articles and checked on aeb.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from ..body import Measures


@dataclass(frozen=True, slots=True)
class Figures:
    """What a block is made of: its characters, linked ones, paragraphs and list items."""

    chars: int
    link_chars: int
    paragraphs: int
    items: int

    def density(self) -> float:
        return min(1.0, self.link_chars / self.chars) if self.chars else 0.0

    def without(self, part: Figures) -> Figures:
        return Figures(
            self.chars - part.chars,
            self.link_chars - part.link_chars,
            self.paragraphs - part.paragraphs,
            self.items - part.items,
        )


# A list whose every item says something past its link ("Barbell squats: 3 sets of 10
# reps", "Author: ... Released: ...") is the article's list that links its terms; a list
# of other stories is its links alone.
MIN_ITEM_WORDS_CHARS = 20  # unlinked characters in each item: a clause, not a date or a dash
MIN_SAYING_ITEMS = 2


def items_say_more(node: HtmlElement, measures: Measures) -> bool:
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


MIN_PROSE_LEFT = 100  # unlinked characters left: at least a sentence or two of summary
MIN_TRAILING_LINKS = 2  # in the link blocks after the prose: a list of further reading
PROSE_BLOCK_CHARS = 80  # a block with this much text of its own is a sentence, not a label
ITEM_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # an item's own heading

LinkShape = Callable[[HtmlElement, Figures, float], "str | None"]


@dataclass(slots=True)
class LinkBlocks:
    """Which containers of one body are link blocks once their trailing link lists are
    set apart; each container is decided once, innermost first, without recursion.

    `shape` and `figures` are the conditional cleaner's own tests, `limit` its link
    density for an unlabelled block.
    """

    measures: Measures
    shape: LinkShape
    figures: Callable[[HtmlElement], Figures]
    containers: tuple[str, ...]
    limit: float
    verdicts: dict[HtmlElement, bool] = field(default_factory=dict)

    def prose_past(self, node: HtmlElement, limit: float) -> bool:
        """Whether the block, without the link blocks after its prose, is no link block.

        A block with a verdict was decided inside an outer one, after everything inside
        it: the containers under it are not listed again (the cleaner asks outer blocks
        first, so nested link lists were listed once per level).
        """
        if not self._holds_prose_left(node):
            return False  # decided before the containers inside it are weighed
        inside = () if node in self.verdicts else node.iterdescendants(*self.containers)
        for inner in reversed(list(inside)):
            if inner not in self.verdicts:
                self.verdicts[inner] = self.shape(
                    inner, self.figures(inner), self.limit
                ) is not None and not self._left_is_prose(inner, self.limit)
        return self._left_is_prose(node, limit)

    def _left_is_prose(self, node: HtmlElement, limit: float) -> bool:
        """Whether `node` is prose once the link blocks after its first prose are left out.

        Only link blocks after some prose are left out: an item's "more on this" links
        follow its summary, while a teaser's headline and a bio's name come before theirs.
        An item has its own heading, or a paragraph and further reading after it: one link
        after an unheaded text is its button (a testimonial's "see our customers").
        """
        if not self._holds_prose_left(node):
            return False
        chars, verdicts = self.measures.chars, self.verdicts
        left = self.figures(node)
        prose_seen = headed = False
        links = 0  # in the link blocks left out
        # Reading order, in libxml2: the prose block and the link blocks are not entered.
        walker = etree.iterwalk(node, events=("start",))
        next(walker)  # `node` itself
        for _, inner in walker:
            if prose_seen:
                if verdicts.get(inner) and chars.get(inner, 0):
                    links += sum(1 for _ in inner.iter("a"))
                    left = left.without(self.figures(inner))
                    walker.skip_subtree()
                continue
            if inner.tag in ITEM_HEADING_TAGS:
                headed = True
            if self._is_prose_block(inner):
                prose_seen = True
                walker.skip_subtree()  # its text is counted in `left`; no link block inside
        if not links or not (headed or (left.paragraphs and links >= MIN_TRAILING_LINKS)):
            return False
        if left.chars - left.link_chars < MIN_PROSE_LEFT:
            return False
        return self.shape(node, left, limit) is None

    def _holds_prose_left(self, node: HtmlElement) -> bool:
        """Whether the block has `MIN_PROSE_LEFT` unlinked characters: leaving blocks out
        never adds unlinked text, so a block with fewer is decided unwalked."""
        chars, links = self.measures.chars, self.measures.link_chars
        return chars.get(node, 0) - links.get(node, 0) >= MIN_PROSE_LEFT

    def _is_prose_block(self, node: HtmlElement) -> bool:
        """A block of text of its own (a summary, a paragraph) with few links."""
        own = self.measures.inline_chars.get(node, 0)
        return own >= PROSE_BLOCK_CHARS and self.measures.link_density(node) < self.limit
