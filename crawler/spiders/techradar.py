"""TechRadar (Future plc): articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.techradar`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class TechradarSpider(ArticleSpider):
    name = "techradar"
    allowed_domains = ("techradar.com",)
    home_url = "https://www.techradar.com/"
    feed_urls = ("https://www.techradar.com/feeds.xml",)
    # Future plc: a section path ending in a hyphenated slug, no date in the URL
    url_rules = UrlRules(allow=(r"/[\w-]+-[\w-]+-[\w-]+/?$",))
