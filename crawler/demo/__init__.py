"""`presswash demo`: crawl the bundled pages, served on 127.0.0.1, through the real engine.

No network: a local server serves a news site (robots.txt, sitemap index, news sitemap,
feed, home page) built from the bundled article pages (`pages/index.json` says which are
real pages and which are reconstructions), and the `news` spider crawls it with the
project's settings, printing JSON lines on stdout. The local server is declared a replay
host, so each page is extracted under its canonical (original) URL, with the rule version
of its capture date (sent in a header), as it was on the live site.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cleaners import extract_article

from ..localsite import LocalServer, LocalSite
from ..newssite import ArticlePage, build_news_site

PAGES = Path(__file__).parent / "pages"


def demo_articles() -> list[ArticlePage]:
    """The bundled pages, dated and titled as their own markup says (for the sitemaps)."""
    index = json.loads((PAGES / "index.json").read_text(encoding="utf-8"))
    pages = []
    for entry in index:
        html = gzip.decompress((PAGES / entry["file"]).read_bytes())
        article = extract_article(html, entry["url"], fetched=date.fromisoformat(entry["fetched"]))
        path = urlsplit(entry["url"]).path
        pages.append(
            ArticlePage(path, html, article.datePublished, article.headline, entry["fetched"])
        )
    return pages


def demo_origins() -> Counter[str]:
    """How many bundled pages are real pages and how many reconstructions."""
    index = json.loads((PAGES / "index.json").read_text(encoding="utf-8"))
    return Counter(str(entry["origin"]) for entry in index)


def project_settings(overrides: dict[str, Any]) -> Any:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(overrides, priority="cmdline")
    return settings


def run_demo(output: str = "stdout:", limit: int | None = None, log_level: str = "WARNING") -> int:
    """Serve the demo site, crawl it, write JSON lines to `output`; returns items emitted."""
    from scrapy.crawler import CrawlerProcess

    site = LocalSite()
    with LocalServer(site) as server:
        build_news_site(site, server.url, demo_articles(), name="presswash demo")
        settings = project_settings(
            {
                "FEEDS": {output: {"format": "jsonlines", "encoding": "utf-8"}},
                "LOG_LEVEL": log_level,
                "PRESSWASH_STATE_DIR": "",  # the demo shows everything on every run
                "PRESSWASH_REPLAY_HOSTS": ["127.0.0.1"],
                "AUTOTHROTTLE_ENABLED": False,
                "DOWNLOAD_DELAY": 0,
            }
        )
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("news")
        kwargs: dict[str, Any] = {"start": f"{server.url}/"}
        if limit:
            kwargs["limit"] = str(limit)
        process.crawl(crawler, **kwargs)
        process.start()
        assert crawler.stats is not None
        return int(crawler.stats.get_value("item_scraped_count", 0))
