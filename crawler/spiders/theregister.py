"""The Register: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.theregister`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class TheregisterSpider(ArticleSpider):
    name = "theregister"
    allowed_domains = ("theregister.com",)
    home_url = "https://www.theregister.com/"
    feed_urls = ("https://www.theregister.com/headlines.atom",)
    url_rules = UrlRules(allow=(r"^/\d{4}/\d{2}/\d{2}/\w+/?$",))
