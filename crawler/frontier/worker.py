"""`Frontier`: the shared crawl as one worker process sees it, one per crawler.

It owns the Redis client, this worker's id and registry entry, and the heartbeat that
keeps the entry alive. The scheduler, the middlewares and the crawl state all reach the
same instance through `frontier_of(crawler)`.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from weakref import WeakKeyDictionary

import redis
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
        self.ledger = Ledger(self.registry, crawler)
        self._beat: LoopingCall | None = None  # made at start: it imports the reactor
        self._heartbeat_failed = False

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
        except redis.RedisError as exc:  # the next beat tries again; others may recover us
            if not self._heartbeat_failed:
                logger.warning("heartbeat to Redis failed: %s", exc)
            self._heartbeat_failed = True
        else:
            self._heartbeat_failed = False

    def stop(self, finished: bool) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        try:
            if self.registry.leave(finished):
                logger.info("crawl %s is complete; cleared its queue state", self.keys.base)
        except redis.RedisError as exc:
            logger.error(
                "could not deregister from Redis (%s); its requests return to the queue "
                "when the worker's heartbeat expires",
                exc,
            )


_FRONTIERS: WeakKeyDictionary[Crawler, Frontier] = WeakKeyDictionary()


def frontier_of(crawler: Crawler) -> Frontier:
    """The crawler's one `Frontier`; raises `FrontierUnavailable` if Redis is unreachable."""
    frontier = _FRONTIERS.get(crawler)
    if frontier is None:
        frontier = _FRONTIERS[crawler] = Frontier(crawler)
    return frontier
