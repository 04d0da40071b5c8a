"""A one-line summary of the crawl's outcome at INFO, from the stats."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

MISSED = "presswash/site_rule_missed/"
OUTCOME_PREFIXES = ("presswash/dropped/", "presswash/skipped/", "presswash/failed/")


class CrawlSummary:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        assert crawler.stats is not None
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.summarise, signal=signals.spider_closed)
        return extension

    def summarise(self, spider: object, reason: str) -> None:
        stats = self.stats.get_stats()
        outcomes = {
            key.removeprefix("presswash/"): value
            for key, value in sorted(stats.items())
            if key.startswith(OUTCOME_PREFIXES)
        }
        missed = {k: v for k, v in stats.items() if k.startswith(MISSED)}
        logger.info(
            "presswash: %s article requests, %s emitted; %s (closed: %s)",
            stats.get("presswash/articles/requested", 0),
            stats.get("item_scraped_count", 0),
            ", ".join(f"{k}={v}" for k, v in outcomes.items()) or "nothing dropped or failed",
            reason,
        )
        for key, count in missed.items():
            site = key.removeprefix(MISSED)
            logger.warning(
                "site rule %s missed on %s pages (version %s tried, missing since %s in this "
                "run): the site may have been redesigned; `presswash check-site %s --saved DIR` "
                "checks saved pages",
                site,
                count,
                stats.get(f"presswash/site_rule_missed_version/{site}", "?"),
                stats.get(f"presswash/site_rule_missed_since/{site}", "?"),
                site,
            )
