"""ITPro (Future plc): articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.itpro`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class ItproSpider(ArticleSpider):
    name = "itpro"
    allowed_domains = ("itpro.com",)
    home_url = "https://www.itpro.com/"
    feed_urls = ("https://www.itpro.com/feeds.xml",)
    # Future plc: a section path ending in a hyphenated slug, no date in the URL
    url_rules = UrlRules(allow=(r"/[\w-]+-[\w-]+-[\w-]+/?$",))
