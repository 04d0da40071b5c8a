"""How much of the page's prose the located body holds, and widening it when too little.

The locator scores a container by the text blocks of its children and grandchildren, so
an article built from many sibling widgets (page builders put each paragraph group in
its own deeply nested block) can lose to its biggest part: the body then holds a tenth of
the story. Every element's share of the page's unlinked prose tells when that happened:
an ancestor holding most of the page's prose, with few links, is the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

if TYPE_CHECKING:
    from .body import Measures

# Fitted on wcxb-dev and aeb articles (raw text of each ancestor against the truth): below
# this share the body is likely a fragment; aeb bodies at 0.3-0.45 of their page's prose
# are whole articles beside prose-rich rails, whose ancestors hold those rails' links.
FRAGMENT_SHARE = 0.45
MIN_GAIN = 1.5  # the ancestor must hold this many times the body's prose...
MIN_ANCESTOR_SHARE = 0.5  # ...and at least this share of the page's
MAX_ANCESTOR_LINK_DENSITY = 0.1  # an ancestor with more links has gathered rails and menus
NOTE_SHARE = 0.25  # a body still holding less than this is noted on the item
# A body holding under a quarter of the prose is surely a part: its article may carry a
# table of contents or a list of references, so more links are tolerated.
MAX_FRAGMENT_LINK_DENSITY = 0.2
# A lead in its own container before the body. Fitted on wcxb-dev and aeb: aeb's truth
# leaves summaries out and wcxb-dev's keeps leads, so the rule asks for plain paragraphs.
PARAGRAPH_CHARS = 80  # a block this long is a paragraph, not a label or a byline
NOT_LEADS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figcaption"})  # headlines, captions
CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)  # "imageEmbedCaption", "wp-caption-text"
MAX_LEAD_GROWTH = 1.25  # an ancestor this much longer than the body may add its lead
MAX_LEAD_LINK_DENSITY = 0.1  # a lead and its story link little
MIN_LEAD_SHARE = 0.7  # paragraphs must be this share of what the ancestor adds


@dataclass(slots=True)
class Prose:
    """Unlinked characters of text blocks under each element, and of paragraphs alone."""

    chars: dict[HtmlElement, float] = field(default_factory=dict)
    paragraphs: dict[HtmlElement, float] = field(default_factory=dict)

    def add(self, block: HtmlElement, chars: float) -> None:
        """Credit a text block's unlinked characters to it and to every ancestor.

        Runs for every text block of the page, so it walks the ancestors once for both
        totals, with the dictionaries bound locally.
        """
        totals = self.chars
        paragraph = (
            chars >= PARAGRAPH_CHARS
            and block.tag not in NOT_LEADS
            and not CAPTION_CLASS.search(block.get("class") or "")
        )
        if not paragraph:
            totals[block] = totals.get(block, 0.0) + chars
            for node in block.iterancestors():
                totals[node] = totals.get(node, 0.0) + chars
            return
        paragraphs = self.paragraphs
        totals[block] = totals.get(block, 0.0) + chars
        paragraphs[block] = paragraphs.get(block, 0.0) + chars
        for node in block.iterancestors():
            totals[node] = totals.get(node, 0.0) + chars
            paragraphs[node] = paragraphs.get(node, 0.0) + chars


def _of(node: HtmlElement, totals: dict[HtmlElement, float]) -> float:
    """A node's total; a wrapper the locator built holds its parts' totals."""
    if node in totals:
        return totals[node]
    return sum(totals.get(child, 0.0) for child in node)


def reach_prose(
    body: HtmlElement,
    prose: Prose,
    measures: Measures,
    root: HtmlElement,
    notes: list[str] | None,
) -> HtmlElement:
    """The body, or the nearest ancestor that holds the article the body is a part of."""
    total = prose.chars.get(root, 0.0)
    if not total:
        return body
    share = _of(body, prose.chars) / total
    if share < FRAGMENT_SHARE:
        floor = max(MIN_GAIN * share, MIN_ANCESTOR_SHARE) * total
        for ancestor in body.iterancestors():
            if ancestor is root or ancestor.tag in ("html", "body"):
                break
            if prose.chars.get(ancestor, 0.0) < floor:
                continue
            limit = MAX_FRAGMENT_LINK_DENSITY if share < NOTE_SHARE else MAX_ANCESTOR_LINK_DENSITY
            if share >= NOTE_SHARE and not _part_of_more(body, ancestor, prose):
                break  # a short story whose page goes on after it: a footer, a sidebar
            if measures.link_density(ancestor) < limit:
                if notes is not None:
                    notes.append(
                        f"body-widened: the first block held {share:.0%} of the page's prose"
                    )
                return ancestor
            break
    if share < NOTE_SHARE and notes is not None:
        notes.append(f"body-fragment: the body holds {share:.0%} of the page's prose")
    return with_lead(body, prose, measures, root)


def _part_of_more(body: HtmlElement, ancestor: HtmlElement, prose: Prose) -> bool:
    """Whether what `ancestor` adds to `body` is more of the same article.

    A part of an article has more of it before it, or after it in blocks built like the
    body's own (a page builder's next sections). A body with nothing before it, followed
    by blocks of another kind (a footer, a cookie dialog, a sidebar), is the whole story.
    """
    alike = other = 0.0
    node = body
    while node is not ancestor:
        if any(prose.paragraphs.get(s, 0.0) for s in node.itersiblings(preceding=True)):
            return True
        for sibling in node.itersiblings():
            chars = prose.paragraphs.get(sibling, 0.0)
            if _same_kind(sibling, node):
                alike += chars
            else:
                other += chars
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return alike > other


def _same_kind(one: HtmlElement, other: HtmlElement) -> bool:
    """Same tag and same first class: the blocks a template repeats for each part."""
    first = (one.get("class") or "").split()[:1]
    return one.tag == other.tag and first == (other.get("class") or "").split()[:1]


def with_lead(
    body: HtmlElement, prose: Prose, measures: Measures, root: HtmlElement
) -> HtmlElement:
    """The highest close ancestor that adds a lead before the body and nothing after it.

    An ancestor barely longer than the body and with few links holds the body and its
    lead, not rails or menus. What it adds must be mostly paragraphs (not a headline, a
    byline or a share bar), and they must come before the body: paragraphs after a
    story are its footer, disclaimer or the publisher's boilerplate.
    """
    chars = _chars_of(body, measures)
    paragraphs = _of(body, prose.paragraphs)
    best = node = body
    for ancestor in body.iterancestors():
        if ancestor is root or ancestor.tag in ("html", "body"):
            break
        grown = measures.chars.get(ancestor, 0)
        if grown > MAX_LEAD_GROWTH * chars or (
            measures.link_density(ancestor) >= MAX_LEAD_LINK_DENSITY
        ):
            break
        after = sum(prose.paragraphs.get(sibling, 0.0) for sibling in node.itersiblings())
        if after >= PARAGRAPH_CHARS:
            break
        added = prose.paragraphs.get(ancestor, 0.0) - paragraphs
        if added >= PARAGRAPH_CHARS and added >= MIN_LEAD_SHARE * (grown - chars):
            best = ancestor
        node = ancestor
    return best


def _chars_of(node: HtmlElement, measures: Measures) -> int:
    if node in measures.chars:
        return measures.chars[node]
    return sum(measures.chars.get(child, 0) for child in node)
