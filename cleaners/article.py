"""The Article item: what presswash emits for one page.

Field names follow schema.org / Zyte's Article schema so that downstream tools recognise
them; they are the only camelCase names in the code. The classes are plain dataclasses,
which itemadapter and Scrapy's feed exporters handle without adapters.
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
    """One removed block, as shown by `presswash extract --explain`."""

    cleaner: str
    kind: Kind
    rule: str
    text: str  # the first TRACE_CHARS characters of the block's text

    def to_dict(self) -> dict[str, str]:
        return {
            "cleaner": self.cleaner,
            "kind": self.kind.value,
            "rule": self.rule,
            "text": self.text,
        }


@dataclass(slots=True)
class ArticleMetadata:
    """What a page says about its article: the one definition of these fields.

    `metadata.read_metadata` fills them and `Article` inherits them, so a field added here
    reaches the item without being copied by hand.
    """

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

    def metadata_fields(self) -> dict[str, Any]:
        """These fields by name, from this record or any record derived from it."""
        return {name.name: getattr(self, name.name) for name in METADATA_FIELDS}


METADATA_FIELDS = dataclasses.fields(ArticleMetadata)


@dataclass(slots=True)
class Article(ArticleMetadata):
    url: str | None = None
    articleBody: str = ""
    articleBodyHtml: str = ""
    wordCount: int = 0
    site: str = "generic"
    removed: list[Removal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, kinds as their string values."""
        data = dataclasses.asdict(self)
        data["removed"] = [removal.to_dict() for removal in self.removed]
        return data
