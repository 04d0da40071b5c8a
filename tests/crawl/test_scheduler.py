"""The JOBDIR request queue: the scheduler that owns it discards it after a crash, nobody else."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.dupefilter import CountingDupeFilter
from crawler.scheduler import RUNNING_MARKER

from .conftest import run_crawl
from .fakesite import FakeSite
from .test_crawl_fakesite import by_url, expected_crawl


def crashed_jobdir(tmp_path: Path) -> Path:
    """A JOBDIR as a hard kill leaves it: the running marker and a queue of unknown position."""
    jobdir = tmp_path / "job"
    (jobdir / "requests.queue" / "stale").mkdir(parents=True)
    (jobdir / "requests.queue" / "active.json").write_text("[]", encoding="utf-8")
    (jobdir / RUNNING_MARKER).touch()
    return jobdir


def test_dupefilter_leaves_the_schedulers_queue_alone(tmp_path: Path) -> None:
    jobdir = crashed_jobdir(tmp_path)
    dupefilter = CountingDupeFilter(str(jobdir))
    dupefilter.close("finished")
    assert (jobdir / "requests.queue" / "active.json").exists()
    assert not (jobdir / "requests.seen").exists()


@pytest.mark.crawl
def test_crawl_discards_the_queue_a_crash_left_and_emits_everything(
    fake_site: FakeSite, tmp_path: Path
) -> None:
    jobdir = crashed_jobdir(tmp_path)
    result = run_crawl(tmp_path, "news", f"start={fake_site.base}/", JOBDIR=str(jobdir))
    expected, _ = expected_crawl(fake_site)
    assert "the last run did not stop cleanly; requeueing from listings" in result.log
    # by_url: the feed's ?ref=rss copy of one story may win the race for its original
    assert len(result.items) == len(expected)
    assert sorted(by_url(result, fake_site)) == sorted(expected)
    assert not (jobdir / RUNNING_MARKER).exists()  # this run closed cleanly
    assert not (jobdir / "requests.queue" / "stale").exists()
