"""Site-memory journals of a crawl that died without closing are removed by the next one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crawler.sitememory import JOURNAL_PREFIX, CrawlMemories, new_journal_dir
from crawler.state import MemoryCrawlState


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_crawls_journals_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / f"{JOURNAL_PREFIX}{dead_pid()}-abc123"
    (stale / "0123456789abcdef").mkdir(parents=True)
    living = tmp_path / f"{JOURNAL_PREFIX}{os.getpid()}-def456"
    living.mkdir()
    other = tmp_path / "something-else"
    other.mkdir()
    fresh = new_journal_dir(tmp_path)
    assert not stale.exists()
    assert living.exists() and other.exists()
    assert fresh.is_dir() and fresh.name.startswith(f"{JOURNAL_PREFIX}{os.getpid()}-")


def test_closing_removes_the_crawls_own_journals() -> None:
    memories = CrawlMemories(MemoryCrawlState(), shared=True)
    assert memories.journal_dir is not None and memories.journal_dir.is_dir()
    memories.close()
    assert not memories.journal_dir.exists()
