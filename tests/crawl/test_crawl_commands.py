"""`scrapy crawl` and `presswash crawl` keep their promises: usage errors, exit status, summary."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.localsite import LocalServer, LocalSite
from crawler.newssite import ArticlePage, build_news_site

from ..guide_example import PATH, write_example_package
from .conftest import CRAWL_TIMEOUT, ROOT
from .fakesite import article_html, paragraphs

REPRINT = "This story first appeared in our Weekly Chips newsletter."
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0"]


def run(
    command: list[str], cwd: Path = ROOT, path: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m COMMAND` with this checkout (and `path`, if given) first on the path."""
    paths = [str(ROOT), *([str(path)] if path else []), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=CRAWL_TIMEOUT,
        check=False,
    )


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def small_site() -> Iterator[str]:
    """Two articles with their listings: a whole crawl takes a second."""
    site = LocalSite()
    with LocalServer(site) as server:
        articles = [
            ArticlePage(
                f"/2024/05/0{n}/story-number-{n}/",
                article_html(
                    f"Story number {n}",
                    [*paragraphs(f"Story {n}"), REPRINT],
                    f"2024-05-0{n}T10:00:00Z",
                ),
                f"2024-05-0{n}T10:00:00+00:00",
                f"Story number {n}",
            )
            for n in (1, 2)
        ]
        build_news_site(site, server.url, articles)
        yield server.url


@pytest.mark.parametrize(
    ("spider", "argument", "message"),
    [
        ("theverge", "since=notadate", "since='notadate' is not a date"),
        ("theverge", "limit=abc", "limit='abc' is not a positive whole number"),
        ("theverge", "limit=0", "limit='0' is not a positive whole number"),
        ("theverge", "limit=-1", "limit='-1' is not a positive whole number"),
        ("news", "since=2024-01-01", "the news spider needs a start URL"),
    ],
)
def test_bad_spider_argument_is_a_usage_error_without_traceback(
    spider: str, argument: str, message: str
) -> None:
    done = run(["scrapy", "crawl", spider, "-a", argument])
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f": error: {spider}: {message}" in done.stderr


@pytest.mark.crawl
def test_crawl_of_an_unreachable_site_exits_1_and_says_what_failed(tmp_path: Path) -> None:
    start = f"http://127.0.0.1:{closed_port()}/"
    done = run(
        ["scrapy", "crawl", "news", "-a", f"start={start}", *FAST, "-s", "PRESSWASH_STATE_DIR="]
    )
    assert done.returncode == 1
    assert "presswash: crawl failed, nothing emitted" in done.stderr
    assert "listings failed: " in done.stderr
    assert "connection-refused=2" in done.stderr  # robots.txt and the start page


@pytest.mark.crawl
def test_second_identical_crawl_says_the_articles_were_emitted_before(
    small_site: str, tmp_path: Path
) -> None:
    command = ["scrapy", "crawl", "news", "-a", f"start={small_site}/", *FAST]
    command += ["-s", f"PRESSWASH_STATE_DIR={tmp_path}", "-o", f"{tmp_path}/items.jsonl"]
    first, second = run(command), run(command)
    assert (first.returncode, second.returncode) == (0, 0)
    assert "2 emitted" in first.stderr
    assert "2 articles in the listings were already emitted or dropped by an earlier run" in (
        second.stderr
    )
    assert "PRESSWASH_STATE_DIR=" in second.stderr.split("earlier run", 1)[1]


@pytest.mark.crawl
def test_presswash_crawl_runs_the_project_from_another_directory(
    small_site: str, tmp_path: Path
) -> None:
    start = f"start={small_site}/"
    command = ["presswash", "crawl", "news", "-a", start, "-a", "limit=1", *FAST, "-O", "out.jsonl"]
    done = run(
        command,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert len((tmp_path / "out.jsonl").read_text("utf-8").splitlines()) == 1
    assert (tmp_path / ".scrapy" / "presswash-state" / "news.sqlite").exists()


def test_presswash_crawl_reports_bad_arguments_like_scrapy(tmp_path: Path) -> None:
    done = run(["presswash", "crawl", "theverge", "-a", "limit=0"], cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "limit='0' is not a positive whole number" in done.stderr


@pytest.mark.crawl
def test_presswash_cleaners_setting_adds_the_guide_example_to_a_crawl(
    small_site: str, tmp_path: Path
) -> None:
    packages = write_example_package(tmp_path / "packages")
    command = ["scrapy", "crawl", "news", "-a", f"start={small_site}/", *FAST]
    command += ["-s", "PRESSWASH_STATE_DIR=", "-O", f"{tmp_path}/items.jsonl"]
    plain = run([*command, "-s", "PRESSWASH_CLEANERS={}"], path=packages)
    plain_items = (tmp_path / "items.jsonl").read_text("utf-8")
    cleaned = run([*command, "-s", f'PRESSWASH_CLEANERS={{"{PATH}": 450}}'], path=packages)
    cleaned_items = (tmp_path / "items.jsonl").read_text("utf-8")
    assert (plain.returncode, cleaned.returncode) == (0, 0)
    assert plain_items.count(REPRINT) >= 2  # in the body of both articles
    assert cleaned_items.count('"cleaner": "first-appeared"') == 2
    assert REPRINT not in cleaned_items.replace(f'"text": "{REPRINT}"', "")


def test_bad_presswash_cleaners_setting_is_one_usage_line() -> None:
    done = run(["scrapy", "crawl", "theverge", "-s", 'PRESSWASH_CLEANERS={"nosuch.Cleaner": 1}'])
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "error: PRESSWASH_CLEANERS: 'nosuch.Cleaner': cannot be imported" in done.stderr
