"""`Frontier`: the shared crawl as one worker process sees it, one per crawler.

It owns the Redis client, this worker's id and registry entry, and the heartbeat that
keeps the entry alive. The scheduler, the middlewares and the crawl state all reach the
same instance through `frontier_of(crawler)`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from weakref import WeakKeyDictionary

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from scrapy.crawler import Crawler
from twisted.internet.task import LoopingCall

from .connection import connect, redacted
from .keys import CrawlKeys
from .ledger import Ledger
from .workers import WorkerRegistry

logger = logging.getLogger(__name__)

DEFAULT_WORKER_TTL = 15.0  # seconds without a heartbeat before a worker counts as dead
DEFAULT_OUTAGE_SECONDS = 30.0  # how long the client keeps reconnecting before giving up
HEARTBEATS_PER_TTL = 3


class Frontier:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.url: str = settings.get("PRESSWASH_REDIS_URL")
        self.ttl = settings.getfloat("PRESSWASH_REDIS_WORKER_TTL", DEFAULT_WORKER_TTL)
        outage = settings.getfloat("PRESSWASH_REDIS_OUTAGE_SECONDS", DEFAULT_OUTAGE_SECONDS)
        self.server = connect(self.url, outage)
        assert crawler.spidercls is not None
        self.keys = CrawlKeys(crawler.spidercls.name)
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.registry = WorkerRegistry(self.server, self.keys, self.worker, self.ttl)
        self.crawler = crawler
        self.ledger = Ledger(self.registry, crawler, self.give_up)
        self.failed = False  # Redis stayed away too long: this worker is stopping
        self._closing: asyncio.Future[None] | None = None
        self._beat: LoopingCall | None = None  # made at start: it imports the reactor

    def start(self) -> None:
        self.heartbeat()
        self._beat = LoopingCall(self.heartbeat)
        self._beat.start(self.ttl / HEARTBEATS_PER_TTL, now=False)
        logger.info(
            "worker %s joined crawl %s at %s", self.worker, self.keys.base, redacted(self.url)
        )

    def heartbeat(self) -> None:
        try:
            self.registry.heartbeat()
        except redis.RedisError as exc:  # retried for the whole outage allowance already
            self.give_up(exc)

    def stop(self, finished: bool) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        try:
            if self.registry.leave(finished):
                logger.info("crawl %s is complete; cleared its queue state", self.keys.base)
        except redis.RedisError as exc:
            logger.warning(
                "could not deregister from Redis (%s); what this worker held returns to "
                "the queue when its heartbeat expires",
                exc,
            )

    def give_up(self, exc: Exception) -> None:
        """Redis stayed away longer than PRESSWASH_REDIS_OUTAGE_SECONDS: stop this worker.

        One error line, then every further Redis call fails at once instead of retrying,
        so the worker closes in seconds. What it held stays in its ledger in Redis and
        returns to the queue once its heartbeat expires: start the workers again once
        Redis is back and the crawl resumes with nothing lost.
        """
        if self.failed:
            return
        self.failed = True
        logger.error(
            "Redis at %s is unreachable (%s); stopping this worker. Start it again once "
            "Redis is back: the crawl resumes where it stopped",
            redacted(self.url),
            exc,
        )
        self.server.set_retry(Retry(NoBackoff(), 0))
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("presswash/frontier/redis-unavailable", 1)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            self._closing = asyncio.ensure_future(
                engine.close_spider_async(reason="redis-unavailable")
            )


_FRONTIERS: WeakKeyDictionary[Crawler, Frontier] = WeakKeyDictionary()


def frontier_of(crawler: Crawler) -> Frontier:
    """The crawler's one `Frontier`; raises `FrontierUnavailable` if Redis is unreachable."""
    frontier = _FRONTIERS.get(crawler)
    if frontier is None:
        frontier = _FRONTIERS[crawler] = Frontier(crawler)
    return frontier
