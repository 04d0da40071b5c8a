"""Scrapy's duplicate filter, within one run, counting filtered article requests in the stats.

A redirect to an article already fetched is dropped by the duplicate filter without a
callback or errback; counting it keeps the per-URL accounting complete.

Scrapy appends to JOBDIR's `requests.seen` as it goes. After a hard kill the requests in
flight stayed "seen" forever and were never fetched. Across runs the spider skips what
the crawl state marks done, so this filter keeps no file: it forgets at the end of a run.
(The request queue a hard kill leaves behind is the scheduler's business: `scheduler.py`.)
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

from .spiders.base import CANDIDATE_META

logger = logging.getLogger(__name__)


class CountingDupeFilter(RFPDupeFilter):
    """Filters within one run only; counts the article requests it filters."""

    def __init__(self, path: str | None = None, debug: bool = False, **kwargs: Any) -> None:
        super().__init__(None, debug, **kwargs)  # no requests.seen: see the module docstring

    def log(self, request: Request, spider: object) -> None:
        super().log(request, spider)
        crawler = getattr(spider, "crawler", None)
        if request.meta.get(CANDIDATE_META) and crawler is not None and crawler.stats:
            crawler.stats.inc_value("presswash/filtered/duplicate-request")
