"""What a site rule is: the per-site knowledge that generic cleaning lacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from lxml.cssselect import CSSSelector

from ..rules import Cleaner, DropRule


@dataclass(frozen=True, slots=True)
class MetadataRule:
    """CSS selectors that override generic metadata where a site gets it wrong."""

    headline: str | None = None
    description: str | None = None
    authors: str | None = None
    date_published: str | None = None  # reads `datetime`, then `content`, then the text

    def __post_init__(self) -> None:
        for css in (self.headline, self.description, self.authors, self.date_published):
            if css:
                CSSSelector(css)  # fail at import on a typo, not mid-crawl


class PageOrigin(StrEnum):
    """How a page a rule was validated on came to be: only REAL is the site's own word."""

    REAL = "real"  # the bytes as the site served them
    RECONSTRUCTION = "reconstruction"  # the platform's real markup, text written for the case
    CONSTRUCTED = "constructed"  # built by a script from another page or public descriptions


@dataclass(frozen=True, slots=True)
class Validation:
    """One fixture case the rule was checked against (`tests/fixtures/<site>/<case>`)."""

    case: str  # the case's name: `<fetch date>-<slug>`
    origin: PageOrigin
    source: str  # where the page (or what it was built from) came from

    @property
    def fetched(self) -> date:
        return date.fromisoformat(self.case[:10])


@dataclass(frozen=True, slots=True)
class SiteRule:
    """One site's template, valid for pages fetched in [valid_from, valid_until).

    A site that redesigned gets a second rule with a later `valid_from`, derived from the
    first with `dataclasses.replace` so it states only what changed. `validated_on` lists the
    fixture cases the rule was checked on and what each page is, so a rule says whether it
    has ever met a page the site really served. The window comes from those pages' fetch
    dates and from what is known of the template's dates (each module's docstring says).
    """

    site: str  # the slug shared by the module, the spider and the trace
    domains: tuple[str, ...]
    body: str | None = None  # CSS for the element(s) holding the article text
    drops: tuple[DropRule, ...] = ()
    cleaners: tuple[Cleaner, ...] = ()  # code cleaners of this site, run after `drops`
    metadata: MetadataRule = field(default_factory=MetadataRule)
    valid_from: date | None = None
    valid_until: date | None = None
    generic_cleaners: bool = True  # also run the generic body cleaners after `drops`
    validated_on: tuple[Validation, ...] = ()
    _body_selector: CSSSelector | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.site or not self.domains:
            raise ValueError("a SiteRule needs a site slug and at least one domain")
        selector = CSSSelector(self.body) if self.body else None
        object.__setattr__(self, "_body_selector", selector)

    @property
    def body_selector(self) -> CSSSelector | None:
        return self._body_selector

    @property
    def met_real_page(self) -> bool:
        return any(v.origin is PageOrigin.REAL for v in self.validated_on)

    @property
    def version(self) -> str:
        """`site@from..until`, as warnings and `presswash sites` name a rule version."""
        if not (self.valid_from or self.valid_until):
            return self.site
        return f"{self.site}@{self.valid_from or ''}..{self.valid_until or ''}"

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day >= self.valid_until)


def portable_drops(rule: SiteRule) -> tuple[DropRule, ...]:
    """The drops that survive a redesign: written against text and semantics, not classes."""
    return tuple(drop for drop in rule.drops if drop.portable)
