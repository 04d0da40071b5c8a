"""Which discovered URLs are article pages: keep articles, skip listings and media pages.

A rule set is a list of `allow` patterns (a site's article URL shapes; empty allows any
path) and `deny` patterns, each named so a skipped URL can be counted by reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# Listing, media and commerce pages that sites put in their sitemaps next to articles.
LISTING_PATHS: dict[str, str] = {
    "tag": r"/(tags?|topics?|keywords?)/",
    "author": r"/(authors?|contributors?|staff|profile)/",
    "video": r"/(videos?|watch|podcasts?|live)(/|$)",
    "gallery": r"/(galler(y|ies)|photos?|pictures|slideshows?)(/|$)",
    "deals": r"/(deals?|coupons?|vouchers?|promo-codes?|shopping)(/|$)",
    "paginated": r"(/page/\d+/?$|[?&](page|paged|p)=\d+)",
    "section": r"/(category|categories|section|archives?|search|newsletters?)(/|$)",
    "feed": r"/(feeds?|rss)(/|\.xml$|$)|\.(xml|rss|atom)$",
    "media-file": r"\.(jpe?g|png|gif|webp|svg|mp4|mp3|pdf|zip)$",
}


@dataclass(frozen=True, slots=True)
class UrlRules:
    allow: tuple[str, ...] = ()  # article URL shapes, matched against the path (and query)
    deny: dict[str, str] = field(default_factory=lambda: dict(LISTING_PATHS))
    _allow: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    _deny: tuple[tuple[str, re.Pattern[str]], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_allow", tuple(re.compile(p, re.I) for p in self.allow))
        deny = tuple((name, re.compile(p, re.I)) for name, p in self.deny.items())
        object.__setattr__(self, "_deny", deny)

    def skip_reason(self, url: str) -> str | None:
        """None for an article URL, else why it is skipped (a stats-key slug)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return "not-http"
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path in ("", "/"):
            return "home-page"
        for name, pattern in self._deny:
            if pattern.search(target):
                return name
        if self._allow and not any(pattern.search(target) for pattern in self._allow):
            return "not-article-shape"
        return None
