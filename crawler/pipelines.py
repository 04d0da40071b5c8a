"""Item pipelines: validate, then deduplicate, then (through feed exports) ship.

Extraction happens in the spider (it needs the response); these pipelines see finished
`Article`s. A dropped item raises `DropItem` with its reason and counts
`presswash/dropped/<reason>`, so every article is accounted for in the stats.
"""

from __future__ import annotations

import hashlib
import logging

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from cleaners.text import normalise

from .state import CrawlState, crawl_state

logger = logging.getLogger(__name__)

DEFAULT_MIN_WORDS = 50  # shorter "articles" are stubs, captions or error pages


def drop(crawler: Crawler, reason: str, message: str) -> DropItem:
    assert crawler.stats is not None
    crawler.stats.inc_value(f"presswash/dropped/{reason}")
    return DropItem(f"{reason}: {message}")


def body_hash(text: str) -> str:
    """Hash of the body with whitespace and case normalised: the same story re-served."""
    return hashlib.sha256(normalise(text).lower().encode("utf-8")).hexdigest()


class ValidateArticlePipeline:
    """Drop items without a headline or with fewer than `PRESSWASH_MIN_WORDS` words."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.min_words = crawler.settings.getint("PRESSWASH_MIN_WORDS", DEFAULT_MIN_WORDS)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidateArticlePipeline:
        return cls(crawler)

    def process_item(self, item: object) -> object:
        article = ItemAdapter(item)
        if not (article.get("headline") or "").strip():
            raise drop(self.crawler, "no-headline", str(article.get("url")))
        words = int(article.get("wordCount") or 0)
        if words < self.min_words:
            raise drop(
                self.crawler, "too-short", f"{article.get('url')}: {words} < {self.min_words} words"
            )
        return item


class DeduplicateArticlePipeline:
    """Drop an article whose canonical URL or body was emitted before, in this run or earlier.

    An article is recorded in the crawl state only once the feed holds it (on
    `item_scraped`, after the feed exporter wrote it): recorded when it passed this
    pipeline, a commit made for another item could save it as emitted while it still
    waited to be written, and a hard kill then would lose it for good. Until then it is
    pending, which is enough to drop a second copy within the run.
    """

    def __init__(self, crawler: Crawler, state: CrawlState) -> None:
        self.crawler = crawler
        self.state = state
        self.pending_urls: set[str] = set()
        self.pending_bodies: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeduplicateArticlePipeline:
        pipeline = cls(crawler, crawl_state(crawler))
        crawler.signals.connect(pipeline.article_emitted, signal=signals.item_scraped)
        return pipeline

    def process_item(self, item: object) -> object:
        canonical, digest = article_keys(item)
        reason = self.state.has_article(canonical, digest) or self.pending_reason(canonical, digest)
        if reason:
            url = ItemAdapter(item).get("url")
            raise drop(self.crawler, reason, f"{url} (canonical {canonical})")
        if canonical:
            self.pending_urls.add(canonical)
        self.pending_bodies.add(digest)
        return item

    def pending_reason(self, canonical: str | None, digest: str) -> str | None:
        if canonical and canonical in self.pending_urls:
            return "duplicate-url"
        return "duplicate-body" if digest in self.pending_bodies else None

    def article_emitted(self, item: object, response: object, spider: object) -> None:
        canonical, digest = article_keys(item)
        self.state.add_article(canonical, digest)
        self.pending_urls.discard(canonical or "")
        self.pending_bodies.discard(digest)


def article_keys(item: object) -> tuple[str | None, str]:
    """What makes an article a repeat: its canonical URL (else its URL) and its body hash."""
    article = ItemAdapter(item)
    canonical = article.get("canonicalUrl") or article.get("url")
    return canonical, body_hash(article.get("articleBody") or "")
