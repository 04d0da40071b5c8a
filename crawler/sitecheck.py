"""`presswash check-site SITE`: fetch a few live articles and say whether the rule still matches.

Sites redesign without notice; a site rule whose body selector matches nothing sends
pages down the generic path. This runs the site's spider for a handful of its newest
articles and reports, per page, whether the rule matched. With `--saved DIR` it checks
saved pages instead (no network): each page is extracted as the crawl would, under the
rule version its fetch date picks (the `yyyy-mm-dd` its file name starts with, else
today), and for a miss it says which version was tried and which versions' body selectors
would match, so a user can tell whether a new rule version is needed.
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cleaners import ExtractionError, extract_article
from cleaners.document import parse_html
from cleaners.sites import default_registry

from .demo import project_settings


@dataclass
class SiteCheck:
    site: str
    matched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)  # per missed page: what was tried
    other: list[str] = field(default_factory=list)  # saved pages of another site, or broken

    @property
    def fetched(self) -> int:
        return len(self.matched) + len(self.missed)

    def failures(self) -> dict[str, int]:
        return {
            key.removeprefix("presswash/"): value
            for key, value in self.stats.items()
            if key.startswith(("presswash/listings/failed/", "presswash/failed/"))
        }


def check_site(site: str, pages: int = 3, log_level: str = "ERROR") -> SiteCheck:
    from scrapy.crawler import CrawlerProcess

    with tempfile.TemporaryDirectory(prefix="presswash-check-") as tmp:
        output = Path(tmp) / "items.jsonl"
        settings = project_settings(
            {
                "FEEDS": {str(output): {"format": "jsonlines", "encoding": "utf-8"}},
                "LOG_LEVEL": log_level,
                "PRESSWASH_STATE_DIR": "",  # a check looks at today's pages, seen or not
                "RETRY_TIMES": 1,
                "DOWNLOAD_TIMEOUT": 20,
            }
        )
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(site)
        process.crawl(crawler, limit=str(pages))
        process.start()
        check = SiteCheck(site, stats=dict(crawler.stats.get_stats() if crawler.stats else {}))
        lines = output.read_text(encoding="utf-8").splitlines() if output.exists() else []
    for line in lines:
        item = json.loads(line)
        missed = bool(item.get("siteRuleMissed"))
        (check.missed if missed else check.matched).append(item.get("url") or "?")
    return check


SAVED_PAGES = ("*.html", "*.htm", "*.html.gz", "*.htm.gz")
FETCH_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def check_saved(site: str, directory: Path) -> SiteCheck:
    """The check on saved pages: did the site's rule find the body of each?"""
    check = SiteCheck(site)
    paths = sorted({path for pattern in SAVED_PAGES for path in directory.glob(pattern)})
    for path in paths:
        raw = path.read_bytes()
        html = gzip.decompress(raw) if path.suffix == ".gz" else raw
        fetched = fetch_date(path.name)
        try:
            article = extract_article(html, fetched=fetched)
        except ExtractionError as exc:
            check.other.append(f"{path.name}: {exc.reason}")
            continue
        if article.site == site:
            check.matched.append(path.name)
        elif article.siteRuleMissed == site:
            check.missed.append(path.name)
            check.details[path.name] = miss_detail(site, html, article.canonicalUrl, fetched)
        else:
            check.other.append(f"{path.name}: a page of {article.site}, not {site}")
    return check


def fetch_date(name: str) -> date:
    found = FETCH_DATE.match(name)
    try:
        return date.fromisoformat(found.group(1)) if found else datetime.now(UTC).date()
    except ValueError:
        return datetime.now(UTC).date()


def miss_detail(site: str, html: bytes, url: str | None, fetched: date) -> str:
    registry = default_registry()
    tried = registry.match(url, fetched)
    root = parse_html(html)
    fitting = [
        rule.version
        for rule in registry.for_site(site)
        if rule.body_selector and rule.body_selector(root)
    ]
    would = (
        f"versions whose body selector matches: {', '.join(fitting)}"
        if fitting
        else ("no version's body selector matches: a new rule version is needed")
    )
    return f"version {tried.version if tried else '?'} tried (fetched {fetched}); {would}"
