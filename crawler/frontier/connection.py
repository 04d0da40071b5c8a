"""One Redis client per crawl process, with a clear error when Redis cannot be reached.

A worker must not start half-connected: the first contact is one `PING` without
retries, and its failure is a `FrontierUnavailable` naming the URL and the cause. Once
running, the client retries a lost connection with backoff for
`PRESSWASH_REDIS_OUTAGE_SECONDS`, so a Redis restart (persistence on) is ridden out
without the crawl noticing; a longer outage reaches the frontier as `RedisError`.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

CONNECT_TIMEOUT = 3.0  # seconds; a LAN Redis answers in milliseconds
COMMAND_TIMEOUT = 30.0  # a Lua script over a large ledger may take a while, not this long
BACKOFF_CAP = 1.0  # seconds between reconnection attempts, at most


class FrontierUnavailable(RuntimeError):
    """Redis named by `PRESSWASH_REDIS_URL` cannot be reached or refuses the connection."""


def redacted(url: str) -> str:
    """The URL without its password, fit for a log line."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str, outage_seconds: float) -> redis.Redis:
    """A client for `url`, checked with one PING; raises `FrontierUnavailable`."""
    try:
        probe = redis.Redis.from_url(url, socket_connect_timeout=CONNECT_TIMEOUT)
        probe.ping()
        probe.close()
    except (redis.RedisError, ValueError, OSError) as exc:
        raise FrontierUnavailable(
            f"Redis at {redacted(url)} is unreachable ({type(exc).__name__}: {exc}); "
            "start it or fix PRESSWASH_REDIS_URL"
        ) from exc
    # Backoff doubles from 50 ms to BACKOFF_CAP, so the attempts span about outage_seconds.
    retries = max(1, int(outage_seconds / BACKOFF_CAP) + 5)
    return redis.Redis.from_url(
        url,
        socket_connect_timeout=CONNECT_TIMEOUT,
        socket_timeout=COMMAND_TIMEOUT,
        retry=Retry(ExponentialBackoff(cap=BACKOFF_CAP, base=0.05), retries),
        retry_on_error=[redis.ConnectionError, redis.TimeoutError],
        health_check_interval=10,
    )
