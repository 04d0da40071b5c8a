"""9to5Mac: articles from its robots.txt sitemaps and its feed.

The site rule it relies on is `cleaners.sites.9to5mac`.
"""

from __future__ import annotations

from ..discovery import UrlRules
from .base import ArticleSpider


class NineToFiveMacSpider(ArticleSpider):
    name = "9to5mac"
    allowed_domains = ("9to5mac.com",)
    home_url = "https://9to5mac.com/"
    feed_urls = ("https://9to5mac.com/feed/",)
    url_rules = UrlRules(allow=(r"^/\d{4}/\d{2}/\d{2}/[\w-]+/?$",))
