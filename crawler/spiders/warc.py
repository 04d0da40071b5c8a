"""`scrapy crawl warc -a path=FILE_OR_DIR_OR_URL`: a web archive's articles, through the pipelines.

The pages come from WARC records instead of the network, and then go where a crawl's go:
validation, deduplication, the incremental state (a URL emitted by an earlier run is not
extracted again) and the feed exports. `path` may be a Common Crawl listing
(`warc.paths.gz`); `-a since=YYYY-MM-DD` skips files and articles older than that day and
`-a limit=N` stops after N articles. Local files are streamed from disk; a remote archive
is downloaded whole (CC-NEWS files are about 1 GB) and read from memory.

Record outcomes are counted under `presswash/warc/`: `pages`, `skipped/<outcome>` for
records that are not pages (revisits, redirects, images) and `damaged/<outcome>` for
damage in the archive (truncated records, broken gzip), which is also logged.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from cleaners import Article
from presswash.archives import ArchiveError, ArchivePage, Broken, Entry, Skipped, read_archive
from presswash.archives import read_archive_file as read_file
from presswash.replay import Extracted, Failed, replay

from ..discovery.candidates import url_key
from ..extraction import ExtractorCrashed, extract_page
from ..multipage import next_page_url
from ..state import CrawlState, crawl_state
from ..warc.sources import COMMON_CRAWL, find_sources, not_before, read_listing
from .base import canonical_link, failure_reason, published_day

ARCHIVE_MAXSIZE = 2 * 1024**3  # a CC-NEWS file is ~1 GB; DOWNLOAD_MAXSIZE is for pages
ARCHIVE_TIMEOUT = 3600  # seconds: DOWNLOAD_TIMEOUT is for pages, not 1 GB files
SETTLE_SECONDS = 0.05  # how often `limit` waits for the pipelines to decide on items


class WarcSpider(scrapy.Spider):
    name = "warc"

    def __init__(
        self,
        *args: Any,
        path: str = "",
        since: str | None = None,
        limit: str | None = None,
        base: str = COMMON_CRAWL,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not path:
            raise ValueError("scrapy crawl warc needs -a path=FILE_OR_DIR_OR_URL")
        self.sources = find_sources(path, base)  # a bad path fails here, before the crawl
        self.base = base
        self.since: date | None = date.fromisoformat(since) if since else None
        self.limit: int | None = int(limit) if limit else None
        self.yielded = self.emitted = self.dropped = 0
        self.queue: list[str] = []  # remote archives not yet requested

    crawl_state: CrawlState
    replay_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WarcSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl_state = crawl_state(crawler)
        spider.replay_hosts = frozenset(crawler.settings.getlist("PRESSWASH_REPLAY_HOSTS"))
        crawler.signals.connect(spider.article_emitted, signal=signals.item_scraped)
        crawler.signals.connect(spider.article_dropped, signal=signals.item_dropped)
        return spider

    async def start(self) -> AsyncIterator[Article | Request]:
        sources = self.sources
        if sources.listing_url:
            yield Request(sources.listing_url, callback=self.parse_listing, errback=self.failed)
        self.queue = self.recent(sources.urls)
        if request := self.next_archive():
            yield request
        for path in sources.files:
            async for article in self.articles(read_file(path)):
                yield article

    def recent(self, names: list[str]) -> list[str]:
        kept = not_before(names, self.since)
        self.count("presswash/warc/archives/skipped-older-than-since", len(names) - len(kept))
        return kept

    def next_archive(self) -> Request | None:
        """The next remote archive: one at a time, each held in memory only while read."""
        if not self.queue or (self.limit is not None and self.emitted >= self.limit):
            return None
        self.count("presswash/warc/archives/requested")
        return Request(
            self.queue.pop(0),
            callback=self.parse_archive,
            errback=self.archive_failed,
            meta={
                "download_maxsize": ARCHIVE_MAXSIZE,
                "download_warnsize": 0,
                "download_timeout": ARCHIVE_TIMEOUT,
            },
        )

    def parse_listing(self, response: Response) -> Iterator[Request]:
        self.queue = self.recent(read_listing(response.body, self.base))
        if request := self.next_archive():
            yield request

    async def parse_archive(self, response: Response) -> AsyncIterator[Article | Request]:
        async for article in self.articles(read_archive(io.BytesIO(response.body), response.url)):
            yield article
        if request := self.next_archive():
            yield request

    def archive_failed(self, failure: Failure) -> Iterator[Request]:
        self.failed(failure)
        if request := self.next_archive():
            yield request

    async def articles(self, entries: Iterable[Entry]) -> AsyncIterator[Article]:
        """The archive's articles, counted; stops once `limit` articles came out."""
        try:
            for entry in replay(self.new_pages(entries), self.extract):
                if isinstance(entry, Extracted):
                    if await self.limit_reached():
                        return
                    if article := self.finish(entry.article):
                        self.yielded += 1
                        yield article
                else:
                    self.account(entry)
        except ArchiveError as exc:
            self.count("presswash/warc/archives/failed")
            self.logger.error("%s", exc)

    def new_pages(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        """The entries without pages of articles an earlier run finished.

        A later page of such an article is skipped too: without its first page it would
        come out as an article of its own.
        """
        first_page_of: dict[str, str] = {}  # a skipped article's next page -> its first page
        for entry in entries:
            if isinstance(entry, ArchivePage):
                self.count("presswash/warc/pages")
                first = first_page_of.pop(entry.url, None)
                if first or self.crawl_state.is_done(url_key(entry.url)):
                    self.count("presswash/warc/skipped/done-in-earlier-run")
                    first = first or entry.url
                    if next_url := next_page_url(entry.body, entry.url, None, first):
                        first_page_of[next_url] = first
                    continue
            yield entry

    def extract(self, page: ArchivePage) -> Article:
        """As the crawl's spiders extract: a replay host's page under its canonical URL."""
        url = page.url
        if urlsplit(url).hostname in self.replay_hosts:
            url = canonical_link(page.body, url) or url
        return extract_page(page.body, url, page.content_type, page.fetched.date())

    def finish(self, article: Article) -> Article | None:
        if self.since and (day := published_day(article)) and day < self.since:
            self.count("presswash/skipped/older-than-since")
            return None
        return article

    async def limit_reached(self) -> bool:
        """Whether `limit` articles were emitted, waiting for items the pipelines hold."""
        if self.limit is None:
            return False
        while (pending := self.yielded - self.emitted - self.dropped) and (
            self.emitted + pending >= self.limit
        ):
            await asyncio.sleep(SETTLE_SECONDS)
        return self.emitted >= self.limit

    def account(self, entry: Failed | Skipped | Broken) -> None:
        if isinstance(entry, Failed):
            error = entry.error
            slug = "failed" if isinstance(error, ExtractorCrashed) else "skipped"
            self.count(f"presswash/{slug}/{error.reason}")
            self.logger.info("%s %s (%s): %s", slug, entry.page.url, error.reason, error)
        elif isinstance(entry, Broken):
            self.count(f"presswash/warc/damaged/{entry.outcome}")
            self.logger.warning("%s: %s: %s", entry.where, entry.outcome, entry.reason)
        else:
            self.count(f"presswash/warc/skipped/{entry.outcome}")

    def failed(self, failure: Failure) -> None:
        self.count(f"presswash/warc/archives/failed/{failure_reason(failure)}")
        self.logger.error("archive %s failed: %s", failure.request.url, failure.value)

    def article_emitted(self, item: Any, response: Response | None) -> None:
        self.emitted += 1
        self.mark_done(item)

    def article_dropped(self, item: Any, response: Response | None, exception: Exception) -> None:
        self.dropped += 1
        self.mark_done(item)

    def mark_done(self, item: Any) -> None:
        if isinstance(item, Article) and item.url:
            self.crawl_state.mark_done(url_key(item.url))

    def count(self, key: str, value: int = 1) -> None:
        assert self.crawler.stats is not None
        if value:
            self.crawler.stats.inc_value(key, value)
