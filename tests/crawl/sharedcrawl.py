"""Worker processes of one shared crawl against a local site, and what they produced."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import redis

from crawler.localsite import LocalSite, Page
from crawler.newssite import ArticlePage, build_news_site

from ..redisserver import RedisServer
from .conftest import ROOT, TEST_SETTINGS
from .fakesite import article_html, paragraphs

WORKER_TIMEOUT = 120  # seconds; a worker of these crawls finishes in a few
_DATABASES = count(1)  # one Redis database per crawl, so crawls never share keys


@dataclass
class SharedCrawl:
    """Workers started against one Redis database; each writes its own JSON lines."""

    tmp_path: Path
    redis_url: str
    spider_args: list[str]
    settings: dict[str, Any]
    workers: list[subprocess.Popen[str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def start_worker(self) -> subprocess.Popen[str]:
        n = len(self.workers)
        items, stats = self.tmp_path / f"items-{n}.jsonl", self.tmp_path / f"stats-{n}.json"
        settings = {**TEST_SETTINGS, "PRESSWASH_REDIS_URL": self.redis_url, **self.settings}
        command = [sys.executable, "-m", "tests.crawl.run_crawl", "news", str(items), str(stats)]
        with (self.tmp_path / f"log-{n}.txt").open("w") as log:
            worker = subprocess.Popen(
                [*command, json.dumps(settings), *self.spider_args],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=log,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        self.workers.append(worker)
        self.outputs.append(items)
        return worker

    def holds_requests(self, worker: subprocess.Popen[str]) -> bool:
        """True once `worker` holds popped requests in its ledger (its id names its pid)."""
        server = redis.Redis.from_url(self.redis_url)
        try:
            ledgers = server.scan_iter(f"presswash:*:inflight:*-{worker.pid}-*")
            return any(server.hlen(ledger) for ledger in ledgers)
        finally:
            server.close()

    def kill(self, worker: subprocess.Popen[str]) -> None:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)

    def wait(self) -> list[int]:
        return [worker.wait(timeout=WORKER_TIMEOUT) for worker in self.workers]

    def log(self, n: int) -> str:
        return (self.tmp_path / f"log-{n}.txt").read_text("utf-8")

    def stats(self) -> list[dict[str, Any]]:
        """The stats of the workers that finished."""
        paths = (self.tmp_path / f"stats-{n}.json" for n in range(len(self.workers)))
        return [json.loads(path.read_text("utf-8")) for path in paths if path.exists()]

    def stat_total(self, key: str) -> int:
        """`key` summed over the stats of the workers that finished."""
        return sum(int(stats.get(key, 0)) for stats in self.stats())

    def items(self) -> list[dict[str, Any]]:
        """Every item every worker wrote, killed ones included."""
        return [item for n in range(len(self.outputs)) for item in self.items_of(n)]

    def items_of(self, n: int) -> list[dict[str, Any]]:
        """The items worker `n` wrote, in order."""
        if not self.outputs[n].exists():
            return []
        return [json.loads(line) for line in self.outputs[n].read_text("utf-8").splitlines()]


def shared_crawl(tmp_path: Path, server: RedisServer, start: str, **settings: Any) -> SharedCrawl:
    return SharedCrawl(tmp_path, server.url(next(_DATABASES)), [f"start={start}"], settings)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the crawl did not get there in time")
        time.sleep(0.02)


def slow_page(html: bytes, seconds: float) -> Callable[[int], Page]:
    """A page that takes `seconds` to serve, so a crawl lasts long enough to interrupt."""

    def serve(hit: int) -> Page:
        time.sleep(seconds)
        return Page(html)

    return serve


def build_slow_site(site: LocalSite, base: str, articles: int, seconds: float) -> list[str]:
    """`articles` distinct stories, each served slowly; returns their URLs."""
    pages = []
    for n in range(articles):
        published = f"2024-07-{n % 28 + 1:02d}T08:00:00Z"
        html = article_html(f"Slow story {n}", paragraphs(f"Slow story {n}"), published)
        path = f"/2024/07/{n % 28 + 1:02d}/slow-story-number-{n}/"
        pages.append(ArticlePage(path, html, published, f"Slow story {n}"))
    build_news_site(site, base, pages)
    for page in pages:
        site.add(page.path, slow_page(page.html, seconds))
    return [base + page.path for page in pages]


def article_hits(site: LocalSite, marker: str) -> int:
    return sum(1 for _, path in list(site.log) if marker in path)


def emitted_counts(crawl: SharedCrawl) -> Counter[str]:
    return Counter(item["url"] for item in crawl.items())
