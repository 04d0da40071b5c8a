"""Release a request from this worker's ledger once its outcome is recorded.

A popped request stays in the worker's Redis ledger (see `workers.py`) until:
- its callback's output is exhausted and every item it yielded was scraped, dropped or
  failed (the requests it yielded are in the shared queue by then: this middleware
  schedules them itself, see `LedgerSpiderMiddleware`);
- its download failed for good (`process_exception` not turned into a retry);
- a retry or redirect of it was pushed to the queue (`Ledger.handed_on`).

If an outcome could not be written because Redis went away, the request goes back to
the queue instead, so an outage costs a second fetch, never an article.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING, Any

import redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from ..state import crawl_state

if TYPE_CHECKING:
    from .workers import WorkerRegistry

logger = logging.getLogger(__name__)

LEDGER_META = "presswash_ledger"


def ledger_id(response: Response | Failure | None) -> str | None:
    request = getattr(response, "request", None)
    return request.meta.get(LEDGER_META) if request is not None else None


class Ledger:
    """Counts the items of each held request still in the pipelines."""

    def __init__(
        self,
        registry: WorkerRegistry,
        crawler: Crawler,
        give_up: Callable[[Exception], None],
    ) -> None:
        self.registry = registry
        self.give_up = give_up
        self.crawler = crawler  # its stats exist only once the crawl starts
        self.items: Counter[str] = Counter()
        self.output_done: set[str] = set()
        self.failed: set[str] = set()  # an outcome hit a Redis error: requeue, don't release
        # Not item_scraped yet: this ledger is built with the spider, before the extensions,
        # so its handler would run before the FeedExporter's and release a request whose
        # item a kill then lost (no line written, nothing left to take back).
        crawler.signals.connect(self.follow_the_feed, signal=signals.spider_opened)
        crawler.signals.connect(self.item_finished, signal=signals.item_dropped)
        crawler.signals.connect(self.item_failed, signal=signals.item_error)

    def follow_the_feed(self) -> None:
        """Handle item_scraped after the feed (connected with the extensions, earlier)."""
        self.crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    def item_scraped(self, item: Any, response: Response | Failure | None) -> None:
        """The item is in the feed: commit its claim, then release its request. A kill
        before the commit leaves both to the refetch; after it, the refetch is dropped."""
        try:
            crawl_state(self.crawler).commit()
        except redis.RedisError as exc:
            self.give_up(exc)
        self.item_finished(item, response)

    def item_started(self, key: str) -> None:
        self.items[key] += 1

    def item_finished(self, item: Any, response: Response | Failure | None) -> None:
        key = ledger_id(response)
        if key is not None and self.items[key] > 0:
            self.items[key] -= 1
            self.settle(key)

    def item_failed(self, item: Any, response: Response | Failure | None, failure: Failure) -> None:
        key = ledger_id(response)
        if key is not None and failure.check(redis.RedisError):
            self.failed.add(key)
            self.give_up(failure.value)
        self.item_finished(item, response)

    def finish_output(self, key: str, error: BaseException | None = None) -> None:
        if isinstance(error, redis.RedisError):
            self.failed.add(key)
        self.output_done.add(key)
        self.settle(key)

    def settle(self, key: str) -> None:
        if key not in self.output_done or self.items[key] > 0:
            return
        self.output_done.discard(key)
        del self.items[key]
        try:
            if key in self.failed:
                self.failed.discard(key)
                self.registry.requeue(key)
                self.count("presswash/frontier/requeued-after-redis-error")
            else:
                self.registry.release(key)
        except redis.RedisError as exc:  # stays held; recovered once this worker is gone
            self.give_up(exc)

    def handed_on(self, key: str) -> None:
        """A retry or redirect of a held request is in the queue: it carries the work on."""
        self.items.pop(key, None)
        self.output_done.discard(key)
        self.registry.release(key)

    def download_failed(self, key: str) -> None:
        self.output_done.add(key)
        self.settle(key)

    def count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)


class LedgerSpiderMiddleware:
    """Sees each response's output through to its end, then settles its ledger entry.

    A held response's requests are scheduled here, one by one, instead of being yielded:
    Scrapy (2.13+) reads a callback's output ahead of the tasks that schedule it (up to
    twice `CONCURRENT_ITEMS` outputs wait in a queue), so the output could end, and the
    ledger entry be released, while the last requests were not in the shared queue yet;
    a kill then lost them (the listing was no longer held, their fingerprints maybe
    already seen). `engine.crawl` is what Scrapy does with a yielded request.
    """

    def __init__(self, ledger: Ledger, crawler: Crawler) -> None:
        self.ledger = ledger
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerSpiderMiddleware:
        from .worker import frontier_of

        return cls(frontier_of(crawler).ledger, crawler)

    def passed_on(self, key: str, output: Any) -> bool:
        """False when `output` was a request, now scheduled; True for an item to yield."""
        if isinstance(output, Request) and self.crawler.engine is not None:
            self.crawler.engine.crawl(output)
            return False
        if not isinstance(output, Request):
            self.ledger.item_started(key)
        return True

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        key = ledger_id(response)
        if key is None:
            yield from result
            return
        try:
            for output in result:
                if self.passed_on(key, output):
                    yield output
        except BaseException as exc:
            self.ledger.finish_output(key, exc)
            raise
        self.ledger.finish_output(key)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        key = ledger_id(response)
        if key is None:
            async for output in result:
                yield output
            return
        try:
            async for output in result:
                if self.passed_on(key, output):
                    yield output
        except BaseException as exc:
            self.ledger.finish_output(key, exc)
            raise
        self.ledger.finish_output(key)


class LedgerDownloaderMiddleware:
    """A download that failed for good (no retry took it over) settles its entry.

    Ordered before the retry middleware, so its `process_exception` runs after the
    retry middleware declined; the errback runs next, in the same reactor turn.
    """

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerDownloaderMiddleware:
        from .worker import frontier_of

        return cls(frontier_of(crawler).ledger)

    def process_exception(self, request: Request, exception: Exception) -> None:
        if key := request.meta.get(LEDGER_META):
            self.ledger.download_failed(key)
