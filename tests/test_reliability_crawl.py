"""Fault injection: the real crawler against a site on 127.0.0.1 that misbehaves on purpose.

One crawl of `tests.reliability.faultsite` (slow pages, 429/503 with Retry-After, 500s,
resets mid-body, bad gzip, a gzip bomb, a 50 MB page, redirect loops, PDF/PNG/JSON under
article URLs, undeclared and lying charsets, malformed and empty pages) must finish,
account for every listed URL, and write only valid, unique JSON lines. Then crawls
stopped midway (SIGINT, SIGKILL) and resumed must emit every article exactly once.
"""

from __future__ import annotations

import json
import re
import signal
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.crawlrun import read_stats, start_crawl
from tests.reliability.faultsite import FaultSite

pytestmark = pytest.mark.crawl

OUTCOMES = ("presswash/failed/", "presswash/skipped/", "presswash/dropped/", "presswash/filtered/")
LOGGED_OUTCOME = re.compile(r"\] (?:WARNING|INFO): (?:failed|skipped) (\S+) \(([\w-]+)\)")


@dataclass
class FaultCrawl:
    site: FaultSite
    items: list[dict[str, Any]]
    lines: list[str]
    stats: dict[str, Any]
    log: str

    def item(self, path: str) -> dict[str, Any] | None:
        return next((i for i in self.items if i["url"] == self.site.base + path), None)


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultCrawl]:
    with FaultSite() as site:
        crawl = start_crawl(tmp_path_factory.mktemp("faults"), site.base + "/sitemap.xml")
        log = crawl.wait()
        assert crawl.process.returncode == 0, log[-3000:]
        lines = crawl.lines()
        yield FaultCrawl(site, [json.loads(line) for line in lines], lines, read_stats(crawl), log)


def test_crawl_finishes(fault_crawl: FaultCrawl) -> None:
    assert fault_crawl.stats["finish_reason"] == "finished"


def test_every_listed_url_is_requested(fault_crawl: FaultCrawl) -> None:
    listed = len(fault_crawl.site.article_paths)
    assert fault_crawl.stats["presswash/articles/requested"] == listed


def test_every_listed_url_ends_as_an_item_or_a_counted_outcome(fault_crawl: FaultCrawl) -> None:
    outcomes = sum(v for k, v in fault_crawl.stats.items() if k.startswith(OUTCOMES))
    assert len(fault_crawl.items) + outcomes == len(fault_crawl.site.article_paths)


@pytest.mark.parametrize("slug", [case.slug for case in FaultSite().expectations.values()])
def test_each_fault_ends_as_expected(fault_crawl: FaultCrawl, slug: str) -> None:
    path = f"/2024/05/01/{slug}/"
    case = fault_crawl.site.expectations[path]
    item = fault_crawl.item(path)
    assert (item is not None) == case.expect_item
    if case.text is not None:
        assert item is not None and case.text in item["headline"] + item["articleBody"]


def test_each_failed_url_is_logged_with_its_reason(fault_crawl: FaultCrawl) -> None:
    logged = {url: reason for url, reason in LOGGED_OUTCOME.findall(fault_crawl.log)}
    emitted = {item["url"] for item in fault_crawl.items}
    listed = {fault_crawl.site.base + path for path in fault_crawl.site.article_paths}
    redirected_away = {fault_crawl.site.base + "/2024/05/01/redirect-loop/"}  # counted as filtered
    assert listed - emitted - redirected_away <= set(logged)


def test_output_lines_all_parse_as_articles(fault_crawl: FaultCrawl) -> None:
    assert all(json.loads(line)["articleBody"] for line in fault_crawl.lines)


def test_output_holds_no_duplicate(fault_crawl: FaultCrawl) -> None:
    urls = Counter(item["url"] for item in fault_crawl.items)
    bodies = Counter(item["articleBody"] for item in fault_crawl.items)
    assert max(urls.values()) == 1
    assert max(bodies.values()) == 1


def test_retry_after_is_honoured_and_the_page_recovers(fault_crawl: FaultCrawl) -> None:
    assert fault_crawl.site.hits["/2024/05/01/429-retry-after/"] == 2
    assert fault_crawl.stats["presswash/retry_after_honoured"] >= 2


CUT_AT_SIZE_LIMIT = [("50mb-page", "download-cancelled"), ("gzip-bomb", "ignored")]


@pytest.mark.parametrize(("slug", "reason"), CUT_AT_SIZE_LIMIT)
def test_giant_page_and_gzip_bomb_are_cut_at_the_size_limit(
    fault_crawl: FaultCrawl, slug: str, reason: str
) -> None:
    # memory is measured by docs/reliability.md; a subprocess inherits pytest's peak RSS
    url = f"{fault_crawl.site.base}/2024/05/01/{slug}/"
    assert dict(LOGGED_OUTCOME.findall(fault_crawl.log))[url] == reason
    assert fault_crawl.site.hits[f"/2024/05/01/{slug}/"] == 1  # not retried


def test_listed_local_files_and_malformed_urls_are_refused_not_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(f"<html><body><p>{'SECRET-LOCAL-FILE words. ' * 40}</p></body></html>")
    with FaultSite() as site:
        site.only(["/2024/05/01/plain/"])
        site.foreign_urls = [secret.as_uri(), "http://[bad/x", "data:text/html,<p>x</p>"]
        site.robots_sitemaps = [secret.as_uri(), "http://[oops/"]
        crawl = start_crawl(tmp_path, site.base + "/sitemap.xml")
        log = crawl.wait()
    stats = read_stats(crawl)
    assert crawl.process.returncode == 0, log[-3000:]
    assert "SECRET-LOCAL-FILE" not in crawl.items.read_text("utf-8")
    assert stats["presswash/discovery/skipped/bad-scheme"] == 2
    assert stats["presswash/discovery/skipped/bad-url"] == 1
    assert stats.get("presswash/listings/refused/bad-scheme") == 1, stats
    assert stats.get("spider_exceptions/count", 0) == 0
    assert len(crawl.lines()) == 1  # the one real article, listed before the bad URLs


# -- resume ------------------------------------------------------------------------------


def stop_and_resume(
    tmp_path: Path, sig: signal.Signals, articles: int, stop_after: int
) -> Counter[str]:
    """Crawl, stop with `sig` after `stop_after` items, resume; emitted URL counts.

    The one duplicate the state allows (`crawler/state.py`, `_commit_after_export`): a
    kill between writing an item and committing it, so only the last item the stopped run
    wrote may come again. It is counted once here, and only that one.
    """
    with FaultSite() as site:
        site.only([])
        site.add_articles(articles, delay=0.05)
        settings = {"JOBDIR": str(tmp_path / "job"), "CONCURRENT_REQUESTS": 4}
        first = start_crawl(tmp_path, site.base + "/sitemap.xml", "first", **settings)
        first.stop_after(stop_after, sig)
        second = start_crawl(tmp_path, site.base + "/sitemap.xml", "second", **settings)
        log = second.wait()
        assert second.process.returncode == 0, log[-3000:]
        emitted = Counter(json.loads(line)["url"] for line in first.lines() + second.lines())
        if first.lines():
            last = json.loads(first.lines()[-1])["url"]
            emitted[last] = min(emitted[last], 1)  # killed between its write and its commit
        assert set(emitted) <= {site.base + path for path in site.article_paths}
        assert len(first.lines()) < articles  # it did stop midway
        emitted.update({site.base + path: 0 for path in site.article_paths})  # the lost count 0
        return emitted


def test_sigint_and_resume_emit_every_article_exactly_once(tmp_path: Path) -> None:
    emitted = stop_and_resume(tmp_path, signal.SIGINT, articles=60, stop_after=15)
    assert set(emitted.values()) == {1}


def test_hard_kill_and_resume_emit_every_article_exactly_once(tmp_path: Path) -> None:
    emitted = stop_and_resume(tmp_path, signal.SIGKILL, articles=400, stop_after=250)
    assert set(emitted.values()) == {1}
