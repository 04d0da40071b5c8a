"""Politeness: Retry-After parsing, robots.txt Crawl-delay spacing requests on a real crawl."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest

from crawler.localsite import LocalServer, LocalSite, Page
from crawler.middlewares.retry import retry_after_seconds
from crawler.newssite import ArticlePage, build_news_site

from .conftest import run_crawl
from .fakesite import article_html, paragraphs


def test_retry_after_in_seconds() -> None:
    assert retry_after_seconds(b"120") == 120.0


def test_retry_after_as_http_date() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Wed, 01 May 2024 12:00:30 GMT", now) == 30.0


def test_retry_after_in_the_past_or_unreadable() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Wed, 01 May 2024 11:00:00 GMT", now) == 0.0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


@pytest.mark.crawl
def test_robots_crawl_delay_spaces_requests_to_the_host(tmp_path: Path) -> None:
    site = LocalSite()
    with LocalServer(site) as server:
        stories = [
            ArticlePage(
                f"/2024/05/0{n}/story-number-{n}/",
                article_html(f"Story {n}", paragraphs(f"Story {n}"), f"2024-05-0{n}T08:00:00Z"),
                f"2024-05-0{n}T08:00:00Z",
            )
            for n in range(1, 5)
        ]
        build_news_site(site, server.url, stories)
        site.add("/robots.txt", Page(b"User-agent: *\nCrawl-delay: 0.4\n", "text/plain"))
        result = run_crawl(tmp_path, "news", f"start={server.url}/sitemaps/news.xml", site=site)
    times = [when for when, path in result.server_log if path.startswith("/2024/")]
    gaps = [later - earlier for earlier, later in pairwise(times)]
    assert len(result.items) == 4
    assert min(gaps) >= 0.35  # 0.4 s asked; timer resolution allowance
    assert result.stats[f"presswash/crawl_delay/{server.url.removeprefix('http://')}"] == 0.4
