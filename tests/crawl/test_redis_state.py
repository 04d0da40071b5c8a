"""`RedisCrawlState` on a real redis-server: claims, their owners, and commit."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count

import pytest
import redis

from crawler.frontier.keys import CrawlKeys
from crawler.redis_state import RedisCrawlState

from ..redisserver import RedisServer

_SPIDERS = count()


@pytest.fixture
def state(redis_server: RedisServer) -> Iterator[RedisCrawlState]:
    server = redis.Redis.from_url(redis_server.url(0))
    state = RedisCrawlState(server, CrawlKeys(f"state-test-{next(_SPIDERS)}"))
    yield state
    server.close()


def test_a_second_url_with_the_same_canonical_is_a_duplicate(state: RedisCrawlState) -> None:
    url = "https://a.example/story"
    assert state.claim_article(url, "hash-1", url) is None
    assert state.claim_article(url, "hash-2", f"{url}?ref=rss") == "duplicate-url"


def test_the_same_body_under_another_canonical_is_a_duplicate(state: RedisCrawlState) -> None:
    assert state.claim_article("https://a.example/one", "hash-1", "https://a.example/one") is None
    reason = state.claim_article("https://a.example/two", "hash-1", "https://a.example/two")
    assert reason == "duplicate-body"


def test_a_refetch_of_the_same_url_passes_while_its_claim_is_pending(
    state: RedisCrawlState,
) -> None:
    url = "https://a.example/story"
    assert state.claim_article(url, "hash-1", url) is None
    assert state.claim_article(url, "hash-1", url) is None  # the first item never reached a feed


def test_a_committed_claim_stops_a_refetch_of_the_same_url(state: RedisCrawlState) -> None:
    url = "https://a.example/story"
    assert state.claim_article(url, "hash-1", url) is None
    state.commit()
    assert state.claim_article(url, "hash-1", url) == "duplicate-url"


def test_done_urls_are_shared_only_once_committed(
    state: RedisCrawlState, redis_server: RedisServer
) -> None:
    other = RedisCrawlState(redis.Redis.from_url(redis_server.url(0)), state.keys)
    state.mark_done("https://a.example/story")
    assert not other.is_done("https://a.example/story")
    state.commit()
    assert other.is_done("https://a.example/story")
