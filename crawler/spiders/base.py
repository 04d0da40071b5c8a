"""`ArticleSpider`: discovery, newest-first scheduling, extraction, multi-page merging.

A site spider only states where its site publishes listings and what its article URLs
look like. Discovery runs first (robots.txt `Sitemap:` lines, sitemap indexes, news
sitemaps, feeds, home pages) and only collects candidates; when the engine goes idle,
the candidates are scheduled newest first, skipping URLs a previous run finished, in
batches that stop once `-a limit=N` articles came out.

The parts live in modules of their own, each readable alone: `discovering.py` (listings
to candidates), `extracting.py` (a response to an article, next pages merged),
`outcomes.py` (one stats key per article request, done-marking); this module holds the
spider's set-up and scheduling, in one process or on a shared frontier (crawler.frontier).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider

from ..arguments import parse_limit, parse_since
from ..discovery import Candidate, CandidateQueue, UrlRules
from ..extraction import Extractor, extract_workers
from ..sitememory import CrawlMemories, site_memories
from ..state import CrawlState, crawl_state
from .discovering import (
    DISCOVERY_PRIORITY,
    DONE_IN_EARLIER_RUN,
    LISTING_META,
    ListingReader,
    looks_like_article,
    url_problem,
)
from .extracting import PART_PRIORITY, PARTS_META, ArticleReader, canonical_link, published_day
from .outcomes import CANDIDATE_META, OutcomeAccounting, failure_reason

__all__ = [
    "CANDIDATE_META",
    "DISCOVERY_PRIORITY",
    "DONE_IN_EARLIER_RUN",
    "LISTING_META",
    "PARTS_META",
    "PART_PRIORITY",
    "ArticleSpider",
    "canonical_link",
    "failure_reason",
    "looks_like_article",
    "published_day",
    "url_problem",
]

UNDATED_AGE = 100_000  # days: in a shared queue, undated candidates come after dated ones


class ArticleSpider(ListingReader, ArticleReader, OutcomeAccounting, scrapy.Spider):
    """Base for site spiders; subclasses set `name`, `allowed_domains` and listings."""

    home_url: ClassVar[str] = ""  # its robots.txt is read for `Sitemap:` lines
    sitemap_urls: ClassVar[tuple[str, ...]] = ()  # beyond those robots.txt lists
    feed_urls: ClassVar[tuple[str, ...]] = ()
    url_rules: ClassVar[UrlRules] = UrlRules()
    next_page_css: ClassVar[str | None] = None  # the link to an article's next page
    max_child_sitemaps: ClassVar[int] = 40  # newest children of a sitemap index to read

    def __init__(
        self, *args: Any, since: str | None = None, limit: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.since: date | None = parse_since(since)
        self.limit: int | None = parse_limit(limit)
        self.candidates = CandidateQueue(self.since)
        self.listings_seen: set[str] = set()
        self.done_before: set[str] = set()  # articles an earlier run emitted or dropped
        self.emitted = 0

    @classmethod
    def check_arguments(cls, **kwargs: Any) -> None:
        """Raise `SpiderArgumentError` for a bad `-a` argument, before any crawl starts."""
        cls(**kwargs)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticleSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl_state = crawl_state(crawler)
        spider.extractor = Extractor(
            extract_workers(crawler.settings), crawler.settings.getdict("PRESSWASH_CLEANERS")
        )
        crawler.signals.connect(spider.extractor.close, signal=signals.spider_closed)
        spider.memories = site_memories(crawler, spider.crawl_state)
        spider.replay_hosts = frozenset(crawler.settings.getlist("PRESSWASH_REPLAY_HOSTS"))
        spider.share_candidates = bool(crawler.settings.get("PRESSWASH_REDIS_URL"))
        if spider.share_candidates and spider.limit is not None:
            spider.logger.warning("-a limit is not applied in a shared crawl (docs/scale-out.md)")
        spider.max_child_sitemaps = crawler.settings.getint(
            "PRESSWASH_MAX_CHILD_SITEMAPS", cls.max_child_sitemaps
        )
        crawler.signals.connect(spider.schedule_candidates, signal=signals.spider_idle)
        crawler.signals.connect(spider.article_emitted, signal=signals.item_scraped)
        crawler.signals.connect(spider.article_dropped, signal=signals.item_dropped)
        return spider

    crawl_state: CrawlState  # not `state`: Scrapy keeps JOBDIR spider state in that one
    replay_hosts: frozenset[str] = frozenset()
    memories: CrawlMemories | None = None  # site memory per host (crawler/sitememory.py)
    # A shared crawl (crawler.frontier) queues candidates as soon as a listing is read: held
    # in this process until idle, they would die with it, and other workers wait for them.
    share_candidates: bool = False
    extractor: Extractor

    def closed(self, reason: str) -> None:
        """Save the site memories; runs before the crawl state closes (connected earlier)."""
        if self.memories:
            self.memories.close()

    # -- scheduling ------------------------------------------------------------------

    def schedule_candidates(self) -> None:
        """On idle: schedule the next batch, newest first, up to what `limit` still needs."""
        wanted = None if self.limit is None else self.limit - self.emitted
        if wanted is not None and wanted <= 0:
            return
        batch = self.candidates.take(wanted)
        if not batch:
            return
        assert self.crawler.engine is not None
        for candidate in batch:
            self.count("presswash/articles/requested")
            self.crawler.engine.crawl(self.article_request(candidate))
        raise DontCloseSpider

    def shared_candidate_requests(self) -> Iterator[Request]:
        """All candidates at once, newest first by priority in the shared queue."""
        today = datetime.now(UTC).date().toordinal()
        for candidate in self.candidates.take():
            self.count("presswash/articles/requested")
            day = candidate.day()
            age = today - day.toordinal() if day else UNDATED_AGE
            yield self.article_request(candidate, priority=-max(age, 0))

    def article_request(self, candidate: Candidate, priority: int = 0) -> Request:
        return Request(
            candidate.url,
            callback=self.parse_article,
            errback=self.article_failed,
            priority=priority,
            meta={CANDIDATE_META: candidate.url},
        )
