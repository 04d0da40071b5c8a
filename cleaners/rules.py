"""Records that describe boilerplate, and the cleaner that applies them.

A cleaner only *finds*: it yields `Match(node, kind, rule)` and never mutates the tree.
`cleaning.apply()` removes what was found, so `presswash extract --explain` is a dry run
of the same code. Selectors and patterns compile when a record is built, so a typo in a
rule fails at import (and in test collection), not in the middle of a crawl.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

from .kinds import Kind
from .text import TextMemo, link_density, node_text

if TYPE_CHECKING:
    from .body import Measures


@dataclass(frozen=True, slots=True)
class Match:
    """A node to remove, why, and which rule said so.

    `extra` holds sibling nodes that form one block with `node` (a heading and the list of
    links it introduces), removed and traced together. `why` is the rule's reason, carried
    into the trace so `--explain` and the report can say it.
    """

    node: HtmlElement
    kind: Kind
    rule: str
    extra: tuple[HtmlElement, ...] = ()
    why: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """What cleaners may know about the page besides its tree, and the texts read so far."""

    url: str | None = None
    headline: str | None = None
    author_names: tuple[str, ...] = ()
    texts: TextMemo = field(default_factory=TextMemo, compare=False, repr=False)
    # The located body and the locator's measures of it, so that a cleaner measuring that
    # body (`body.measure_body`) need not walk it again; valid while the tree is unchanged.
    measured: tuple[HtmlElement, Measures] | None = field(default=None, compare=False, repr=False)


class Cleaner(Protocol):
    """A named unit that finds boilerplate under `root`."""

    @property
    def name(self) -> str: ...

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]: ...


ATTRIBUTES = re.compile(r"\[[^\]]*\]")  # `[rel=author]`, `[data-x='a.b']`: semantic anchors
TEMPLATE_NAMES = re.compile(r"[.#]")  # a class or an id: what a redesign renames


@dataclass(frozen=True, slots=True)
class DropRule:
    """Remove what `css` selects, optionally only when its text and links say so."""

    kind: Kind
    css: str
    text: str | None = None  # regex, matched case-insensitively on normalised text
    max_chars: int | None = None  # a text rule never removes a block longer than this
    min_link_density: float | None = None
    why: str = ""
    # Written against text and semantics (wording, `rel`, `role`, `aria-*`, `data-*`, tag
    # names), not the template's classes or ids: it still applies on the generic path when
    # the site's body selector misses after a redesign.
    portable: bool = False
    _selector: CSSSelector = field(init=False, repr=False, compare=False)
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.portable and TEMPLATE_NAMES.search(ATTRIBUTES.sub("", self.css)):
            raise ValueError(f"a portable DropRule names no class or id: {self.css!r}")
        object.__setattr__(self, "_selector", CSSSelector(self.css))
        pattern = re.compile(self.text, re.IGNORECASE) if self.text else None
        object.__setattr__(self, "_pattern", pattern)

    @property
    def rule_id(self) -> str:
        return f"{self.css} ~ /{self.text}/" if self.text else self.css

    def matches(self, root: HtmlElement) -> Iterator[HtmlElement]:
        for node in self._selector(root):
            if self.accepts(node):
                yield node

    def accepts(self, node: HtmlElement) -> bool:
        if self._pattern is None and self.min_link_density is None:
            return True
        text = node_text(node)
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        if self._pattern is not None and not self._pattern.search(text):
            return False
        return self.min_link_density is None or link_density(node, text) >= self.min_link_density


@dataclass(frozen=True, slots=True)
class RuleCleaner:
    """A cleaner made of data: each `DropRule` it holds is one reason to remove a node."""

    name: str
    rules: tuple[DropRule, ...]

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for rule in self.rules:
            for node in rule.matches(root):
                yield Match(node, rule.kind, rule.rule_id, why=rule.why)


def rule_cleaner(name: str, rules: Iterable[DropRule]) -> RuleCleaner:
    return RuleCleaner(name, tuple(rules))
