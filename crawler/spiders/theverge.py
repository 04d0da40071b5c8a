"""The Verge: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.theverge`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class ThevergeSpider(ArticleSpider):
    name = "theverge"
    allowed_domains = ("theverge.com",)
    home_url = "https://www.theverge.com/"
    feed_urls = ("https://www.theverge.com/rss/index.xml",)
    url_rules = UrlRules(
        allow=(
            r"^/\d{4}/\d{1,2}/\d{1,2}/\d+/[\w-]+",
            r"^/[a-z-]+/\d{5,}/[\w-]+",
        )
    )
