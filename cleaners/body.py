"""Find the element that holds the article text.

Generic location scores containers by the paragraph text they hold directly or one or two
levels down, discounted by link density (Readability's idea), and works from structure and
text length alone, so it needs no knowledge of the page's language.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from .text import class_and_id, link_density, node_text

logger = logging.getLogger(__name__)

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "td", "li", "h2", "h3")
MIN_PARAGRAPH_CHARS = 25  # shorter text nodes are labels and buttons, not prose
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
POSITIVE_TOKENS = "article body content entry main post story text blog prose rich-text paywall"
NEGATIVE_TOKENS = (
    "comment sidebar footer related promo widget share social nav menu recommend teaser card "
    "ad rail trending popular"
)
POSITIVE = re.compile(rf"(?<![a-z])(?:{'|'.join(POSITIVE_TOKENS.split())})(?![a-z])")
NEGATIVE = re.compile(rf"(?<![a-z])(?:{'|'.join(NEGATIVE_TOKENS.split())})(?![a-z])")
CLASS_WEIGHT = 25.0
ANCESTOR_SHARES = (1.0, 0.5, 1 / 3)  # parent, grandparent, great-grandparent
SIBLING_SHARE = 0.2  # a sibling scoring this share of the winner's score joins the body


@dataclass(frozen=True, slots=True)
class Candidate:
    node: HtmlElement
    score: float


def _paragraph_score(text: str) -> float:
    cjk_bonus = len(CJK.findall(text)) / 30  # CJK packs a word into one or two characters
    return 1 + text.count(",") + text.count("，") + min(len(text) / 100, 3) + min(cjk_bonus, 3)


def _class_weight(node: HtmlElement) -> float:
    classes = class_and_id(node)
    weight = 0.0
    if POSITIVE.search(classes):
        weight += CLASS_WEIGHT
    if NEGATIVE.search(classes):
        weight -= CLASS_WEIGHT
    if node.tag in ("article", "main"):
        weight += CLASS_WEIGHT / 2
    return weight


def score_candidates(root: HtmlElement) -> dict[HtmlElement, float]:
    scores: dict[HtmlElement, float] = {}
    for para in root.iter(*PARAGRAPH_TAGS):
        text = node_text(para)
        if len(text) < MIN_PARAGRAPH_CHARS and not (CJK.search(text) and len(text) >= 10):
            continue
        points = _paragraph_score(text)
        for share, ancestor in zip(ANCESTOR_SHARES, para.iterancestors(), strict=False):
            if ancestor not in scores:
                scores[ancestor] = _class_weight(ancestor)
            scores[ancestor] += points * share
    return {node: score * (1 - link_density(node)) for node, score in scores.items()}


def locate_generic_body(root: HtmlElement) -> HtmlElement | None:
    """The best-scoring container, or None when the page has no paragraph text."""
    scores = score_candidates(root)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if best.tag in ("html", "body"):
        return best
    return _with_strong_siblings(best, scores)


def _with_strong_siblings(best: HtmlElement, scores: dict[HtmlElement, float]) -> HtmlElement:
    """Climb to the parent when siblings of the winner also hold much of the text.

    Articles split over several sibling containers (a lead block and a body block) would
    otherwise lose all but one of them.
    """
    parent = best.getparent()
    if parent is None or parent.tag in ("html", "body"):
        return best
    threshold = scores[best] * SIBLING_SHARE
    strong = [s for s in parent if s is not best and scores.get(s, 0.0) >= threshold > 0]
    if not strong:
        return best
    sibling_text = sum(len(node_text(s)) for s in strong)
    if link_density(parent) < 0.3 and sibling_text > 0.3 * len(node_text(best)):
        return parent
    return best
