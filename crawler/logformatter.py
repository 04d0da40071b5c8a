"""Log lines for items: one line each, without the item.

Scrapy logs a dropped item with its full repr, which for an article is its whole body
and HTML: a wall of text per duplicate, and a measurable cost on a large crawl. The
drop reason and URL are in the `DropItem` message; the item stays out of the log.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure


class ArticleLogFormatter(LogFormatter):
    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        return {**result, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def scraped(
        self, item: Any, response: Response | Failure | None, spider: Spider
    ) -> LogFormatterResult:
        url = getattr(item, "url", None) or (item.get("url") if isinstance(item, dict) else None)
        result = super().scraped(item, response, spider)
        return {**result, "msg": "Scraped %(url)s", "args": {"url": url}}
