"""`presswash check-site SITE`: fetch a few live articles and say whether the rule still matches.

Sites redesign without notice; a site rule whose body selector matches nothing sends
pages down the generic path. This runs the site's spider for a handful of its newest
articles and reports, per page, whether the rule matched.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .demo import project_settings


@dataclass
class SiteCheck:
    site: str
    matched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

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
