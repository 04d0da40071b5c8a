"""`FrontierScheduler`: scrapy-redis's scheduler, queue and dupefilter, with a ledger.

scrapy-redis pops a request and forgets it, so a worker killed mid-page loses what it
held. Here the pop moves the request into the worker's ledger in one Lua script, and
the request leaves the ledger only once its outcome is recorded (`ledger.py`); a dead
worker's ledger returns to the queue (`workers.py`).

Listings (robots.txt, sitemaps, feeds) are read again on every run, so in a
one-process crawl they bypass the duplicate filter. Here the filter lives only as long
as the crawl, so listings go through it too: two workers never read one sitemap twice,
and the seed URL is fetched once. Retries and an article's next pages still bypass it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis import picklecompat
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from ..spiders.base import LISTING_META
from .dupefilter import SharedDupeFilter
from .ledger import LEDGER_META
from .worker import Frontier, frontier_of
from .workers import WorkerRegistry

logger = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 0.5  # an idle worker looks at the shared queue this often (Scrapy: 5)

# Mark the fingerprint seen and queue the request in one step: two calls left a window
# where a killed worker had marked a request seen without queueing it, and the refetch
# of its listing (taken back from the ledger) then filtered it as a duplicate.
PUSH = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


class LedgerQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop also records the request in the ledger."""

    def __init__(self, registry: WorkerRegistry, spider: Spider, key: str) -> None:
        super().__init__(registry.server, spider, key, serializer=picklecompat)
        self.registry = registry

    def pop(self, timeout: int = 0) -> Request | None:
        found = self.registry.pop()
        if found is None:
            return None
        ledger_id, data = found
        request = self._decode_request(data)
        request.meta[LEDGER_META] = ledger_id
        return request


class FrontierScheduler(Scheduler):  # type: ignore[misc]
    def __init__(self, frontier: Frontier, crawler: Crawler) -> None:
        keys = frontier.keys
        super().__init__(
            frontier.server,
            persist=True,  # the queue belongs to the crawl, not to the worker that closes
            queue_key=keys.queue,
            dupefilter=SharedDupeFilter(frontier.server, keys.dupefilter, crawler.stats),
            dupefilter_key=keys.dupefilter,
        )
        self.frontier = frontier
        self.crawler = crawler
        self.stats = crawler.stats
        self.reseeding: asyncio.Task[None] | None = None
        self._push = frontier.server.register_script(PUSH)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierScheduler:
        scheduler = cls(frontier_of(crawler), crawler)
        crawler.signals.connect(scheduler.keep_alive, signal=signals.spider_idle)
        return scheduler

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.queue = LedgerQueue(self.frontier.registry, spider, self.frontier.keys.queue)
        self.frontier.start()
        # Scrapy re-checks an idle engine every 5 s; a worker waiting for others' work
        # would sit out 5 s each time the shared queue ran dry for a moment.
        engine = self.crawler.engine
        if engine is not None:
            engine._SLOT_HEARTBEAT_INTERVAL = IDLE_POLL_SECONDS
        if queued := len(self.queue):
            logger.info("joining a crawl in progress: %d requests queued", queued)

    def close(self, reason: str) -> None:
        self.frontier.stop(finished=reason == "finished")

    def enqueue_request(self, request: Request) -> bool:
        if (
            request.dont_filter
            and request.meta.get(LISTING_META)
            and "retry_times" not in request.meta
        ):
            request = request.replace(dont_filter=False)
        try:
            queued = self.push(request)
            if parent := request.meta.get(LEDGER_META):  # a retry or redirect of a held request
                self.frontier.ledger.handed_on(parent)
        except redis.RedisError as exc:
            self.frontier.give_up(exc)
            return False
        return bool(queued)

    def next_request(self) -> Request | None:
        if self.frontier.failed:
            return None
        try:
            request = self.queue.pop()
        except redis.RedisError as exc:
            self.frontier.give_up(exc)
            return None
        if request is not None and self.stats is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request  # type: ignore[no-any-return]

    def push(self, request: Request) -> bool:
        """scrapy-redis's enqueue (its fingerprint, encoding and score), in one atomic step."""
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        data = self.queue._encode_request(request)
        keys = [self.df.key, self.queue.key]
        if not self._push(keys=keys, args=[fingerprint, -request.priority, data]):
            self.df.log(request, self.spider)
            return False
        if self.stats is not None:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def has_pending_requests(self) -> bool:
        try:
            return not self.frontier.failed and len(self) > 0
        except redis.RedisError as exc:
            self.frontier.give_up(exc)
            return False

    def keep_alive(self, spider: Spider) -> None:
        """On idle: wait while others hold work; take back what dead workers held."""
        if self.frontier.failed:
            return
        if self.reseeding is not None and not self.reseeding.done():
            raise DontCloseSpider
        try:
            check = self.frontier.registry.idle()
            if check.seed_orphaned and self.frontier.registry.claim_seed():
                logger.warning("the seeding worker died; seeding discovery again")
                self.reseeding = asyncio.ensure_future(self.reseed(spider))
                raise DontCloseSpider
        except redis.RedisError as exc:
            self.frontier.give_up(exc)
            return
        if check.recovered:
            logger.warning("took back %d requests from workers that stopped", check.recovered)
            assert self.stats is not None
            self.stats.inc_value("presswash/frontier/recovered", check.recovered)
        if not check.crawl_over:
            raise DontCloseSpider

    async def reseed(self, spider: Any) -> None:
        engine = self.crawler.engine
        assert engine is not None
        async for request in spider.start():
            engine.crawl(request)
        self.frontier.registry.seed_done()
