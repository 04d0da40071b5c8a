"""Crawl state: what survives between runs, behind the one `CrawlState` interface."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.state import CrawlState, MemoryCrawlState, SqliteCrawlState


@pytest.fixture(params=["sqlite", "memory"])
def state(request: pytest.FixtureRequest, tmp_path: Path) -> CrawlState:
    if request.param == "memory":
        return MemoryCrawlState()
    return SqliteCrawlState(tmp_path / "spider.sqlite")


def test_both_stores_implement_the_protocol(state: CrawlState) -> None:
    assert isinstance(state, CrawlState)


def test_done_url_is_remembered(state: CrawlState) -> None:
    state.mark_done("https://e.com/a/")
    assert state.is_done("https://e.com/a/")
    assert not state.is_done("https://e.com/b/")


def test_repeat_article_is_named_by_what_repeats(state: CrawlState) -> None:
    state.add_article("https://e.com/a/", "hash-a")
    assert state.has_article("https://e.com/a/", "hash-b") == "duplicate-url"
    assert state.has_article("https://e.com/c/", "hash-a") == "duplicate-body"
    assert state.has_article("https://e.com/c/", "hash-c") is None


def test_sqlite_state_survives_a_new_process(tmp_path: Path) -> None:
    first = SqliteCrawlState(tmp_path / "s.sqlite")
    first.mark_done("https://e.com/a/")
    first.add_article("https://e.com/a/", "h")
    first.close()
    second = SqliteCrawlState(tmp_path / "s.sqlite")
    assert second.is_done("https://e.com/a/")
    assert second.has_article("https://e.com/a/", "x") == "duplicate-url"
    second.close()
