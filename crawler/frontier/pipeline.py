"""Item deduplication on the shared state: each claim is owned by the URL it came from."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from ..discovery.candidates import url_key
from ..pipelines import DeduplicateArticlePipeline, body_hash, drop
from ..redis_state import RedisCrawlState
from ..state import crawl_state


class SharedDeduplicatePipeline(DeduplicateArticlePipeline):
    """`DeduplicateArticlePipeline` whose claim names the fetched URL, so a refetch of
    the same URL (after a lost reply or a killed worker) is not taken for a duplicate."""

    state: RedisCrawlState

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedDeduplicatePipeline:
        state = crawl_state(crawler)
        if not isinstance(state, RedisCrawlState):
            raise TypeError(f"a shared crawl needs RedisCrawlState, not {type(state).__name__}")
        return cls(crawler, state)

    def process_item(self, item: object) -> object:
        article = ItemAdapter(item)
        canonical = article.get("canonicalUrl") or article.get("url")
        digest = body_hash(article.get("articleBody") or "")
        owner = url_key(str(article.get("url") or ""))
        if reason := self.state.claim_article(canonical, digest, owner):
            raise drop(self.crawler, reason, f"{article.get('url')} (canonical {canonical})")
        return item
