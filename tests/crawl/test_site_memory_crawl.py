"""A crawl learns each site's furniture as it goes, keeps it in the crawl state, loses no story.

The site is CONSTRUCTED from a real template: five sibling pages of the real TechRadar page
(`tests/siblings.py`), each carrying another fixture's story in Future plc's markup, served
on 127.0.0.1 (not a replay host, so no site rule applies: the generic path and memory).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from cleaners.memory import SiteMemory
from crawler.localsite import LocalServer, LocalSite
from crawler.newssite import ArticlePage, build_news_site
from tests.siblings import siblings

from .conftest import run_crawl

pytestmark = pytest.mark.crawl

DONORS = ("itpro", "techcrunch", "venturebeat", "zdnet", "9to5mac")


def crawl_siblings(tmp_path: Path, state: Path, **settings: object) -> list[dict[str, object]]:
    site = LocalSite()
    pages = [
        ArticlePage(f"/2026/05/2{n}/sibling-story-{n}/", html, f"2026-05-2{n}T08:00:00Z")
        for n, (html, _url) in enumerate(siblings("techradar", DONORS))
    ]
    with LocalServer(site) as server:
        build_news_site(site, server.url, pages)
        result = run_crawl(tmp_path, "news", f"start={server.url}/", state_dir=state, **settings)
    return sorted(result.items, key=lambda item: str(item["url"]))


def test_crawl_memory_removes_repeated_furniture_keeps_every_line_and_is_saved(
    tmp_path: Path,
) -> None:
    plain = crawl_siblings(tmp_path, tmp_path / "plain", PRESSWASH_SITE_MEMORY=False)
    learned = crawl_siblings(tmp_path, tmp_path / "learned", PRESSWASH_SITE_MEMORY_WARMUP=2)
    assert len(plain) == len(learned) == len(DONORS)
    furniture = [r for item in learned for r in item["removed"] if r["kind"] == "site-furniture"]
    assert furniture, "after the warm-up, blocks repeated on the other pages go"
    for before, after in zip(plain, learned, strict=True):
        kept = str(after["articleBody"]).split("\n")
        lost = [line for line in str(before["articleBody"]).split("\n") if line not in kept]
        removed = [r["text"] for r in after["removed"] if r["kind"] == "site-furniture"]
        assert all(any(line in text for text in removed) for line in lost)
        assert all(len(line) < 300 for line in lost), "no story paragraph"
    with sqlite3.connect(tmp_path / "learned" / "news.sqlite") as db:
        ((saved,),) = db.execute("SELECT saved FROM site_memory").fetchall()
    assert len(SiteMemory.from_json(saved).pages) == len(DONORS)


def furniture_by_item(items: list[dict[str, object]]) -> dict[str, list[object]]:
    """Each item's site-furniture removals, by URL path (each crawl has its own port)."""
    return {
        urlsplit(str(item["url"])).path: [
            r for r in item["removed"] if r["kind"] == "site-furniture"
        ]  # type: ignore[attr-defined]
        for item in items
    }


def test_crawl_with_extraction_workers_removes_what_in_process_memory_removes(
    tmp_path: Path,
) -> None:
    """One page downloaded at a time, so both crawls see the pages in the same order."""
    settings = {"PRESSWASH_SITE_MEMORY_WARMUP": 2, "CONCURRENT_REQUESTS": 1}
    own = crawl_siblings(tmp_path, tmp_path / "own", PRESSWASH_EXTRACT_WORKERS=0, **settings)
    workers = crawl_siblings(tmp_path, tmp_path / "pool", PRESSWASH_EXTRACT_WORKERS=2, **settings)
    assert any(furniture_by_item(own).values()), "memory removed something"
    assert furniture_by_item(workers) == furniture_by_item(own)
