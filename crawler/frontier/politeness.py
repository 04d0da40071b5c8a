"""robots.txt and Crawl-delay kept per host across all workers of a crawl.

One worker fetches a host's robots.txt (the others wait on a short Redis lock, then read
its body from Redis), and the time the host is free again lives in Redis, checked and
set atomically at departure, so three workers space their requests by the Crawl-delay
together, not each on its own.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from urllib.parse import urlsplit

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response, TextResponse
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from ..discovery.robots import robots_crawl_delay
from ..middlewares.pacing import RETRY_AFTER_META, HostPacingMiddleware
from ..spiders.base import LISTING_META
from .keys import next_turn_key, robots_key, robots_lock_key
from .worker import frontier_of

logger = logging.getLogger(__name__)

ROBOTS_TTL_SECONDS = 24 * 3600  # a day, as Google caches robots.txt
ROBOTS_LOCK_MS = 30_000  # the fetching worker died if robots.txt is not in by then
ROBOTS_WAIT_STEP = 0.05
DEPART_JITTER = 0.005  # seconds: waiters on one host do not all wake at the same instant
FREE_RECHECK_SECONDS = 0.5  # see SharedHostPacingMiddleware.recently_free
TURN_TTL_MS = 600_000  # a host idle for ten minutes forgets its schedule
# Each departure, at Redis's time: what the spacing of all workers together is checked on
# (`tests/crawl/test_shared_frontier.py`); a site's arrival times add each worker's latency.
DEPARTED = "Departed for %s at %s (Redis clock), spacing %.3fs"

# Leave now if the host is free, booking the next slot; else say how long to wait. Checked
# at departure (not booked ahead), so a worker whose reactor was busy when its wait ended
# cannot leave closer than the delay behind another worker's request. Returns the wait
# ("0" to leave) and Redis's clock, one clock for all workers, so the departures of a
# crawl's workers can be compared (the DEBUG log below).
DEPART = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local stamp = clock[1] .. '.' .. string.format('%06d', tonumber(clock[2]))
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < free then return {string.format('%.6f', free - now), stamp} end
local spacing = tonumber(ARGV[1])
if spacing > 0 then
  redis.call('SET', KEYS[1], string.format('%.6f', now + spacing), 'PX', ARGV[2])
end
return {'0', stamp}
"""

PUSH_BACK = """
local clock = redis.call('TIME')
local later = tonumber(clock[1]) + tonumber(clock[2]) / 1000000 + tonumber(ARGV[1])
local turn = math.max(later, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], string.format('%.6f', turn), 'PX', ARGV[2])
"""


def keeps_robots(response: Response) -> bool:
    """Scrapy parses a robots.txt body for any status below 500; so do we."""
    return urlsplit(response.url).path == "/robots.txt" and response.status < 500


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        frontier = frontier_of(crawler)
        self.server = frontier.server
        self.worker = frontier.worker

    async def process_request(self, request: Request) -> Response | None:
        """Serve the spider's own robots.txt listing from Redis when a worker fetched it."""
        if request.meta.get(LISTING_META) and urlparse_cached(request).path == "/robots.txt":
            body = await self.shared_body(urlparse_cached(request).netloc)
            if body is None:
                return None  # this worker fetches it; response_received shares it
            self._stats.inc_value("presswash/frontier/robots-from-redis")
            return TextResponse(request.url, body=body, encoding="utf-8", request=request)
        return await super().process_request(request)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            body = await self.shared_body(netloc)
            if body is not None:
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body)
        return await super().robot_parser(request)

    async def shared_body(self, netloc: str) -> bytes | None:
        """The host's robots.txt from Redis; None when this worker is to fetch it."""
        while True:
            body = self.server.get(robots_key(netloc))
            if body is not None:
                return body  # type: ignore[no-any-return]
            lock = robots_lock_key(netloc)
            if self.server.set(lock, self.worker, nx=True, px=ROBOTS_LOCK_MS):
                return None
            await asyncio.sleep(ROBOTS_WAIT_STEP)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        share_robots(self.server, response)
        await super()._parse_robots(response, netloc, request)


def share_robots(server: redis.Redis, response: Response) -> None:
    netloc = urlsplit(response.url).netloc
    if keeps_robots(response):
        server.set(robots_key(netloc), response.body, ex=ROBOTS_TTL_SECONDS)
    elif urlsplit(response.url).path == "/robots.txt":  # a 5xx: let the next worker try
        server.delete(robots_lock_key(netloc))


class SharedHostPacingMiddleware(HostPacingMiddleware):
    """`HostPacingMiddleware` whose per-host turns and Crawl-delays live in Redis."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.server = frontier_of(crawler).server
        self._depart = self.server.register_script(DEPART)
        self._push_back = self.server.register_script(PUSH_BACK)
        self.free_checked: dict[str, float] = {}  # host: when Redis last said it was free

    def read_robots(self, response: Response, request: Request) -> None:
        """Also share a robots.txt the spider fetched as a listing, so nobody fetches it again."""
        share_robots(self.server, response)
        super().read_robots(response, request)

    def crawl_delay(self, host: str) -> float:
        if not self.obey_crawl_delay:
            return 0.0
        if host not in self.crawl_delays:
            body = self.server.get(robots_key(host))
            if body is None:  # not read yet (the robots.txt request itself): ask again later
                return 0.0
            delay = robots_crawl_delay(body.decode("utf-8", "replace"), self.user_agent)
            self.crawl_delays[host] = min(delay or 0.0, self.max_delay)
        return self.crawl_delays[host]

    def recently_free(self, host: str) -> bool:
        """A host without Crawl-delay found free moments ago needs no Redis round trip
        per request; another worker's Retry-After reaches this one within the interval."""
        checked = self.free_checked.get(host)
        return checked is not None and time.monotonic() - checked < FREE_RECHECK_SECONDS

    def push_back(self, host: str, seconds: float) -> None:
        self.free_checked.pop(host, None)
        self._push_back(keys=[next_turn_key(host)], args=[seconds, TURN_TTL_MS])

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).netloc
        if retry_after := request.meta.pop(RETRY_AFTER_META, None):
            self.push_back(host, min(float(retry_after), self.max_delay * 5))
        spacing = self.crawl_delay(host)
        if not spacing and self.recently_free(host):
            return None
        while True:
            wait, clock = self._depart(keys=[next_turn_key(host)], args=[spacing, TURN_TTL_MS])
            if not float(wait):
                break
            await asyncio.sleep(float(wait) + random.uniform(0, DEPART_JITTER))
        self.free_checked[host] = time.monotonic()
        logger.debug(DEPARTED, host, clock.decode("ascii"), spacing)
        return None
