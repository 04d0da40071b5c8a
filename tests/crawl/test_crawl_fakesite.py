"""The news spider against the fake site, through the real engine: output and accounting."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cleaners import ExtractionError, extract_article
from crawler.multipage import merge_pages
from crawler.pipelines import DEFAULT_MIN_WORDS

from .conftest import ROOT, CrawlResult, run_crawl
from .fakesite import FakeSite

pytestmark = pytest.mark.crawl

OUTCOME_PREFIXES = ("presswash/dropped/", "presswash/skipped/", "presswash/failed/")


def expected_crawl(fake: FakeSite) -> tuple[dict[str, dict[str, Any]], Counter[str]]:
    """Items a correct crawl emits (by URL) and the outcome of every other listed page."""
    items: dict[str, dict[str, Any]] = {}
    outcomes: Counter[str] = Counter()
    first, second = fake.multipage
    for path, html in fake.pages.items():
        if path == second:
            continue
        url = fake.base + path
        try:
            article = extract_article(html, url)
            if path == first:
                article = merge_pages(
                    [article, extract_article(fake.pages[second], fake.base + second)]
                )
        except ExtractionError as exc:
            outcomes[f"presswash/skipped/{exc.reason}"] += 1
            continue
        if not article.headline:
            outcomes["presswash/dropped/no-headline"] += 1
        elif article.wordCount < DEFAULT_MIN_WORDS:
            outcomes["presswash/dropped/too-short"] += 1
        else:
            items[url] = json.loads(json.dumps(article.to_dict()))
    outcomes["presswash/failed/http-404"] += 1  # the deleted story
    outcomes["presswash/failed/robots-txt"] += 1  # the embargoed story under /private/
    outcomes["presswash/dropped/duplicate-url"] += 1  # the ?ref=rss copy
    return items, outcomes


@pytest.fixture(scope="module")
def full_crawl(fake_site: FakeSite, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    return run_crawl(
        tmp_path_factory.mktemp("full"), "news", f"start={fake_site.base}/", site=fake_site.site
    )


def by_url(result: CrawlResult, fake: FakeSite) -> dict[str, dict[str, Any]]:
    """Emitted items by URL; the ?ref=rss copy, if it won the race, stands for its original."""
    found = {}
    for item in result.items:
        if item["url"] == fake.base + fake.duplicate:
            item = {**item, "url": fake.base + fake.duplicate_of}
        found[item["url"]] = item
    return found


def test_every_article_is_emitted_once_and_nothing_else(
    full_crawl: CrawlResult, fake_site: FakeSite
) -> None:
    expected, _ = expected_crawl(fake_site)
    urls = [item["url"] for item in by_url(full_crawl, fake_site).values()]
    assert len(full_crawl.items) == len(urls) == len(set(urls))
    assert by_url(full_crawl, fake_site) == expected


def test_stats_account_for_every_article_request(full_crawl: CrawlResult) -> None:
    outcomes = sum(full_crawl.total(prefix) for prefix in OUTCOME_PREFIXES)
    filtered = full_crawl.total("presswash/filtered/")
    emitted = full_crawl.stat("item_scraped_count")
    assert full_crawl.stat("presswash/articles/requested") == emitted + outcomes + filtered


def test_each_failure_is_counted_under_its_reason(
    full_crawl: CrawlResult, fake_site: FakeSite
) -> None:
    _, expected = expected_crawl(fake_site)
    counted = {k: v for k, v in full_crawl.stats.items() if k.startswith(OUTCOME_PREFIXES)}
    assert counted == dict(expected)


def test_redirect_to_a_listed_article_is_counted_as_a_duplicate_request(
    full_crawl: CrawlResult,
) -> None:
    assert full_crawl.stat("presswash/filtered/duplicate-request") == 1


def test_path_disallowed_by_robots_txt_is_never_fetched(
    fake_site: FakeSite, full_crawl: CrawlResult
) -> None:
    assert fake_site.site.hits[fake_site.disallowed] == 0
    assert full_crawl.stat("robotstxt/forbidden") == 1


def test_server_error_is_retried_and_the_article_emitted(
    full_crawl: CrawlResult, fake_site: FakeSite
) -> None:
    assert full_crawl.stat("retry/reason_count/500 Internal Server Error") == 1
    assert fake_site.base + fake_site.flaky in by_url(full_crawl, fake_site)


def test_retry_after_is_waited_for_before_the_retry(
    full_crawl: CrawlResult, fake_site: FakeSite
) -> None:
    hits = [when for when, path in fake_site.site.log if path == fake_site.busy]
    assert full_crawl.stat("presswash/retry_after_honoured") == 1
    assert hits[-1] - hits[-2] >= 0.95  # Retry-After: 1


def test_multi_page_article_comes_out_as_one_item(
    full_crawl: CrawlResult, fake_site: FakeSite
) -> None:
    first, second = fake_site.multipage
    item = by_url(full_crawl, fake_site)[fake_site.base + first]
    assert "Page one: paragraph 1" in item["articleBody"]
    assert "Page two: paragraph 4" in item["articleBody"]
    assert fake_site.base + second not in by_url(full_crawl, fake_site)


def test_articles_are_requested_newest_first(full_crawl: CrawlResult, fake_site: FakeSite) -> None:
    dated = {a.path: a.published for a in fake_site.articles if a.published}
    requested = [path for _, path in full_crawl.server_log if path in dated]
    first_hits = list(dict.fromkeys(requested))
    newest = sorted(first_hits, key=lambda path: dated[path], reverse=True)
    # Requests in flight together (and new connections) may reach the server out of
    # order, so compare thirds: every one of the newest third before all of the oldest.
    third = len(newest) // 3
    position = {path: n for n, path in enumerate(first_hits)}
    assert len(first_hits) == len(dated)
    assert max(position[p] for p in newest[:third]) < min(position[p] for p in newest[-third:])


def test_second_run_emits_only_new_articles(fake_site: FakeSite, tmp_path: Path) -> None:
    first = run_crawl(tmp_path, "news", f"start={fake_site.base}/", "limit=3")
    second = run_crawl(tmp_path, "news", f"start={fake_site.base}/")
    expected, _ = expected_crawl(fake_site)
    first_urls = {item["url"] for item in first.items}
    second_urls = set(by_url(second, fake_site))
    assert len(first.items) == 3
    assert not first_urls & second_urls
    assert first_urls | second_urls == set(expected)


def test_limit_takes_the_newest_articles(fake_site: FakeSite, tmp_path: Path) -> None:
    result = run_crawl(tmp_path, "news", f"start={fake_site.base}/", "limit=2")
    expected, _ = expected_crawl(fake_site)
    newest = sorted(expected.values(), key=lambda item: item["datePublished"], reverse=True)
    assert {item["url"] for item in result.items} == {item["url"] for item in newest[:2]}


def test_since_keeps_only_articles_published_on_or_after_the_date(
    fake_site: FakeSite, tmp_path: Path
) -> None:
    result = run_crawl(tmp_path, "news", f"start={fake_site.base}/", "since=2024-06-01")
    expected, _ = expected_crawl(fake_site)
    recent = {url for url, item in expected.items() if item["datePublished"] >= "2024-06-01"}
    assert recent and {item["url"] for item in result.items} == recent


def test_scrapy_cli_writes_json_lines_to_stdout_and_logs_to_stderr(
    fake_site: FakeSite, tmp_path: Path
) -> None:
    command = [
        sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start={fake_site.base}/",
        "-o", "-:jsonlines", "-s", f"PRESSWASH_STATE_DIR={tmp_path}", "-s", "DOWNLOAD_DELAY=0",
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "PRESSWASH_RETRY_BACKOFF_BASE=0.05",
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    expected, _ = expected_crawl(fake_site)
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(items) == len(expected)
    assert "Spider closed" in done.stderr


def test_jobdir_resume_emits_each_article_exactly_once(fake_site: FakeSite, tmp_path: Path) -> None:
    jobdir = str(tmp_path / "job")
    first = run_crawl(
        tmp_path, "news", f"start={fake_site.base}/", JOBDIR=jobdir, CLOSESPIDER_ITEMCOUNT=3
    )
    second = run_crawl(tmp_path, "news", f"start={fake_site.base}/", JOBDIR=jobdir)
    expected, _ = expected_crawl(fake_site)
    # by_url in both runs: the feed's ?ref=rss copy of one story may win the race for it
    urls = list(by_url(first, fake_site)) + list(by_url(second, fake_site))
    assert first.stats["finish_reason"] == "closespider_itemcount"
    assert len(first.items) + len(second.items) == len(expected)
    assert sorted(urls) == sorted(expected)


def test_extraction_in_worker_processes_emits_the_same_items(
    fake_site: FakeSite, tmp_path: Path
) -> None:
    result = run_crawl(tmp_path, "news", f"start={fake_site.base}/", PRESSWASH_EXTRACT_WORKERS=2)
    expected, _ = expected_crawl(fake_site)
    assert by_url(result, fake_site) == expected
