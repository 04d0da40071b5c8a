"""Extract the articles of a web archive: the pages `archives` reads, as the crawl would.

Shared by `presswash extract archive.warc.gz` and `scrapy crawl warc`, so an archive gives
the same articles either way, and the same as the crawl that recorded it: each page is
extracted under its record's URL with its record's date (which picks the site rule
version), and an article split over pages comes out as one item when its next page is in
the archive too (a crawl records page 2 right after page 1).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from cleaners import Article, ExtractionError, extract_article
from cleaners.rules import Cleaner
from cleaners.sites import SiteRegistry
from crawler.multipage import MAX_PAGES, continues, merge_pages, next_page_url

from .archives import ArchivePage, Broken, Entry, Skipped

MAX_WAITING = 200  # first pages held for a next page; beyond, the oldest ships as it is
NOT_IN_ARCHIVE = "not-in-archive"

Extract = Callable[[ArchivePage], Article]


@dataclass(frozen=True, slots=True)
class Extracted:
    article: Article
    page: ArchivePage  # its first page


@dataclass(frozen=True, slots=True)
class Failed:
    page: ArchivePage
    error: ExtractionError


ReplayEntry = Extracted | Failed | Skipped | Broken


def extract_page(
    page: ArchivePage,
    site_rules: bool | SiteRegistry = True,
    cleaners: Sequence[Cleaner] | None = None,
) -> Article:
    return extract_article(
        page.body,
        page.url,
        content_type=page.content_type,
        site_rules=site_rules,
        fetched=page.fetched.date(),
        cleaners=cleaners,
    )


def replay(entries: Iterable[Entry], extract: Extract = extract_page) -> Iterator[ReplayEntry]:
    """Every entry of an archive, with its pages turned into articles or failures."""
    joiner = PageJoiner()
    for entry in entries:
        if not isinstance(entry, ArchivePage):
            yield entry
            continue
        try:
            article = extract(entry)
        except ExtractionError as exc:
            yield from joiner.fail(entry, exc)
            continue
        yield from joiner.add(article, entry)
    yield from joiner.flush()


@dataclass
class PageJoiner:
    """Holds the first pages of a split article until the record of its next page comes."""

    waiting: dict[str, list[tuple[Article, ArchivePage]]] = field(default_factory=dict)

    def add(self, article: Article, page: ArchivePage) -> Iterator[Extracted]:
        parts = [*self.waiting.pop(page.url, []), (article, page)]
        visited = tuple(part.url for part, _ in parts if part.url)  # as the crawl's spider does
        next_url = None
        first = (*visited, page.url)[0]
        if len(parts) < MAX_PAGES and may_continue(page.body, page.url, first):
            next_url = next_page_url(page.body, page.url, None, first, visited)
        if next_url is None:
            yield Extracted(merge_pages([part for part, _ in parts]), parts[0][1])
            return
        self.waiting[next_url] = parts
        if len(self.waiting) > MAX_WAITING:
            oldest = next(iter(self.waiting))
            yield self.incomplete(oldest, NOT_IN_ARCHIVE)

    def fail(self, page: ArchivePage, error: ExtractionError) -> Iterator[Extracted | Failed]:
        """A later page that fails ships the pages before it, noted, as the crawl does."""
        if page.url in self.waiting:
            yield self.incomplete(page.url, error.reason)
        else:
            yield Failed(page, error)

    def flush(self) -> Iterator[Extracted]:
        while self.waiting:
            yield self.incomplete(next(iter(self.waiting)), NOT_IN_ARCHIVE)

    def incomplete(self, next_url: str, reason: str) -> Extracted:
        parts = self.waiting.pop(next_url)
        parts[-1][0].notes.append(f"incomplete: {next_url}: {reason}")
        return Extracted(merge_pages([part for part, _ in parts]), parts[0][1])


# The crawl's own pre-check (`crawler.multipage.NEXT_MARKER`) ignores case, which makes
# `re` test every byte: 0.4 s over the 181 aeb pages. Written in lower case, as pages
# write it, the search jumps between literal "rel"s: 0.04 s, and the same 16 pages.
LOWERCASE_NEXT = re.compile(rb"""rel\s*=\s*["']?next""")
NEXT_TAG = re.compile(rb"<(?:link|a)\b[^>]*\brel\s*=\s*[\"']?[^>]*\bnext\b[^>]*>", re.IGNORECASE)
HREF = re.compile(rb"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def may_continue(body: bytes, url: str, first: str) -> bool:
    """Whether a `rel=next` link of the page could continue the article, read without parsing.

    Most `rel=next` links lead elsewhere (comment pages, the next story); parsing every
    such page to find out cost 14% of extraction on the development set (aeb).
    """
    if not LOWERCASE_NEXT.search(body):
        return False
    for tag in NEXT_TAG.finditer(body):
        href = HREF.search(tag.group(0))
        target = href.group(1).decode("utf-8", "replace").strip() if href else ""
        if target and continues(first, urljoin(url, target)):
            return True
    return False


@dataclass
class ReplayTally:
    """What became of an archive's records, for the summary line and the stats."""

    articles: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    damaged: Counter[str] = field(default_factory=Counter)

    def count(self, entry: ReplayEntry) -> None:
        if isinstance(entry, Extracted):
            self.articles += 1
        elif isinstance(entry, Failed):
            self.failed += 1
        elif isinstance(entry, Skipped):
            self.skipped[entry.outcome.value] += 1
        else:
            self.damaged[entry.outcome.value] += 1

    def summary(self) -> str:
        parts = [f"{self.articles} articles", f"{self.failed} failed"]
        for label, counts in (("skipped", self.skipped), ("damaged", self.damaged)):
            if counts:
                listed = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
                parts.append(f"{label} {listed}")
        return "; ".join(parts)
