"""Tom's Hardware (Future plc): articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.tomshardware`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class TomshardwareSpider(ArticleSpider):
    name = "tomshardware"
    allowed_domains = ("tomshardware.com",)
    home_url = "https://www.tomshardware.com/"
    feed_urls = ("https://www.tomshardware.com/feeds.xml",)
    # Future plc: a section path ending in a hyphenated slug, no date in the URL
    url_rules = UrlRules(allow=(r"/[\w-]+-[\w-]+-[\w-]+/?$",))
