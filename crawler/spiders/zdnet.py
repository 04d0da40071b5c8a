"""ZDNet: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.zdnet`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class ZdnetSpider(ArticleSpider):
    name = "zdnet"
    allowed_domains = ("zdnet.com",)
    home_url = "https://www.zdnet.com/"
    feed_urls = ("https://www.zdnet.com/news/rss.xml",)
    url_rules = UrlRules(allow=(r"^/article/[\w-]+/?$",))
