"""Clean the body in attempts: strict first, gentler when cleaning took the article.

`cleaning.apply` guards one match at a time, so six paragraphs that each wear a
`sponsored` or `widget` class empty a page while every single removal looks small.
Readability retries with its flags relaxed one at a time when too little text is left;
trafilatura restores a backup of the tree when pruning took most of it. Here each attempt
is a named set of cleaners. The dry run tells how much of the body's prose an attempt
would take; when that is most of it, the attempt runs on the body with a copy kept, and
if it really took most of the prose the copy goes back and the next, gentler attempt
runs. Every attempt that was undone is named in the item's `notes`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from lxml.html import HtmlElement

from .article import Refusal, Removal
from .body import Measures
from .cleaning import Found, apply, find_matches
from .kinds import Kind
from .rules import Cleaner, Page
from .text import link_text_length, node_text

logger = logging.getLogger(__name__)

# Fitted on wcxb-dev and aeb: legitimate cleaning takes rails, promos and bios, which are
# mostly links or short; an attempt taking more than this share of the body's unlinked
# text has mistaken the article for furniture.
MAX_REMOVED_PROSE = 0.6
# Readers' comments are prose, and removing a long thread under a short story is right:
# they never count against the bound.
UNCOUNTED_KINDS = frozenset({Kind.COMMENTS})


@dataclass(frozen=True, slots=True)
class Attempt:
    """One way of cleaning the body: a name for the notes and the cleaners it runs."""

    name: str
    left_out: frozenset[str]  # names of the cleaners this attempt does not run

    def cleaners(self, configured: Sequence[Cleaner]) -> tuple[Cleaner, ...]:
        return tuple(cleaner for cleaner in configured if cleaner.name not in self.left_out)


CLASS_CLEANER = "chrome"  # removes blocks by their class and id tokens
CONDITIONAL_CLEANER = "conditional"  # removes blocks by their shape (links, lists, pictures)
ATTEMPTS = (
    Attempt("strict", frozenset()),
    Attempt("without-class-cleaners", frozenset({CLASS_CLEANER})),
    Attempt("without-conditional-cleaning", frozenset({CONDITIONAL_CLEANER})),
    Attempt("without-class-or-conditional", frozenset({CLASS_CLEANER, CONDITIONAL_CLEANER})),
)


@dataclass(slots=True)
class Cleaned:
    """The cleaned body (a restored copy after an undone attempt), its trace and notes."""

    body: HtmlElement
    removed: list[Removal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def clean_in_attempts(
    body: HtmlElement,
    page: Page,
    measures: Measures,
    cleaners: Sequence[Cleaner],
    refused: list[Refusal] | None = None,
    screen: Callable[[list[Found]], list[Found]] | None = None,
) -> Cleaned:
    """Run the attempts in order, over the configured cleaners, until one leaves most of
    the body's prose; the guard's refusals of the attempt that stands go to `refused`.

    `screen` sees each attempt's finds first and returns those left for `apply`: it may act
    on some itself (consent dialogs go past the guard), before any backup is taken.
    """
    undone: list[str] = []
    page = replace(page, measured=(body, measures))  # the first attempt's tree is as measured
    for attempt in ATTEMPTS:
        found = find_matches(body, attempt.cleaners(cleaners), page)
        if screen is not None:
            found = screen(found)
        last = attempt is ATTEMPTS[-1]
        total = _prose(body, measures)
        if last or not total or _taken(found, measures) <= MAX_REMOVED_PROSE * total:
            return _done(body, apply(body, found, protect=body, refused=refused), undone, attempt)
        backup = copy.deepcopy(body)
        total = _text_prose(backup) - sum(map(_text_prose, _outermost(found, UNCOUNTED_KINDS)))
        kept: list[Refusal] = []
        removed = apply(body, found, protect=body, refused=kept)
        taken = 1 - _text_prose(body) / total if total > 0 else 0.0
        if taken <= MAX_REMOVED_PROSE:
            if refused is not None:
                refused += kept
            return _done(body, removed, undone, attempt)
        logger.info("attempt %s took %.0f%% of the body's prose; undone", attempt.name, 100 * taken)
        undone.append(f"{attempt.name} took {taken:.0%}")
        body = _restore(body, backup)
    raise AssertionError("the last attempt always returns")


def _done(
    body: HtmlElement, removed: list[Removal], undone: list[str], attempt: Attempt
) -> Cleaned:
    notes = [f"cleaning-fallback: {attempt.name} ({'; '.join(undone)} of the body's prose)"]
    return Cleaned(body, removed, notes if undone else [])


def _restore(body: HtmlElement, backup: HtmlElement) -> HtmlElement:
    """Put the copy made before an attempt back where the body is."""
    parent = body.getparent()
    if parent is not None:
        parent.replace(body, backup)
    return backup


def _taken(found: list[Found], measures: Measures) -> float:
    """The prose the matches could take, comments not counted."""
    counted = frozenset(Kind) - UNCOUNTED_KINDS
    return sum(_prose(node, measures) for node in _outermost(found, counted))


def _outermost(found: list[Found], kinds: frozenset[Kind]) -> list[HtmlElement]:
    """The matched nodes of these kinds that no other of them contains."""
    nodes = {
        node
        for item in found
        if item.match.kind in kinds
        for node in (item.match.node, *item.match.extra)
    }
    return [n for n in nodes if not any(a in nodes for a in n.iterancestors())]


def _prose(node: HtmlElement, measures: Measures) -> float:
    """Unlinked characters: measured ones when the locator measured the node."""
    chars = measures.chars.get(node)
    if chars is None:
        return _text_prose(node)
    return chars * (1 - measures.link_density(node))


def _text_prose(node: HtmlElement) -> float:
    return max(0, len(node_text(node)) - link_text_length(node))
