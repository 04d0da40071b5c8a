"""`ArticleSpider`: discovery, newest-first scheduling, extraction, multi-page merging.

A site spider only states where its site publishes listings and what its article URLs
look like. Discovery runs first (robots.txt `Sitemap:` lines, sitemap indexes, news
sitemaps, feeds, home pages) and only collects candidates; when the engine goes idle,
the candidates are scheduled newest first, skipping URLs a previous run finished, in
batches that stop once `-a limit=N` articles came out.

Every article request ends in exactly one stats key, so a crawl can be audited:
`presswash/articles/requested` = `item_scraped_count` + `presswash/dropped/*` +
`presswash/skipped/*` + `presswash/failed/*` + `presswash/filtered/*`.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from lxml import html as lxml_html
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from cleaners import Article, ExtractionError
from cleaners.sites import default_registry

from ..discovery import (
    Candidate,
    CandidateQueue,
    DocumentKind,
    UrlRules,
    XmlRefused,
    feed_links,
    page_links,
    parse_feed,
    parse_sitemap,
    robots_sitemaps,
    sniff,
)
from ..discovery.candidates import url_key
from ..discovery.sitemaps import SitemapKind
from ..extraction import Extractor, ExtractorCrashed, extract_workers
from ..multipage import MAX_PAGES, merge_pages, next_page_url
from ..state import CrawlState, crawl_state

DISCOVERY_PRIORITY = 100  # listings before articles, so the newest-first order is complete
PART_PRIORITY = 10  # an article's next page before the next article
UNDATED_AGE = 100_000  # days: in a shared queue, undated candidates come after dated ones
CANDIDATE_META = "presswash_candidate"
LISTING_META = "presswash_listing"  # a shared crawl's frontier filters these (crawler.frontier)
PARTS_META = "presswash_parts"
SITE_RULE_MISSED = "site-rule-missed"
MAX_HEAD_BYTES = 300_000  # a canonical link sits in the head, well before this


class ArticleSpider(scrapy.Spider):
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
        self.since: date | None = date.fromisoformat(since) if since else None
        self.limit: int | None = int(limit) if limit else None
        self.candidates = CandidateQueue(self.since)
        self.listings_seen: set[str] = set()
        self.emitted = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticleSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl_state = crawl_state(crawler)
        spider.extractor = Extractor(extract_workers(crawler.settings))
        crawler.signals.connect(spider.extractor.close, signal=signals.spider_closed)
        spider.replay_hosts = frozenset(crawler.settings.getlist("PRESSWASH_REPLAY_HOSTS"))
        spider.share_candidates = bool(crawler.settings.get("PRESSWASH_REDIS_URL"))
        spider.max_child_sitemaps = crawler.settings.getint(
            "PRESSWASH_MAX_CHILD_SITEMAPS", cls.max_child_sitemaps
        )
        crawler.signals.connect(spider.schedule_candidates, signal=signals.spider_idle)
        crawler.signals.connect(spider.article_emitted, signal=signals.item_scraped)
        crawler.signals.connect(spider.article_dropped, signal=signals.item_dropped)
        return spider

    crawl_state: CrawlState  # not `state`: Scrapy keeps JOBDIR spider state in that one
    replay_hosts: frozenset[str] = frozenset()
    # A shared crawl (crawler.frontier) queues candidates as soon as a listing is read: held
    # in this process until idle, they would die with it, and other workers wait for them.
    share_candidates: bool = False
    extractor: Extractor

    # -- discovery -------------------------------------------------------------------

    def discovery_urls(self) -> list[str]:
        robots = [urljoin(self.home_url, "/robots.txt")] if self.home_url else []
        return list(dict.fromkeys([*robots, *self.sitemap_urls, *self.feed_urls]))

    async def start(self) -> AsyncIterator[Request]:
        for url in self.discovery_urls():
            if request := self.listing_request(url):
                yield request

    def listing_request(self, url: str) -> Request | None:
        if url in self.listings_seen:
            return None
        self.listings_seen.add(url)
        if problem := url_problem(url):  # a robots.txt naming file:///etc/passwd
            self.count(f"presswash/listings/refused/{problem}")
            self.logger.warning("refused listing URL %.200r: %s", url, problem)
            return None
        self.count("presswash/listings/requested")
        return Request(
            url,
            callback=self.parse_listing,
            errback=self.listing_failed,
            priority=DISCOVERY_PRIORITY,
            dont_filter=True,  # listings are re-read on every run; JOBDIR must not skip them
            meta={"dont_obey_robotstxt": url.endswith("/robots.txt"), LISTING_META: True},
        )

    def parse_listing(self, response: Response) -> Iterator[Request]:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        kind = sniff(response.url, response.body, content_type)
        self.count(f"presswash/listings/{kind.value}")
        try:
            if kind is DocumentKind.ROBOTS:
                yield from self.read_robots(response)
            elif kind is DocumentKind.SITEMAP:
                yield from self.read_sitemap(response)
            elif kind is DocumentKind.FEED:
                self.collect(parse_feed(response.body, response.url))
            else:
                yield from self.read_page(response)
        except XmlRefused as exc:
            self.count("presswash/listings/refused")
            self.logger.warning("refused listing %s: %s", response.url, exc)
        if self.share_candidates:
            yield from self.shared_candidate_requests()

    def read_robots(self, response: Response) -> Iterator[Request]:
        text = response.text if hasattr(response, "text") else ""
        for url in robots_sitemaps(text):
            if request := self.listing_request(url):
                yield request

    def read_sitemap(self, response: Response) -> Iterator[Request]:
        sitemap = parse_sitemap(response.body, response.url)
        if sitemap.kind is SitemapKind.URLSET:
            self.collect(sitemap.urls)
            return
        children = sorted(sitemap.sitemaps, key=lambda child: child.lastmod or "", reverse=True)
        kept = [
            child
            for child in children
            if not (self.since and child.lastmod and child.lastmod[:10] < self.since.isoformat())
        ]
        self.count("presswash/listings/skipped-old-sitemap", len(children) - len(kept))
        for child in kept[: self.max_child_sitemaps]:
            if request := self.listing_request(child.url):
                yield request

    def read_page(self, response: Response) -> Iterator[Request]:
        if not response.body.strip():
            return
        try:
            root = lxml_html.fromstring(response.body)
        except (etree.ParserError, ValueError) as exc:  # a comment only, or no markup
            self.logger.info("listing page %s has no HTML to read: %s", response.url, exc)
            self.count("presswash/discovery/failed/unparseable-page")
            return
        for url in feed_links(root, response.url):
            if request := self.listing_request(url):
                yield request
        self.collect(
            link for link in page_links(root, response.url) if looks_like_article(link.url)
        )

    def collect(self, candidates: Any) -> None:
        for candidate in candidates:
            reason = self.candidate_skip_reason(candidate)
            if reason:
                self.count(f"presswash/discovery/skipped/{reason}")
            elif self.candidates.add(candidate):
                self.count("presswash/discovery/candidates")
        self.stat_set("presswash/discovery/duplicates", self.candidates.duplicates)
        self.stat_set("presswash/discovery/skipped/older-than-since", self.candidates.too_old)

    def candidate_skip_reason(self, candidate: Candidate) -> str | None:
        if problem := url_problem(candidate.url):
            return problem
        host = urlsplit(candidate.url).hostname or ""
        if self.allowed_domains and not any(
            host == domain or host.endswith(f".{domain}") for domain in self.allowed_domains
        ):
            return "offsite"
        reason = self.url_rules.skip_reason(candidate.url)
        if reason:
            return reason
        return "done-in-earlier-run" if self.crawl_state.is_done(url_key(candidate.url)) else None

    def listing_failed(self, failure: Failure) -> None:
        self.count(f"presswash/listings/failed/{failure_reason(failure)}")
        self.logger.warning("listing %s failed: %s", failure.request.url, failure.value)

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

    # -- articles --------------------------------------------------------------------

    async def parse_article(self, response: Response) -> AsyncIterator[Article | Request]:
        candidate_url = response.meta[CANDIDATE_META]
        earlier: list[Article] = response.meta.get(PARTS_META, [])
        try:
            article = await self.extract(response)
        except ExtractionError as exc:
            if earlier:  # a later page is broken: ship the pages we have, noted
                for item in self.finish_incomplete(
                    earlier, response.url, exc.reason, candidate_url
                ):
                    yield item
            elif isinstance(exc, ExtractorCrashed):  # not marked done: a fixed release retries it
                self.count(f"presswash/failed/{exc.reason}")
            else:
                self.skip(candidate_url, exc.reason, str(exc))
            return
        parts = [*earlier, article]
        next_url = None
        if len(parts) < MAX_PAGES:
            visited = tuple(part.url for part in parts if part.url)
            next_url = next_page_url(
                response.body, response.url, self.next_page_css, visited[0], visited
            )
        if next_url:
            self.count("presswash/articles/next-page")
            yield response.follow(
                next_url,
                callback=self.parse_article,
                errback=self.part_failed,
                priority=PART_PRIORITY,
                dont_filter=True,  # a filtered page would lose the whole article silently
                meta={CANDIDATE_META: candidate_url, PARTS_META: parts},
            )
            return
        for item in self.finish(merge_pages(parts), candidate_url):
            yield item

    def finish(self, article: Article, candidate_url: str) -> Iterator[Article]:
        if self.since and (day := published_day(article)) and day < self.since:
            self.skip(candidate_url, "older-than-since", f"published {article.datePublished}")
            return
        yield article

    def finish_incomplete(
        self, parts: list[Article], failed_url: str, reason: str, candidate_url: str
    ) -> Iterator[Article]:
        self.count(f"presswash/articles/incomplete/{reason}")
        self.logger.warning("article %s: page %s failed (%s)", candidate_url, failed_url, reason)
        parts[-1].notes.append(f"incomplete: {failed_url}: {reason}")
        yield from self.finish(merge_pages(parts), candidate_url)

    async def extract(self, response: Response) -> Article:
        """The response's article; raises `ExtractionError` (the caller decides)."""
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        url = response.url
        if urlsplit(url).hostname in self.replay_hosts:
            url = canonical_link(response.body, url) or url
        today = datetime.now(UTC).date()
        article = await self.extractor.extract(response.body, url, content_type, today)
        self.note_removals(article, url)
        return article

    def note_removals(self, article: Article, url: str) -> None:
        for removal in article.removed:
            self.count(f"presswash/removed/{removal.kind.value}")
        if any(note.startswith(SITE_RULE_MISSED) for note in article.notes):
            rule = default_registry().match(url)
            self.count(f"presswash/site_rule_missed/{rule.site if rule else 'unknown'}")

    def skip(self, candidate_url: str, reason: str, message: str) -> None:
        self.logger.info("skipped %s (%s): %s", candidate_url, reason, message)
        self.count(f"presswash/skipped/{reason}")
        self.crawl_state.mark_done(url_key(candidate_url))

    def article_failed(self, failure: Failure) -> None:
        reason = failure_reason(failure)
        self.count(f"presswash/failed/{reason}")
        self.logger.warning("failed %s (%s): %s", failure.request.url, reason, failure.value)

    def part_failed(self, failure: Failure) -> Iterator[Article]:
        meta = failure.request.meta
        yield from self.finish_incomplete(
            meta[PARTS_META], failure.request.url, failure_reason(failure), meta[CANDIDATE_META]
        )

    # -- outcomes --------------------------------------------------------------------

    def article_emitted(self, item: Any, response: Response) -> None:
        self.emitted += 1
        self.mark_done(response)

    def article_dropped(self, item: Any, response: Response, exception: Exception) -> None:
        self.mark_done(response)

    def mark_done(self, response: Response) -> None:
        candidate = response.meta.get(CANDIDATE_META)
        if candidate:
            self.crawl_state.mark_done(url_key(candidate))

    def count(self, key: str, value: int = 1) -> None:
        assert self.crawler.stats is not None
        if value:
            self.crawler.stats.inc_value(key, value)

    def stat_set(self, key: str, value: int) -> None:
        assert self.crawler.stats is not None
        if value:
            self.crawler.stats.set_value(key, value)


def url_problem(url: str) -> str | None:
    """Why a URL from a listing must not be fetched: "bad-url", "bad-scheme", or None.

    Listings come from the network: Scrapy would read a `file://` URL from disk and
    `urlsplit` raises on "http://[", which would abort the rest of the listing.
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return "bad-url"
    return None if scheme in ("http", "https") else "bad-scheme"


def failure_reason(failure: Failure) -> str:
    """A stats-key slug for why a request failed."""
    if failure.check(HttpError):
        return f"http-{failure.value.response.status}"
    if failure.check(IgnoreRequest):
        message = str(failure.value).lower()
        if "robots.txt" in message:
            return "robots-txt"
        return "offsite" if "offsite" in message else "ignored"
    name = type(failure.value).__name__
    slug = "".join(f"-{ch.lower()}" if ch.isupper() else ch for ch in name).strip("-")
    return slug.removesuffix("-error") or "error"


CANONICAL_TAG = re.compile(rb"<link\b[^>]*\brel=[\"']?canonical\b[^>]*>", re.IGNORECASE)
HREF = re.compile(rb"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def canonical_link(body: bytes, url: str) -> str | None:
    """The page's `<link rel="canonical">`, read without parsing (replay hosts only)."""
    tag = CANONICAL_TAG.search(body[:MAX_HEAD_BYTES])
    href = HREF.search(tag.group(0)) if tag else None
    if href is None:
        return None
    return urljoin(url, href.group(1).decode("utf-8", "replace").strip())


def published_day(article: Article) -> date | None:
    if not article.datePublished:
        return None
    try:
        return datetime.fromisoformat(article.datePublished).date()
    except ValueError:
        return None


def looks_like_article(url: str) -> bool:
    """An undated link from a home page is worth fetching if its path reads like a story:
    a dated path, or a last segment of several hyphenated words (`/why-chips-cost-more`).
    """
    path = urlsplit(url).path
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return False
    has_date = any(segment.isdigit() and len(segment) == 4 for segment in segments)
    slug = max(segments, key=lambda segment: segment.count("-"))
    return has_date or slug.count("-") >= 2
