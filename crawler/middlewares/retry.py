"""Retries that back off: exponential delays with jitter, or the server's `Retry-After`.

Scrapy's RetryMiddleware retries at once, which hammers a server that just said 429 or
503. This one keeps its retry decisions and adds a wait before each retry: the
`Retry-After` header when the server sent one (seconds or an HTTP date), else
`PRESSWASH_RETRY_BACKOFF_BASE * 2**(attempt-1)` up to `PRESSWASH_RETRY_BACKOFF_MAX`.
`HostPacingMiddleware` applies the wait to the whole host.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

from .pacing import RETRY_AFTER_META

JITTER = 0.25  # +-25%, so many clients backing off do not retry in lockstep


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks to wait, or None if absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.backoff_base = crawler.settings.getfloat("PRESSWASH_RETRY_BACKOFF_BASE", 1.0)
        middleware.backoff_max = crawler.settings.getfloat("PRESSWASH_RETRY_BACKOFF_MAX", 60.0)
        middleware.retry_after_max = crawler.settings.getfloat("PRESSWASH_RETRY_AFTER_MAX", 300.0)
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            delay = min(asked, self.retry_after_max) if asked is not None else None
            result.meta[RETRY_AFTER_META] = delay if delay is not None else self.backoff(result)
            if asked is not None:
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("presswash/retry_after_honoured")
        return result

    def process_exception(
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            result.meta[RETRY_AFTER_META] = self.backoff(result)
        return result

    def backoff(self, retry: Request) -> float:
        attempt = max(1, int(retry.meta.get("retry_times", 1)))
        delay = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        return delay * random.uniform(1 - JITTER, 1 + JITTER)
