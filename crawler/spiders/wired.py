"""Wired: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.wired`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class WiredSpider(ArticleSpider):
    name = "wired"
    allowed_domains = ("wired.com",)
    home_url = "https://www.wired.com/"
    feed_urls = ("https://www.wired.com/feed/rss",)
    url_rules = UrlRules(allow=(r"^/story/[\w-]+/?$",))
