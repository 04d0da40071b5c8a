"""Scrapy's duplicate filter, counting filtered article requests in presswash's stats.

A redirect to an article already fetched is dropped by the duplicate filter without a
callback or errback; counting it keeps the per-URL accounting complete.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

from .spiders.base import CANDIDATE_META


class CountingDupeFilter(RFPDupeFilter):
    def log(self, request: Request, spider: object) -> None:
        super().log(request, spider)
        crawler = getattr(spider, "crawler", None)
        if request.meta.get(CANDIDATE_META) and crawler is not None and crawler.stats:
            crawler.stats.inc_value("presswash/filtered/duplicate-request")
