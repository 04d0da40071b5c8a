"""Article URLs found by discovery, and the order they are fetched in: newest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from w3lib.url import canonicalize_url


@dataclass(frozen=True, slots=True)
class Candidate:
    """One article URL and what the listing said about it."""

    url: str
    published: str | None = None  # UTC ISO, from news:publication_date or a feed's pubDate
    modified: str | None = None  # UTC ISO, from lastmod or a feed's updated
    title: str | None = None
    source: str = ""  # the sitemap, feed or page that listed it

    @property
    def date(self) -> str | None:
        return self.published or self.modified

    def day(self) -> date | None:
        stamp = self.date
        if not stamp:
            return None
        try:
            return datetime.fromisoformat(stamp).date()
        except ValueError:
            return None


def url_key(url: str) -> str:
    """Two spellings of one URL (query order, fragment) share a key."""
    return canonicalize_url(url, keep_fragments=False)


class CandidateQueue:
    """Collects candidates from all listings; hands them out newest first.

    A URL listed twice keeps its best-dated entry. Undated candidates (links on a home
    page) come after dated ones, in the order they were found.
    """

    def __init__(self, since: date | None = None) -> None:
        self.since = since
        self._by_key: dict[str, tuple[int, Candidate]] = {}
        self._order = 0
        self.duplicates = 0
        self.too_old = 0

    def __len__(self) -> int:
        return len(self._by_key)

    def add(self, candidate: Candidate) -> bool:
        """Queue `candidate`; False when it is older than `since` or already queued."""
        day = candidate.day()
        if self.since and day and day < self.since:
            self.too_old += 1
            return False
        key = url_key(candidate.url)
        known = self._by_key.get(key)
        if known is not None:
            self.duplicates += 1
            if known[1].date is None and candidate.date is not None:
                self._by_key[key] = (known[0], candidate)
            return False
        self._by_key[key] = (self._order, candidate)
        self._order += 1
        return True

    def extend(self, candidates: Iterable[Candidate]) -> int:
        return sum(self.add(candidate) for candidate in candidates)

    def take(self, count: int | None = None) -> list[Candidate]:
        """Remove and return up to `count` candidates (all by default), newest first."""
        ranked = sorted(self._by_key.items(), key=_newest_first)
        chosen = ranked if count is None else ranked[: max(count, 0)]
        for key, _ in chosen:
            del self._by_key[key]
        return [candidate for _, (_, candidate) in chosen]


def _newest_first(entry: tuple[str, tuple[int, Candidate]]) -> tuple[int, float, int]:
    order, candidate = entry[1]
    stamp = candidate.date
    try:
        seconds = datetime.fromisoformat(stamp).timestamp() if stamp else None
    except ValueError:
        seconds = None
    # Dated before undated, newest first, ties in the order found.
    return (0, -seconds, order) if seconds is not None else (1, 0.0, order)
