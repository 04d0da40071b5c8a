"""`RedisCrawlState`: the `CrawlState` of a crawl shared by many workers, in Redis.

Chosen by `PRESSWASH_REDIS_URL` (see `crawler.state.state_class`). Request dedup alone
does not stop duplicate items: the same story comes under AMP, canonical and
tracking-parameter URLs, so emitted canonical URLs and body hashes are shared too.

An article is claimed in one atomic step (check and write), so two workers can never
both emit one story, and the claim names its owner (the URL the item was fetched from)
and stays pending until `commit`, which runs once the item is in the feed. So a claim
whose reply was lost (Redis going down mid-call) or whose worker died before writing
the item does not block the refetch of the same URL, while a committed claim does.
"""

from __future__ import annotations

import redis
from scrapy.crawler import Crawler

from .frontier.keys import CrawlKeys
from .frontier.worker import frontier_of
from .state import CrawlState

COMMITTED = "="  # the value of a claim whose item is in a feed
PENDING = "?"  # prefix of a claim not yet committed, followed by its owner

# KEYS: article_url, article_body; ARGV: canonical URL or "", body hash, owner.
CLAIM_ARTICLE = """
local function taken(key, field)
  local claim = redis.call('HGET', KEYS[key], field)
  return claim and (claim == '=' or ARGV[3] == '' or claim ~= '?' .. ARGV[3])
end
if ARGV[1] ~= '' and taken(1, ARGV[1]) then return 'duplicate-url' end
if taken(2, ARGV[2]) then return 'duplicate-body' end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], ARGV[1], '?' .. ARGV[3]) end
redis.call('HSET', KEYS[2], ARGV[2], '?' .. ARGV[3])
return false
"""


class RedisCrawlState:
    """Seen URLs and emitted articles of one spider, shared by every worker.

    `mark_done` and article claims are made final by `commit`, after the item is in
    the feed: a worker killed before that leaves the URL to be fetched again, and its
    pending claim lets that refetch through.
    """

    def __init__(self, server: redis.Redis, keys: CrawlKeys) -> None:
        self.server = server
        self.keys = keys
        self._done: list[str] = []
        self._claims: list[tuple[str | None, str]] = []  # pending since the last commit
        self._claim = server.register_script(CLAIM_ARTICLE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlState:
        frontier = frontier_of(crawler)
        return cls(frontier.server, frontier.keys)

    def is_done(self, url: str) -> bool:
        return url in self._done or bool(self.server.sismember(self.keys.done, url))

    def mark_done(self, url: str) -> None:
        self._done.append(url)

    def claim_article(self, canonical_url: str | None, body_hash: str, owner: str) -> str | None:
        """Why the article is a repeat, or None after claiming it for `owner`."""
        reason = self._claim(
            keys=[self.keys.article_urls, self.keys.article_bodies],
            args=[canonical_url or "", body_hash, owner],
        )
        if reason:
            return str(reason.decode("ascii"))
        self._claims.append((canonical_url, body_hash))
        return None

    def has_article(self, canonical_url: str | None, body_hash: str) -> str | None:
        """`claim_article` without an owner: any earlier claim makes it a repeat."""
        return self.claim_article(canonical_url, body_hash, "")

    def add_article(self, canonical_url: str | None, body_hash: str) -> None:
        if (canonical_url, body_hash) not in self._claims:
            self.claim_article(canonical_url, body_hash, "")

    def commit(self) -> None:
        if not (self._done or self._claims):
            return
        pipe = self.server.pipeline(transaction=True)
        if self._done:
            pipe.sadd(self.keys.done, *self._done)
        for canonical_url, body_hash in self._claims:
            if canonical_url:
                pipe.hset(self.keys.article_urls, canonical_url, COMMITTED)
            pipe.hset(self.keys.article_bodies, body_hash, COMMITTED)
        pipe.execute()
        self._done.clear()
        self._claims.clear()

    def close(self) -> None:
        self.commit()
