"""Promos that are plain paragraphs: found by what they say, not by their markup.

A sign-up box or a "follow us" nag is often a bare `<p>` between paragraphs, so markup
alone cannot find it. Each pattern names an invitation addressed to the reader ("sign up
today", "follow ITPro on Google News"), and a block must also be short: an article
sentence that mentions signing up or following is longer or addressed to no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..text import node_text
from .textlength import longer_than

PROMO_MAX_CHARS = 320  # promos are one or two sentences; article paragraphs run longer
CANDIDATE_TAGS = ("p", "div", "aside", "section", "h2", "h3", "h4", "li", "span", "strong", "em", "blockquote", "figure")  # fmt: skip
# A promo's bold link ("<em>Make sure to </em><a><strong>follow X on Google News</strong></a>
# <em> to keep tabs ...</em>") is part of its paragraph: only a smaller *block* holding the
# invitation makes the paragraph defer to it, or the words around the link would stay.
BLOCK_CANDIDATE_TAGS = tuple(tag for tag in CANDIDATE_TAGS if tag not in ("span", "strong", "em"))

SIGNUP = re.compile(
    r"^(?:\W*)(?:"
    r"sign up (?:today|now|here|for (?:our|the|free|a free)|to (?:our|receive|get)|and (?:you|get))"
    r"|subscribe (?:today|now|here|to (?:our|the) [\w ]{0,30}newsletter|for (?:free|more))"
    r"|(?:get|receive) (?:our|the) [\w ]{0,40}newsletter"
    r"|(?:join|get) (?:our|the) (?:free )?(?:daily |weekly )?newsletter"
    r"|(?:want|like) (?:more|the latest)[\w ,]{0,60}\? (?:sign up|subscribe)"
    r"|(?:don.t miss|never miss) [\w ]{0,60}(?:sign up|subscribe|newsletter)"
    r"|(?:be the first to know|stay (?:up to date|informed|in the loop))[\w ,]{0,80}(?:sign up|subscribe|newsletter)"
    r"|download (?:your|our|the) free"
    r"|(?:this|the) [\w ]{0,30}newsletter (?:is|delivers|brings)"
    r")",
    re.IGNORECASE,
)
# "Make sure to follow us on X": only whether a pattern matches counts, never where, so a
# lead-in before "follow" needs no alternatives of its own. Without them every alternative
# opens with a word, and the search runs 2.5 times faster over a page's short blocks.
FOLLOW = re.compile(
    r"(?:"
    r"follow (?:us|@?[\w.]+(?: [\w.]+)?) on "
    r"(?:google news|twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|flipboard|mastodon)"
    r"|add (?:us|[\w.]+(?: [\w.]+)?) as a (?:preferred|trusted) source"
    r"|(?:like|find) us on facebook"
    r"|join (?:us|our community) on (?:facebook|discord|telegram|whatsapp|reddit)"
    r"|click the follow button"
    r"|get (?:our|the latest) [\w ]{0,40} (?:in|on) (?:your )?(?:inbox|feed|google news)"
    r")",
    re.IGNORECASE,
)
# A closing call to comment, addressed to the reader ("What about you? Share your thoughts on
# X in the comments below."): an imperative with "your"/"us" and the comments makes it an
# invitation, not a report of what people said in comment threads.
ENGAGEMENT = re.compile(
    r"(?:^|[.!?:]\s+)(?:"  # an imperative opens a sentence: "Users can leave a comment below" is not one
    r"(?:share|tell us|let us know|leave|drop) (?:your|what you)\b[^.!?]{0,100}\b(?:in|on|via) the comments"
    r"|(?:share|leave|drop) (?:your|a) (?:thoughts|comments?|views|opinions?)\b[^.!?]{0,100}\bbelow"
    r"|(?:sound off|let us know|tell us) (?:below|in the comments)"
    r")",
    re.IGNORECASE,
)
PROMO_PATTERNS = (
    (Kind.SIGNUP_PROMO, SIGNUP, "text~signup"),
    (Kind.FOLLOW_PROMO, FOLLOW, "text~follow"),
    (Kind.ENGAGEMENT_PROMPT, ENGAGEMENT, "text~engagement"),
)


LEFTOVER_MAX_CHARS = 60  # a box's heading or button label beside the promo sentence


def _promo_kind(text: str) -> tuple[Kind, str] | None:
    if not text or len(text) > PROMO_MAX_CHARS:
        return None
    for kind, pattern, rule_id in PROMO_PATTERNS:
        if pattern.search(text):
            return kind, rule_id
    return None


def _widen(node: HtmlElement, root: HtmlElement, text: str) -> HtmlElement:
    """Climb to the box around the promo while it adds only a heading or a label."""
    parent = node.getparent()
    while parent is not None and parent is not root and parent.tag in CANDIDATE_TAGS:
        parent_text = node_text(parent)
        if len(parent_text) - len(text) > LEFTOVER_MAX_CHARS:
            break
        node, text, parent = parent, parent_text, parent.getparent()
    return node


PROMO_WHY = "a short block whose text invites the reader to sign up, follow or comment"


@dataclass(frozen=True, slots=True)
class TextPromoCleaner:
    """Remove short blocks whose text is an invitation to sign up or to follow.

    The innermost block holding the invitation is found first, then widened to its box
    when the box adds no more than a heading or a button label, so a promo `<p>` goes
    alone while the paragraphs around it stay.
    """

    name: str = "text-promos"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        read = page.texts.text
        for node in root.iter(*CANDIDATE_TAGS):
            if longer_than(node, PROMO_MAX_CHARS):
                continue  # promos are short; skip normalising a whole container
            text = read(node)
            found = _promo_kind(text)
            if found is None or any(
                _promo_kind(read(c)) for c in node.iter(*BLOCK_CANDIDATE_TAGS) if c is not node
            ):
                continue  # not a promo, or a smaller block inside holds it
            kind, rule_id = found
            yield Match(_widen(node, root, text), kind, rule_id, why=PROMO_WHY)
