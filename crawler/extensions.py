"""A one-line summary of the crawl's outcome from the stats: INFO, or ERROR when it failed."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from .outcome import CrawlOutcome

logger = logging.getLogger(__name__)


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
        outcome = CrawlOutcome.from_stats(stats, reason)
        logger.log(logging.ERROR if outcome.failed else logging.INFO, "%s", outcome.summary())
        missed = {k: v for k, v in stats.items() if k.startswith("presswash/site_rule_missed/")}
        for key, count in missed.items():
            logger.warning(
                "site rule %s missed on %s pages: the site may have been redesigned",
                key.rsplit("/", 1)[1],
                count,
            )
