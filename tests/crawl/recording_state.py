"""A crawl state that checks, at each commit, that the feed file already holds the item.

Named in `PRESSWASH_STATE_CLASS` by `test_state.py`: it runs inside the crawl's process,
so what it records is what the real engine did, in the order it did it.
"""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import Crawler

from crawler.state import MemoryCrawlState


class FeedCheckingState(MemoryCrawlState):
    def __init__(self, feed: Path, record: Path) -> None:
        super().__init__()
        self.feed, self.record = feed, record
        self.commits = 0  # one per item_scraped: the n-th commit follows the n-th item
        self.added = 0  # articles recorded as emitted

    def add_article(self, canonical_url: str | None, body_hash: str) -> None:
        super().add_article(canonical_url, body_hash)
        self.added += 1

    def commit(self) -> None:
        self.commits += 1
        lines = self.feed.read_bytes().count(b"\n") if self.feed.exists() else 0
        with self.record.open("a", encoding="utf-8") as out:
            out.write(f"{self.commits} {self.added} {lines}\n")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FeedCheckingState:
        feed = Path(next(iter(crawler.settings.getdict("FEEDS"))))
        record = Path(crawler.settings["PRESSWASH_STATE_DIR"]) / "commits.txt"
        record.parent.mkdir(parents=True, exist_ok=True)
        return cls(feed, record)
