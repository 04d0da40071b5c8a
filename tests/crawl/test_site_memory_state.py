"""Site memories live in the crawl state: a resumed crawl starts with what the last one learned."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners.memory import learn_html
from crawler.sitememory import CrawlMemories
from crawler.state import MemoryCrawlState, SiteMemoryStore, SqliteCrawlState

URL = "https://news.example.com/2024/05/01/a-story/"


def page(n: int) -> str:
    return (
        f"<html><body><p>Story {n} of the site.</p><p>Sign up for our newsletter.</p></body></html>"
    )


def test_both_built_in_states_keep_site_memories(tmp_path: Path) -> None:
    sqlite = SqliteCrawlState(tmp_path / "s.sqlite")
    assert isinstance(MemoryCrawlState(), SiteMemoryStore)
    assert isinstance(sqlite, SiteMemoryStore)
    sqlite.close()


def test_memory_saved_at_close_is_loaded_by_the_next_run(tmp_path: Path) -> None:
    state = SqliteCrawlState(tmp_path / "news.sqlite")
    first = CrawlMemories(state, warmup=2)
    for n in range(3):
        learn_html(first.for_url(URL), page(n))
        first.learned(URL)
    first.save_all()
    state.close()
    resumed = CrawlMemories(SqliteCrawlState(tmp_path / "news.sqlite"), warmup=2)
    memory = resumed.for_url("https://news.example.com/2024/05/02/another/")
    assert len(memory.pages) == 3
    assert memory.is_warm("a new page")


def test_a_damaged_saved_memory_starts_afresh_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    state = MemoryCrawlState()
    state.save_site_memory("news.example.com", "not json")
    with caplog.at_level("WARNING"):
        memory = CrawlMemories(state).for_url(URL)
    assert memory.pages == {}
    assert "unreadable" in caplog.text
