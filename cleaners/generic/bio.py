"""Author bio boxes that carry no telling class.

A bio opens with the author's name and says who they are ("Emma Woollacott is a
freelance journalist ..."). The name is already in `authors`; the bio belongs in no
text field. Only names the page itself credits as authors are looked for, so a
paragraph about some other person is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from .shorttext import read_subtree, short_text, subtree_text

BIO_MAX_CHARS = 700  # bios are a few sentences
# What a bio says after the name, in the languages of the pages seen: "X is ...", "X ist
# Reporterin für ...", "X er journalist i ...", "X es periodista ...", "X est journaliste ...".
BIO_VERBS = (
    r"(?:is|was|has|had|covers|writes|joined|leads|serves|reports|began|started|lives"
    r"|ist|war|schreibt|arbeitet|berichtet|leitet"  # de
    r"|er|var|skriver|jobber|arbeider|dekker"  # no, da
    r"|es|fue|escribe|trabaja|cubre"  # es
    r"|est|était|écrit|travaille|couvre"  # fr
    r"|è|scrive|lavora|é|escreve|trabalha|schrijft|werkt)"  # it, pt, nl
)
CANDIDATE_TAGS = ("p", "div", "section", "aside")


BIO_WHY = "a short block that opens with the author's name and a verb: a bio"


@dataclass(frozen=True, slots=True)
class AuthorBioCleaner:
    name: str = "author-bio"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        if not page.author_names:
            return
        read_subtree(page.texts, root)
        body_text = subtree_text(page.texts, root).lower()
        if not any(name.lower() in body_text for name in page.author_names):
            return  # no block can open with a name the body never mentions
        opening: re.Pattern[str] | None = None
        starts = _starts(page.author_names)
        span = max(map(len, starts), default=0)  # only a text's start is lower-cased
        for node in root.iter(*CANDIDATE_TAGS):
            text = short_text(page.texts, node, BIO_MAX_CHARS)
            if not text or (
                starts and text.isascii() and not text[:span].lower().startswith(starts)
            ):
                continue
            if opening is None:
                opening = _opening(page.author_names)
            if opening.search(text):
                yield Match(node, Kind.AUTHOR_BIO, "opens-with-author-name", why=BIO_WHY)


def _opening(names: Iterable[str]) -> re.Pattern[str]:
    """A bio's opening: the name, maybe after "About the author", and a verb."""
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(
        rf"^(?:about (?:the author )?)?(?:{alternatives})(?:,[^,]{{1,60}},)? {BIO_VERBS}\b",
        re.IGNORECASE,
    )


def _starts(names: Iterable[str]) -> tuple[str, ...]:
    """What a bio's text, lower-cased, must start with for `_opening` to match it; empty
    when a name is not ASCII (case-blind matching there is more than `str.lower`).

    Most pages' blocks open with neither, and the opening, built from the page's names,
    is compiled anew for each page: a page with no block starting right compiles none.
    """
    lowered = tuple(name.lower() for name in names)
    if not all(name.isascii() for name in lowered):
        return ()
    return ("about ", *lowered)
