"""The crawl state commits an item only once the feed holds it (the one coupling to Scrapy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_crawl
from .fakesite import FakeSite


@pytest.mark.crawl
def test_each_commit_finds_its_item_already_in_the_feed(
    fake_site: FakeSite, tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    result = run_crawl(
        tmp_path,
        "news",
        f"start={fake_site.base}/",
        state_dir=state_dir,
        PRESSWASH_STATE_CLASS="tests.crawl.recording_state.FeedCheckingState",
    )
    commits = [
        tuple(map(int, line.split()))
        for line in (state_dir / "commits.txt").read_text("utf-8").splitlines()
    ]
    assert len(commits) == len(result.items) > 1
    assert [lines - scraped for scraped, _, lines in commits] == [0] * len(commits)


@pytest.mark.crawl
def test_no_commit_records_an_article_the_feed_does_not_hold_yet(
    fake_site: FakeSite, tmp_path: Path
) -> None:
    """Recorded as emitted but not yet written, an article would be lost by a hard kill."""
    state_dir = tmp_path / "state"
    run_crawl(
        tmp_path,
        "news",
        f"start={fake_site.base}/",
        state_dir=state_dir,
        PRESSWASH_STATE_CLASS="tests.crawl.recording_state.FeedCheckingState",
    )
    commits = [
        tuple(map(int, line.split()))
        for line in (state_dir / "commits.txt").read_text("utf-8").splitlines()
    ]
    assert [added - lines for _, added, lines in commits if added > lines] == []
