"""Run one crawl in this process and save its items and stats (the tests' subprocess).

python -m tests.crawl.run_crawl SPIDER ITEMS_JSONL STATS_JSON SETTINGS_JSON [name=value ...]

Twisted's reactor cannot restart, so every crawl in the tests is its own process.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from scrapy.crawler import CrawlerProcess

    from crawler.demo import project_settings

    spider, items, stats_path, overrides, *args = argv
    settings = project_settings(
        {"FEEDS": {items: {"format": "jsonlines", "encoding": "utf-8"}}, **json.loads(overrides)}
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **dict(arg.split("=", 1) for arg in args))
    process.start()
    assert crawler.stats is not None
    Path(stats_path).write_text(json.dumps(crawler.stats.get_stats(), default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
