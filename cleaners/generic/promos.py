"""Promos that are plain paragraphs: found by what they say, not by their markup.

A sign-up box or a "follow us" nag is often a bare `<p>` between paragraphs, so markup
alone cannot find it. Each pattern names an invitation addressed to the reader ("sign up
today", "follow ITPro on Google News"), and a block must also be short: an article
sentence that mentions signing up or following is longer or addressed to no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..text import node_text
from .shorttext import read_subtree, short_text

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


@dataclass(frozen=True, slots=True)
class TextRule:
    """A block whose whole text is short and says this is boilerplate of `kind`."""

    kind: Kind
    pattern: re.Pattern[str]
    rule_id: str
    max_chars: int = 320  # promos are one or two sentences; article paragraphs run longer
    why: str = ""
    # Lower-case words one of which every match holds: tested with `in` first, they spare
    # most blocks the regex (unanchored case-blind alternations cost ~20 us a block).
    cues: tuple[str, ...] = ()
    # A label ("Newsletter", "Latest videos") is removed alone: the box around it is judged
    # by what else it holds, not widened to from its heading.
    widen: bool = True
    # Every alternative of the pattern is anchored to the block's start (`^`): it fails at
    # the first character, faster than the cues, so it is tried first. Both must hold
    # either way: this changes only the time a block takes.
    anchored: bool = False


# Each pattern's cues: a word every one of its alternatives spells out.
SIGNUP_CUES = ("sign up", "subscribe", "newsletter", "download")
FOLLOW_CUES = ("follow", "source", "facebook", "join", "inbox", "feed", "google news")
ENGAGEMENT_CUES = ("comment", "below")
PROMO_RULES = (
    TextRule(
        Kind.SIGNUP_PROMO,
        SIGNUP,
        "text~signup",
        why="an invitation to sign up",
        cues=SIGNUP_CUES,
        anchored=True,
    ),
    TextRule(
        Kind.FOLLOW_PROMO,
        FOLLOW,
        "text~follow",
        why="an invitation to follow the site",
        cues=FOLLOW_CUES,
    ),
    TextRule(
        Kind.ENGAGEMENT_PROMPT,
        ENGAGEMENT,
        "text~engagement",
        why="a call to comment",
        cues=ENGAGEMENT_CUES,
    ),
)


LEFTOVER_MAX_CHARS = 60  # a box's heading or button label beside the promo sentence


@dataclass(frozen=True, slots=True)
class Screen:
    """Rules prepared for judging many blocks: most blocks hold no cue of any rule.

    Nine blocks in ten on wcxb-dev hold no cue of an unanchored rule, and asking each
    rule's cues in turn cost more than the patterns themselves. One search for all their
    cues at once rejects those blocks; the anchored rules, which fail at a block's first
    character, are still tried on every block, in the rules' order.
    """

    rules: tuple[TextRule, ...]
    anchored: tuple[TextRule, ...]  # what can still match a block without such a cue
    cues: re.Pattern[str] | None  # any unanchored rule's cue; None when one has no cues


@cache
def screen(rules: tuple[TextRule, ...]) -> Screen:
    unanchored = [rule for rule in rules if not rule.anchored]
    cues = None
    if all(rule.cues for rule in unanchored):
        cues = any_word(cue for rule in unanchored for cue in rule.cues)
    return Screen(rules, tuple(rule for rule in rules if rule.anchored), cues)


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds any of `words` in a text: `any(w in text for w in words)` in one
    call into the `re` engine.

    Its alternatives are factored by shared prefixes (`a(?:ccount|dvert)|b(?:elow|...)`):
    a plain alternation of a hundred words is tried word by word at each character, this
    one by a single character, 3.5 times faster on wcxb-dev's short blocks. A word holding
    another is left out, as the shorter one finds every text the longer one does.
    """
    unique = set(words)
    kept = sorted(w for w in unique if not any(o != w and o in w for o in unique))
    return re.compile(_factored(kept) if kept else "(?!)")


def _factored(words: list[str]) -> str:
    """The alternation of `words`, sorted and none a prefix of another, as a prefix tree."""
    if words == [""]:
        return ""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _factored(rests) for first, rests in groups.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _promo_kind(text: str, screen: Screen) -> TextRule | None:
    """The first rule whose cues and pattern both hold on the block's text."""
    if not text:
        return None
    lower, length = text.lower(), len(text)
    rules = screen.rules
    if screen.cues is not None and screen.cues.search(lower) is None:
        rules = screen.anchored  # every other rule needs a cue the block lacks
    for rule in rules:
        if length > rule.max_chars:
            continue
        if rule.anchored:
            if rule.pattern.search(text) and (not rule.cues or _holds_any(lower, rule.cues)):
                return rule
        elif (not rule.cues or _holds_any(lower, rule.cues)) and rule.pattern.search(text):
            return rule
    return None


def _holds_any(lower: str, cues: tuple[str, ...]) -> bool:
    """`any(c in lower for c in cues)`, as a loop: without a generator it runs twice as fast.
    Only a block holding some rule's cue gets here (`Screen`), then once for each rule."""
    for cue in cues:  # noqa: SIM110 (the loop is the point: see the docstring)
        if cue in lower:
            return True
    return False


def _widen(node: HtmlElement, root: HtmlElement, text: str) -> HtmlElement:
    """Climb to the box around the promo while it adds only a heading or a label."""
    parent = node.getparent()
    while parent is not None and parent is not root and parent.tag in CANDIDATE_TAGS:
        parent_text = node_text(parent)
        if len(parent_text) - len(text) > LEFTOVER_MAX_CHARS:
            break
        node, text, parent = parent, parent_text, parent.getparent()
    return node


def default_text_rules() -> tuple[TextRule, ...]:
    """Promos and notices, judged in one walk; what `TextPromoCleaner()` runs by default
    (so `PRESSWASH_CLEANERS` names both by this cleaner's path)."""
    from .notices import NOTICE_RULES  # notices are built on TextRule, defined here

    return PROMO_RULES + NOTICE_RULES


PROMO_WHY = "a short block whose text invites the reader to sign up, follow or comment"


@dataclass(frozen=True, slots=True)
class TextPromoCleaner:
    """Remove short blocks whose text is an invitation to sign up or to follow.

    The innermost block holding the invitation is found first, then widened to its box
    when the box adds no more than a heading or a button label, so a promo `<p>` goes
    alone while the paragraphs around it stay.
    """

    name: str = "text-promos"
    rules: tuple[TextRule, ...] = field(default_factory=lambda: default_text_rules())

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        read, texts, rules = page.texts.text, page.texts, screen(self.rules)
        read_subtree(texts, root)
        longest = max(rule.max_chars for rule in self.rules)
        judged: dict[str, TextRule | None] = {}  # a box and its only paragraph share a text
        yielded: set[HtmlElement] = set()

        def judge(text: str) -> TextRule | None:
            if text not in judged:
                judged[text] = _promo_kind(text, rules)
            return judged[text]

        for node in root.iter(*CANDIDATE_TAGS):
            text = short_text(texts, node, longest)
            if text is None:
                continue  # promos are short: a longer block is not even normalised
            found = judge(text)
            if found is None or any(
                judge(read(c)) for c in node.iter(*BLOCK_CANDIDATE_TAGS) if c is not node
            ):
                continue  # not a promo, or a smaller block inside holds it
            box = _widen(node, root, text) if found.widen else node
            if box in yielded:
                continue  # two promos widened to the same box
            yielded.add(box)
            yield Match(box, found.kind, found.rule_id, why=found.why or PROMO_WHY)
