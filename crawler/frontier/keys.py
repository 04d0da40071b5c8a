"""The Redis keys of one crawl, all under `presswash:<spider>:`, and the per-host keys.

One spider name is one crawl: every worker started with `scrapy crawl theverge` and the
same `PRESSWASH_REDIS_URL` shares these keys. Host keys (robots.txt, pacing) are shared
by every spider that fetches from the host.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "presswash"


@dataclass(frozen=True, slots=True)
class CrawlKeys:
    spider: str

    @property
    def base(self) -> str:
        return f"{PREFIX}:{self.spider}:"

    @property
    def queue(self) -> str:  # sorted set of serialised requests, scored by -priority
        return f"{self.base}requests"

    @property
    def dupefilter(self) -> str:  # set of request fingerprints seen in this crawl
        return f"{self.base}dupefilter"

    @property
    def seed(self) -> str:  # who seeds discovery: a worker id, then "done"
        return f"{self.base}seed"

    @property
    def workers(self) -> str:  # hash: worker id -> "busy" | "idle"
        return f"{self.base}workers"

    def alive(self, worker: str) -> str:  # expires unless the worker refreshes it
        return f"{self.base}alive:{worker}"

    def inflight(self, worker: str) -> str:  # hash: ledger id -> serialised request
        return f"{self.base}inflight:{worker}"

    @property
    def done(self) -> str:  # CrawlState: URL keys fetched to a final outcome
        return f"{self.base}done"

    @property
    def article_urls(self) -> str:  # CrawlState: canonical URLs emitted
        return f"{self.base}article_url"

    @property
    def article_bodies(self) -> str:  # CrawlState: body hashes emitted
        return f"{self.base}article_body"


def robots_key(netloc: str) -> str:
    return f"{PREFIX}:host:{netloc}:robots"


def robots_lock_key(netloc: str) -> str:
    return f"{PREFIX}:host:{netloc}:robots-lock"


def next_turn_key(netloc: str) -> str:
    return f"{PREFIX}:host:{netloc}:next-turn"
