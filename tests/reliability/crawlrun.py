"""Run the real crawler in a subprocess against a local server, and read what it wrote.

Twisted's reactor starts once per process, so each crawl is its own process
(`tests.crawl.run_crawl`); `start_crawl` returns the process so a test can interrupt it.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CRAWL_TIMEOUT = 180  # seconds; the fault crawl takes ~5

FAST_SETTINGS: dict[str, Any] = {
    "LOG_LEVEL": "INFO",
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_TIMEOUT": 1,  # the slow page sleeps 3 s
    "RETRY_TIMES": 2,
    "PRESSWASH_RETRY_BACKOFF_BASE": 0.05,
    # In-process extraction: with a pool the engine downloads ahead of extraction (up to
    # Scrapy's 5 MB scraper backlog), so a graceful stop finishes the whole small test
    # site and the stop-and-resume tests could not stop midway.
    "PRESSWASH_EXTRACT_WORKERS": 0,
}


@dataclass
class Crawl:
    process: subprocess.Popen[str]
    items: Path
    stats: Path

    def lines(self) -> list[str]:
        """The complete lines written so far (a killed crawl may leave half a line)."""
        if not self.items.exists():
            return []
        text = self.items.read_text("utf-8", errors="replace")
        return [line for line in text.split("\n")[:-1] if line]

    def wait(self, timeout: float = CRAWL_TIMEOUT) -> str:
        _, log = self.process.communicate(timeout=timeout)
        return log

    def stop_after(self, lines: int, sig: signal.Signals, timeout: float = 60) -> str:
        """Send `sig` once `lines` items are written; return the log when it has exited."""
        deadline = time.monotonic() + timeout
        while len(self.lines()) < lines and self.process.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.process.send_signal(sig)
        return self.wait()


def start_crawl(workdir: Path, start_url: str, name: str = "crawl", **settings: Any) -> Crawl:
    items, stats = workdir / f"{name}.jsonl", workdir / f"{name}-stats.json"
    overrides = {**FAST_SETTINGS, "PRESSWASH_STATE_DIR": str(workdir / "state"), **settings}
    command = [sys.executable, "-m", "tests.crawl.run_crawl", "news", str(items), str(stats),
               json.dumps(overrides), f"start={start_url}"]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    return Crawl(process, items, stats)


def read_stats(crawl: Crawl) -> dict[str, Any]:
    return json.loads(crawl.stats.read_text("utf-8")) if crawl.stats.exists() else {}
