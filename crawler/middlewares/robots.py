"""Fetch each host's robots.txt once, though two components want it.

Scrapy's `RobotsTxtMiddleware` downloads robots.txt to obey it, and the spider reads it
again for its `Sitemap:` lines; Scrapy's robots parsers keep neither the body nor the
sitemaps for anyone else. The spider's request goes through `RobotsTxtMiddleware` like
any other (it waits for the rules, which allow robots.txt itself), and this middleware,
placed after it, answers the spider from the response the rules were read from.
Without `ROBOTSTXT_OBEY` only the spider fetches it, once.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

ROBOTS_PATH = "/robots.txt"


class RobotsTxtOnceMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.fetched: dict[str, Response] = {}  # robots.txt URL -> its response

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsTxtOnceMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Response | None:
        if urlsplit(request.url).path != ROBOTS_PATH:
            return None
        response = self.fetched.get(request.url)
        if response is None:
            return None
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("presswash/robots/reused")
        return response.replace(request=request)

    def process_response(self, request: Request, response: Response) -> Response:
        if urlsplit(request.url).path == ROBOTS_PATH:
            self.fetched.setdefault(request.url, response)
        return response
