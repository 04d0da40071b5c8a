"""`RedisCrawlState`: the `CrawlState` of a crawl shared by many workers, in Redis.

Chosen by `PRESSWASH_REDIS_URL` (the frontier add-on names it in `PRESSWASH_STATE_CLASS`).
Request dedup alone does not stop duplicate items: the same story comes under AMP,
canonical and tracking-parameter URLs, so emitted canonical URLs and body hashes are
shared too, and checked and claimed in one step so two workers can never both emit
one story.
"""

from __future__ import annotations

import redis
from scrapy.crawler import Crawler

from .frontier.keys import CrawlKeys
from .frontier.worker import frontier_of
from .state import CrawlState

# Checks the canonical URL, then the body hash; claims both when neither is known.
CLAIM_ARTICLE = """
if ARGV[1] ~= '' and redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then
  return 'duplicate-url'
end
if redis.call('SISMEMBER', KEYS[2], ARGV[2]) == 1 then return 'duplicate-body' end
if ARGV[1] ~= '' then redis.call('SADD', KEYS[1], ARGV[1]) end
redis.call('SADD', KEYS[2], ARGV[2])
return false
"""


class RedisCrawlState:
    """Seen URLs and emitted articles of one spider, shared by every worker.

    `has_article` claims the article when it is new (an atomic check-and-add), so
    `add_article` right after it has nothing left to write. `mark_done` is buffered until
    `commit`, which runs once the item is in the feed: a worker killed before that
    leaves the URL to be fetched again, as the SQLite state does.
    """

    def __init__(self, server: redis.Redis, keys: CrawlKeys) -> None:
        self.server = server
        self.keys = keys
        self._done: list[str] = []
        self._claimed: tuple[str | None, str] | None = None  # the last claim has_article made
        self._claim = server.register_script(CLAIM_ARTICLE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlState:
        frontier = frontier_of(crawler)
        return cls(frontier.server, frontier.keys)

    def is_done(self, url: str) -> bool:
        return url in self._done or bool(self.server.sismember(self.keys.done, url))

    def mark_done(self, url: str) -> None:
        self._done.append(url)

    def has_article(self, canonical_url: str | None, body_hash: str) -> str | None:
        reason = self._claim(
            keys=[self.keys.article_urls, self.keys.article_bodies],
            args=[canonical_url or "", body_hash],
        )
        if reason:
            return str(reason.decode("ascii"))
        self._claimed = (canonical_url, body_hash)
        return None

    def add_article(self, canonical_url: str | None, body_hash: str) -> None:
        if self._claimed == (canonical_url, body_hash):  # has_article claimed it already
            self._claimed = None
            return
        if canonical_url:
            self.server.sadd(self.keys.article_urls, canonical_url)
        self.server.sadd(self.keys.article_bodies, body_hash)

    def commit(self) -> None:
        if self._done:
            self.server.sadd(self.keys.done, *self._done)
            self._done.clear()

    def close(self) -> None:
        self.commit()
