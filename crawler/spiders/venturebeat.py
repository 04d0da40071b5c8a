"""VentureBeat: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.venturebeat`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class VenturebeatSpider(ArticleSpider):
    name = "venturebeat"
    allowed_domains = ("venturebeat.com",)
    home_url = "https://venturebeat.com/"
    feed_urls = ("https://venturebeat.com/feed/",)
    url_rules = UrlRules(allow=(r"^/[\w-]+/[\w-]+-[\w-]+/?$",))
