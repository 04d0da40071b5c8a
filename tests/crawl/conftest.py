"""One fake news site on 127.0.0.1 per test session, and a helper running crawls against it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crawler.localsite import LocalServer, LocalSite

from ..redisserver import RedisServer
from .fakesite import FakeSite, build_fake_site

ROOT = Path(__file__).resolve().parents[2]
CRAWL_TIMEOUT = 120  # seconds; a crawl of the fake site takes 2-4

# Fast and deterministic: no throttling, tiny backoff, few retries.
TEST_SETTINGS: dict[str, Any] = {
    "LOG_LEVEL": "INFO",
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_TIMEOUT": 10,
    "RETRY_TIMES": 2,
    "PRESSWASH_RETRY_BACKOFF_BASE": 0.05,
    # In-process extraction: a pool costs each short test crawl a second of process start;
    # test_crawl_fakesite checks the pool gives the same items.
    "PRESSWASH_EXTRACT_WORKERS": 0,
}


@dataclass
class CrawlResult:
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    lines: list[str]
    log: str
    server_log: list[tuple[float, str]]  # (time, path) of the requests the site received

    def stat(self, key: str) -> int:
        return int(self.stats.get(key, 0))

    def total(self, prefix: str) -> int:
        return sum(int(v) for k, v in self.stats.items() if k.startswith(prefix))


def run_crawl(
    tmp_path: Path,
    spider: str,
    *args: str,
    state_dir: Path | None = None,
    site: LocalSite | None = None,
    **settings: Any,
) -> CrawlResult:
    """Run `spider` in a subprocess (a reactor starts once per process) and collect output."""
    items, stats = tmp_path / f"items-{os.urandom(4).hex()}.jsonl", tmp_path / "stats.json"
    overrides = {
        **TEST_SETTINGS,
        "PRESSWASH_STATE_DIR": str(state_dir or tmp_path / "state"),
        **settings,
    }
    command = [
        sys.executable,
        "-m",
        "tests.crawl.run_crawl",
        spider,
        str(items),
        str(stats),
        json.dumps(overrides),
        *args,
    ]
    seen_before = len(site.log) if site is not None else 0
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = items.read_text("utf-8").splitlines() if items.exists() else []
    return CrawlResult(
        [json.loads(line) for line in lines],
        json.loads(stats.read_text("utf-8")),
        lines,
        done.stderr,
        site.log[seen_before:] if site is not None else [],
    )


@pytest.fixture(scope="session")
def fake_site() -> Iterator[FakeSite]:
    site = LocalSite()
    with LocalServer(site) as server:
        yield build_fake_site(site, server.url)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A real redis-server for the session, on a free port, in a throwaway directory."""
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server
