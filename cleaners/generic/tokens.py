"""Match boilerplate by the class and id tokens that templates give it.

Class names are matched as whole tokens (split on spaces, hyphens and underscores), so
`related` hits `related-posts` and `post__related` but not `unrelated`, and the one pass
over the tree tests every rule on each element's class string once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from lxml import etree
from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..text import HEADING_TAGS, class_and_id, link_density, node_text
from .textlength import longer_than

_K = TypeVar("_K")
_V = TypeVar("_V")
NEVER_MATCHED_TAGS = frozenset({"html", "body", "head"})
# A block of links (a rail, a menu) is mostly link text; a long block with few links that
# wears such a class ("entry-content-read-more") is the article itself.
PROSE_CHARS = 400
PROSE_LINK_DENSITY = 0.2


MEDIA_TAGS = frozenset({"img", "picture", "video", "audio", "blockquote", "table"})


def is_media_figure(figure: HtmlElement) -> bool:
    """A figure that shows something: kept in `articleBodyHtml`, left out of the text."""
    return any(isinstance(n.tag, str) and n.tag in MEDIA_TAGS for n in figure.iterdescendants())


def in_media_figure(node: HtmlElement) -> bool:
    return any(is_media_figure(figure) for figure in node.iterancestors("figure"))


def token_regex(*tokens: str) -> re.Pattern[str]:
    """A pattern finding any of `tokens` as a whole class/id token (hyphens allowed inside).

    Longer tokens come first, so the match names the most specific one (`ad-slot`, not `ad`).
    """
    longest_first = sorted(tokens, key=len, reverse=True)
    alternatives = "|".join(re.escape(token).replace(r"\ ", r"[-_ ]?") for token in longest_first)
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


@dataclass(frozen=True, slots=True)
class TokenRule:
    """Remove elements whose class or id holds one of `tokens`."""

    kind: Kind
    tokens: tuple[str, ...]
    tags: frozenset[str] | None = None  # only these elements; None means any
    max_chars: int | None = None  # a longer block is content wearing a misleading class
    min_link_density: float | None = None
    spares_prose: bool = False  # keep a long block with few links: an article wrapper
    spares_quotes: bool = False  # keep a block holding a <blockquote>: an embedded post
    spares_figures: bool = False  # keep it inside a <figure>: a caption kept for the HTML
    innermost: bool = False  # only a node holding no other node this rule names: the card
    spares: tuple[str, ...] = ()  # tokens naming something else that also wears one of ours
    why: str = ""
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _spared: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_pattern", token_regex(*self.tokens))
        object.__setattr__(self, "_spared", token_regex(*self.spares) if self.spares else None)

    def rule_id(self, token: str) -> str:
        """The id of this rule as it matched: the token found, not the whole vocabulary."""
        return f"class~{token}"

    def matched_token(self, node: HtmlElement, classes: str) -> str | None:
        """The token (as written in the page) that makes this rule remove `node`, or None."""
        found = self._pattern.search(classes)
        if found is None or not self.accepts(node, classes):
            return None
        return found.group(0)

    def _names_a_descendant(self, node: HtmlElement) -> bool:
        """Whether an element inside `node` (of this rule's tags) wears one of its tokens."""
        return any(
            (self.tags is None or inner.tag in self.tags)
            and (inner.get("class") or inner.get("id"))
            and self._pattern.search(class_and_id(inner))
            for inner in node.iterdescendants()
        )

    def accepts(self, node: HtmlElement, classes: str) -> bool:
        if self.tags is not None and node.tag not in self.tags:
            return False
        if not self._pattern.search(classes):
            return False
        if self._spared is not None and self._spared.search(classes):
            return False
        if self.spares_quotes and node.find(".//blockquote") is not None:
            return False
        if self.spares_figures and in_media_figure(node):
            return False
        if self.innermost and self._names_a_descendant(node):
            return False
        if self.max_chars is None and self.min_link_density is None and not self.spares_prose:
            return True
        if self.max_chars is not None and longer_than(node, self.max_chars):
            return False
        text = node_text(node)
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        density = link_density(node, text)
        if self.spares_prose and len(text) > PROSE_CHARS and density < PROSE_LINK_DENSITY:
            return False
        return self.min_link_density is None or density >= self.min_link_density


MEMO_SIZE = 20_000  # class attributes remembered across pages by each cleaner
_UNKNOWN = ""  # a memo's "not seen yet": a screened string is never empty (it holds a token)


@dataclass(frozen=True, slots=True)
class TokenCleaner:
    """Run token rules over every element; the first rule that accepts a node wins.

    One pattern joining every rule's tokens screens the class strings first, so the
    per-rule checks (and the text they may need) run only on the few elements that wear
    a boilerplate token at all.

    The cleaner runs on every attempt's tree, and pages repeat their class attributes, so
    what depends on the attribute alone is remembered across calls: the screen of an
    element without an id (an id's reading depends on the element, see `class_and_id`),
    and which rules' tokens a screened string holds.
    """

    name: str
    rules: tuple[TokenRule, ...]
    _any_token: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _screened: dict[tuple[bool, str], str | None] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _named: dict[str, tuple[tuple[TokenRule, str], ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        tokens = [token for rule in self.rules for token in rule.tokens]
        object.__setattr__(self, "_any_token", token_regex(*tokens))

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        screened: dict[tuple[bool, str | None, str | None], str | None] = {}
        for node in root.iter(etree.Element):  # elements only: not comments
            tag = node.tag
            if tag in NEVER_MATCHED_TAGS:
                continue
            written = (tag in HEADING_TAGS, node.get("class"), node.get("id"))
            if written[1] is None and written[2] is None:
                continue
            if written not in screened:  # a page repeats its class attributes
                screened[written] = self._screen(node, written)
            classes = screened[written]
            if classes is None:
                continue
            for rule, token in self._rules_naming(classes):
                if rule.accepts(node, classes):
                    yield Match(node, rule.kind, rule.rule_id(token), why=rule.why)
                    break

    def _screen(
        self, node: HtmlElement, written: tuple[bool, str | None, str | None]
    ) -> str | None:
        """The node's class and id string when it holds any rule's token, else None."""
        heading, classes, ident = written
        if ident is None and classes is not None:
            # one lookup, not `in` then `[]`: another thread may clear the memo in between
            known = self._screened.get((heading, classes), _UNKNOWN)
            if known is not _UNKNOWN:
                return known
        lowered = class_and_id(node)
        screen = lowered if self._any_token.search(lowered) else None
        if ident is None and classes is not None:
            _remember(self._screened, (heading, classes), screen)
        return screen

    def _rules_naming(self, classes: str) -> tuple[tuple[TokenRule, str], ...]:
        """The rules whose tokens `classes` holds, in order, each with the token found
        (`TokenRule.matched_token` before its `accepts`)."""
        named = self._named.get(classes)
        if named is None:
            named = tuple(
                (rule, found.group(0))
                for rule in self.rules
                if (found := rule._pattern.search(classes)) is not None
            )
            _remember(self._named, classes, named)
        return named


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> None:
    """Store in a memo bounded by `MEMO_SIZE`: past it, the memo starts again."""
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value
