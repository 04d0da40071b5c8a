"""Discovery: read listings (robots.txt, sitemaps, feeds, home pages) into candidates.

Listings are only collected from, never extracted; the candidates they yield are
scheduled by `ArticleSpider` (newest first, when the engine goes idle) or, in a shared
crawl, queued at once (`shared_candidate_requests`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from ..discovery import (
    Candidate,
    DocumentKind,
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
from .outcomes import failure_reason

DISCOVERY_PRIORITY = 100  # listings before articles, so the newest-first order is complete
DONE_IN_EARLIER_RUN = "done-in-earlier-run"
LISTING_META = "presswash_listing"  # a shared crawl's frontier filters these (crawler.frontier)


class ListingReader:
    """Mixin of `ArticleSpider`: from listing URLs to candidates."""

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
            meta={LISTING_META: True},
        )  # robots.txt too goes through RobotsTxtMiddleware: fetched once (middlewares/robots.py)

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
            if reason == DONE_IN_EARLIER_RUN:  # counted once per article, not per listing
                self.done_before.add(url_key(candidate.url))
                self.stat_set(f"presswash/discovery/skipped/{reason}", len(self.done_before))
            elif reason:
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
        return DONE_IN_EARLIER_RUN if self.crawl_state.is_done(url_key(candidate.url)) else None

    def listing_failed(self, failure: Failure) -> None:
        self.count(f"presswash/listings/failed/{failure_reason(failure)}")
        self.logger.warning("listing %s failed: %s", failure.request.url, failure.value)


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
