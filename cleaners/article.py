"""The Article item: what presswash emits for one page.

Field names follow schema.org / Zyte's Article schema so that downstream tools recognise
them; they are the only camelCase names in the code. Dates (`datePublished`,
`dateModified`) are ISO 8601 in UTC to the second: `2024-05-01T10:00:00+00:00`.
The classes are plain dataclasses, which itemadapter and Scrapy's feed exporters handle
without adapters.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .kinds import Kind


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed block, as shown by `presswash extract --explain`.

    `anchors` name the removed nodes on a tree marked by `presswash report` (the value of
    their `cleaning.NODE_ID` attribute); the item never carries them.
    """

    cleaner: str
    kind: Kind
    rule: str
    text: str  # the first TRACE_CHARS characters of the block's text, or what it was
    why: str = ""  # the rule's reason, as its author wrote it
    anchors: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, str]:
        return {
            "cleaner": self.cleaner,
            "kind": self.kind.value,
            "rule": self.rule,
            "text": self.text,
            "why": self.why,
        }


GUARD_KEPT = "guard-kept"  # the note prefix of a match the guard refused


@dataclass(frozen=True, slots=True)
class Refusal:
    """A match the guard refused to remove: it held too much of the page's text.

    Kept on the item as a note (`guard-kept: ...`), since the block stayed in the body.
    """

    removal: Removal  # what would have been removed
    chars: int  # the block's characters
    scope_chars: int  # the characters of the scope it was matched in

    def note(self) -> str:
        r = self.removal
        return (
            f"{GUARD_KEPT}: {r.kind.value} by {r.cleaner} {r.rule}: "
            f"{self.chars} of {self.scope_chars} characters"
        )


@dataclass(slots=True)
class Article:
    url: str | None = None
    canonicalUrl: str | None = None
    headline: str | None = None
    description: str | None = None
    authors: list[Author] = field(default_factory=list)
    datePublished: str | None = None
    dateModified: str | None = None
    inLanguage: str | None = None
    articleSection: str | None = None
    keywords: list[str] = field(default_factory=list)
    mainImage: str | None = None
    articleBody: str = ""
    articleBodyHtml: str = ""
    wordCount: int = 0
    site: str = "generic"
    # The slug of the site rule whose body selector matched nothing on this page, so that
    # the generic path ran instead: the site was probably redesigned. None otherwise.
    siteRuleMissed: str | None = None
    removed: list[Removal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, kinds as their string values."""
        data = dataclasses.asdict(self)
        data["removed"] = [removal.to_dict() for removal in self.removed]
        return data
