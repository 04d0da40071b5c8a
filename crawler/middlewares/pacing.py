"""Space requests to one host by its robots.txt `Crawl-delay` and by `Retry-After`.

Scrapy reads robots.txt for allow/deny only; a `Crawl-delay: 5` (The Register asks for
it) is ignored, and AutoThrottle may go faster. This middleware keeps, per host, the
earliest time the next request may leave, and makes each request wait for its turn, so
concurrent requests to a host are spaced, not released together. A request carrying
`presswash_retry_after` (set by `BackoffRetryMiddleware`) pushes its host's turn back.
"""

from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from ..discovery.robots import robots_crawl_delay

logger = logging.getLogger(__name__)

RETRY_AFTER_META = "presswash_retry_after"


class HostPacingMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("PRESSWASH_PACING_ENABLED", True):
            raise NotConfigured
        self.obey_crawl_delay = settings.getbool("PRESSWASH_OBEY_CRAWL_DELAY", True)
        self.max_delay = settings.getfloat("PRESSWASH_MAX_CRAWL_DELAY", 60.0)
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT", "")
        self.stats = crawler.stats
        self.crawl_delays: dict[str, float] = {}
        self.next_turn: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostPacingMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.read_robots, signal=signals.response_received)
        return middleware

    def read_robots(self, response: Response, request: Request) -> None:
        """Learn a host's Crawl-delay from its robots.txt, whoever fetched it."""
        if not self.obey_crawl_delay or urlsplit(response.url).path != "/robots.txt":
            return
        if response.status != 200 or not hasattr(response, "text"):
            return
        delay = robots_crawl_delay(response.text, self.user_agent)
        if delay:
            host = urlsplit(response.url).netloc
            self.crawl_delays[host] = min(delay, self.max_delay)
            assert self.stats is not None
            self.stats.set_value(f"presswash/crawl_delay/{host}", self.crawl_delays[host])
            logger.info("%s asks for Crawl-delay %.1fs; obeying", host, self.crawl_delays[host])

    def push_back(self, host: str, seconds: float) -> None:
        self.next_turn[host] = max(self.next_turn.get(host, 0.0), time.monotonic() + seconds)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).netloc
        retry_after = request.meta.pop(RETRY_AFTER_META, None)
        if retry_after:
            self.push_back(host, min(float(retry_after), self.max_delay * 5))
        spacing = self.crawl_delays.get(host, 0.0)
        if not spacing and host not in self.next_turn:
            return None
        now = time.monotonic()
        turn = max(now, self.next_turn.get(host, 0.0))
        self.next_turn[host] = turn + spacing
        if turn > now:
            from twisted.internet import reactor  # imported late: the one Scrapy installed

            await maybe_deferred_to_future(deferLater(reactor, turn - now))
        return None
