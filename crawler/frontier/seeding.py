"""Seed discovery once per crawl, not once per worker.

Every worker runs the spider's `start()`; only the worker that wins the crawl's seed
flag lets its requests through. If that worker dies before its seeds are queued, the
flag is orphaned and the next idle worker seeds again (`FrontierScheduler.keep_alive`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from scrapy.crawler import Crawler

from .worker import Frontier, frontier_of

logger = logging.getLogger(__name__)


class SeedOnceMiddleware:
    def __init__(self, frontier: Frontier) -> None:
        self.frontier = frontier

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedOnceMiddleware:
        return cls(frontier_of(crawler))

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        if not self.frontier.registry.claim_seed():
            logger.info("discovery is seeded by another worker; taking requests from the queue")
            return
        logger.info("this worker seeds discovery for %s", self.frontier.keys.base)
        async for request in start:
            yield request
        self.frontier.registry.seed_done()
