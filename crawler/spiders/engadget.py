"""Engadget: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.engadget`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class EngadgetSpider(ArticleSpider):
    name = "engadget"
    allowed_domains = ("engadget.com",)
    home_url = "https://www.engadget.com/"
    feed_urls = ("https://www.engadget.com/rss.xml",)
    url_rules = UrlRules(allow=(r"-\d{6,}\.html$",))
