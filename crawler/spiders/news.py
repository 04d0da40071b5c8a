"""`scrapy crawl news -a start=URL`: any site, from its home page, feed, sitemap or robots.txt.

The start document is sniffed (robots.txt, sitemap, feed or HTML page) and read like the
listings of a site spider; the site's robots.txt is read too, for its `Sitemap:` lines.
Articles are kept to the start URL's domain.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from ..arguments import SpiderArgumentError
from .base import ArticleSpider


class NewsSpider(ArticleSpider):
    name = "news"

    def __init__(self, *args: Any, start: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not start:
            raise SpiderArgumentError(
                "the news spider needs a start URL: scrapy crawl news -a start=URL"
            )
        if "//" not in start:
            start = f"https://{start}"
        self.start_url = start
        host = (urlsplit(start).hostname or "").lower()
        self.allowed_domains = [host.removeprefix("www.")]

    def discovery_urls(self) -> list[str]:
        return list(dict.fromkeys([self.start_url, urljoin(self.start_url, "/robots.txt")]))
