"""TechCrunch: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.techcrunch`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class TechcrunchSpider(ArticleSpider):
    name = "techcrunch"
    allowed_domains = ("techcrunch.com",)
    home_url = "https://techcrunch.com/"
    feed_urls = ("https://techcrunch.com/feed/",)
    url_rules = UrlRules(allow=(r"^/\d{4}/\d{2}/\d{2}/[\w-]+/?$",))
