"""What a site rule is: the per-site knowledge that generic cleaning lacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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


@dataclass(frozen=True, slots=True)
class SiteRule:
    """One site's template, valid for pages fetched in [valid_from, valid_until).

    A site that redesigned gets a second rule with a later `valid_from`, derived from the
    first with `dataclasses.replace` so it states only what changed.
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
    _body_selector: CSSSelector | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.site or not self.domains:
            raise ValueError("a SiteRule needs a site slug and at least one domain")
        selector = CSSSelector(self.body) if self.body else None
        object.__setattr__(self, "_body_selector", selector)

    @property
    def body_selector(self) -> CSSSelector | None:
        return self._body_selector

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day >= self.valid_until)
