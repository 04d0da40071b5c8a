"""Ars Technica: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.arstechnica`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class ArstechnicaSpider(ArticleSpider):
    name = "arstechnica"
    allowed_domains = ("arstechnica.com",)
    home_url = "https://arstechnica.com/"
    feed_urls = ("https://feeds.arstechnica.com/arstechnica/index",)
    url_rules = UrlRules(allow=(r"^/[a-z-]+/\d{4}/\d{2}/[\w-]+/?(\d+/?)?$",))
    next_page_css = "nav.page-numbers a"  # long stories run over /slug/2/, /slug/3/...
