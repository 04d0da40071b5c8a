"""Web archives through the real engine: record a crawl of the fake site, replay it, compare.

The live crawl writes WARC with `-s PRESSWASH_WARC_DIR`; the replays (`presswash extract`
on the files, and `scrapy crawl warc` through the pipelines) must give its items.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.localsite import LocalServer, LocalSite, Page
from crawler.newssite import ArticlePage, build_news_site
from tests import warcfiles

from .conftest import ROOT, CrawlResult, run_crawl
from .fakesite import FakeSite, article_html, paragraphs
from .test_crawl_fakesite import by_url

pytestmark = [pytest.mark.crawl]


@pytest.fixture(scope="module")
def recorded(
    fake_site: FakeSite, tmp_path_factory: pytest.TempPathFactory
) -> tuple[CrawlResult, list[Path]]:
    tmp = tmp_path_factory.mktemp("recorded")
    live = run_crawl(
        tmp,
        "news",
        f"start={fake_site.base}/",
        site=fake_site.site,
        PRESSWASH_WARC_DIR=str(tmp / "warc"),
    )
    return live, sorted((tmp / "warc").glob("*.warc.gz"))


def extract_cli(paths: list[Path]) -> tuple[int, list[dict[str, Any]]]:
    command = [sys.executable, "-m", "presswash", "extract", *map(str, paths)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def test_every_fetch_is_recorded_as_a_request_and_a_response(
    recorded: tuple[CrawlResult, list[Path]],
) -> None:
    live, paths = recorded
    kinds: list[str] = []
    for path in paths:
        with path.open("rb") as stream:
            kinds += [r.rec_type for r in ArchiveIterator(stream, check_digests="raise")]
    fetches = live.stat("downloader/response_count")
    assert kinds.count("response") == kinds.count("request") == fetches
    assert kinds.count("warcinfo") == len(paths) >= 1


def test_presswash_extract_on_the_recording_gives_the_live_items(
    recorded: tuple[CrawlResult, list[Path]], fake_site: FakeSite
) -> None:
    live, paths = recorded
    status, items = extract_cli(paths)
    replayed = {item["url"]: item for item in items}
    expected = by_url(live, fake_site)
    assert {url: replayed.get(url) for url in expected} == expected
    # extract emits what the pipelines dropped live, and fails on what the spider skipped
    # and on the listing pages the crawl read for links (the home page)
    assert len(items) - len(expected) == live.total("presswash/dropped/")
    assert status == live.total("presswash/skipped/") + live.stat("presswash/listings/html")


def test_scrapy_crawl_warc_replays_the_recording_through_the_pipelines(
    recorded: tuple[CrawlResult, list[Path]], fake_site: FakeSite, tmp_path: Path
) -> None:
    live, paths = recorded
    replayed = run_crawl(tmp_path, "warc", f"path={paths[0].parent}")
    assert by_url(replayed, fake_site) == by_url(live, fake_site)
    assert replayed.total("presswash/dropped/") == live.total("presswash/dropped/")


def test_a_second_replay_emits_nothing_already_emitted(
    recorded: tuple[CrawlResult, list[Path]], tmp_path: Path
) -> None:
    _, paths = recorded
    first = run_crawl(tmp_path, "warc", f"path={paths[0]}")
    second = run_crawl(tmp_path, "warc", f"path={paths[0]}")
    assert first.items and not second.items
    assert second.stat("presswash/warc/skipped/done-in-earlier-run") >= len(first.items)


def test_a_cc_news_listing_is_read_from_since_on_and_stops_at_limit(
    recorded: tuple[CrawlResult, list[Path]], fake_site: FakeSite, tmp_path: Path
) -> None:
    _, paths = recorded
    data = paths[0].read_bytes()
    names = [
        "crawl-data/CC-NEWS/2024/04/CC-NEWS-20240430120000-00001.warc.gz",
        "crawl-data/CC-NEWS/2024/05/CC-NEWS-20240501120000-00002.warc.gz",
    ]
    for name in names:
        fake_site.site.add(f"/{name}", Page(data, "application/octet-stream"))
    listing = gzip.compress("\n".join(names).encode())  # as Common Crawl serves it
    fake_site.site.add("/warc.paths.gz", Page(listing, "application/octet-stream"))
    result = run_crawl(
        tmp_path,
        "warc",
        f"path={fake_site.base}/warc.paths.gz",
        f"base={fake_site.base}/",
        "since=2024-05-01",
        "limit=2",
        site=fake_site.site,
    )
    fetched = {path for _, path in result.server_log}
    assert len(result.items) == 2
    assert all(item["datePublished"] >= "2024-05-01" for item in result.items)
    assert f"/{names[1]}" in fetched and f"/{names[0]}" not in fetched


def test_scrapy_crawl_warc_counts_damage_and_goes_on(tmp_path: Path) -> None:
    stories = [f"https://news.example.com/2024/05/0{n}/story-{n}/" for n in (1, 2, 3)]
    pages = [
        article_html(f"Story {n}", paragraphs(f"Story {n}"), f"2024-05-0{n}T08:00:00Z")
        for n in (1, 2, 3)
    ]
    cut = warcfiles.record(stories[1], pages[1])
    archive = tmp_path / "damaged.warc.gz"
    archive.write_bytes(
        warcfiles.record(stories[0], pages[0])
        + warcfiles.with_content_length(warcfiles.record(stories[1], pages[1]), 90_000)
        + warcfiles.not_modified_revisit(stories[0])
        + cut[: len(cut) // 2]
        + warcfiles.record(stories[2], pages[2])
    )
    result = run_crawl(tmp_path, "warc", f"path={archive}")
    assert sorted(item["url"] for item in result.items) == [stories[0], stories[2]]
    # how the lying length shows (a short record, or bad bytes after it) is FastWARC's call
    assert result.total("presswash/warc/damaged/") >= 2
    assert result.log.count(f"WARNING: {archive}@") == result.total("presswash/warc/damaged/")
    assert result.stat("presswash/warc/skipped/revisit") == 1


def test_a_gzip_encoded_page_is_recorded_as_sent_and_replays_to_the_live_item(
    tmp_path: Path,
) -> None:
    story = ArticlePage(
        "/2024/05/09/compressed-story/",
        article_html("A compressed story", paragraphs("Squeezed"), "2024-05-09T08:00:00Z"),
        "2024-05-09T08:00:00Z",
        "A compressed story",
    )
    site = LocalSite()
    with LocalServer(site) as server:
        build_news_site(site, server.url, [story])
        sent = gzip.compress(story.html)
        site.add(story.path, Page(sent, headers=(("Content-Encoding", "gzip"),)))
        live = run_crawl(
            tmp_path, "news", f"start={server.url}/", PRESSWASH_WARC_DIR=str(tmp_path / "warc")
        )
    [path] = (tmp_path / "warc").glob("*.warc.gz")
    recorded = []  # (Content-Encoding, payload as stored) of the story's responses
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "response" and uri.endswith(story.path):
                encoding = record.http_headers.get_header("Content-Encoding")
                recorded.append((encoding, record.raw_stream.read()))
    _, replayed = extract_cli([path])
    assert recorded == [("gzip", sent)]
    assert replayed == live.items and len(live.items) == 1
