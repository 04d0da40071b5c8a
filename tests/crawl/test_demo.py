"""The README's first command: `presswash demo` crawls the bundled pages offline."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from cleaners import extract_article
from crawler.demo import PAGES, demo_articles

from .conftest import ROOT


def test_every_bundled_page_is_indexed_and_licensed() -> None:
    index = json.loads((PAGES / "index.json").read_text("utf-8"))
    assert sorted(entry["file"] for entry in index) == sorted(p.name for p in PAGES.glob("*.gz"))
    assert (PAGES / "LICENSE").exists()


@pytest.mark.crawl
def test_demo_prints_one_json_line_per_bundled_article_under_its_site_rule() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "presswash", "demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    items = [json.loads(line) for line in done.stdout.splitlines()]
    index = json.loads((PAGES / "index.json").read_text("utf-8"))
    expected = {
        entry["url"]: extract_article(
            page.html, entry["url"], fetched=date.fromisoformat(entry["fetched"])
        ).site
        for entry, page in zip(index, demo_articles(), strict=True)
    }
    assert len(items) == len(demo_articles())
    assert {item["url"]: item["site"] for item in items} == expected
