"""scrapy-redis's request filter, counting filtered article requests like the local one."""

from __future__ import annotations

from typing import Any

import redis
from scrapy import Request
from scrapy.statscollectors import StatsCollector
from scrapy_redis.dupefilter import RFPDupeFilter

from ..spiders.base import CANDIDATE_META


class SharedDupeFilter(RFPDupeFilter):  # type: ignore[misc]
    """Fingerprints in one Redis set per crawl; cleared when the crawl completes, not before."""

    def __init__(self, server: redis.Redis, key: str, stats: StatsCollector | None) -> None:
        super().__init__(server, key)
        self.stats = stats

    def close(self, reason: str = "") -> None:
        """Keep the set: other workers are still using it (`WorkerRegistry.leave` clears it)."""

    def log(self, request: Request, spider: Any) -> None:
        super().log(request, spider)
        if request.meta.get(CANDIDATE_META) and self.stats is not None:
            self.stats.inc_value("presswash/filtered/duplicate-request")
