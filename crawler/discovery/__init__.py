"""Where article URLs come from: robots.txt, sitemaps, news sitemaps, feeds, home pages.

Pure parsing code with no Scrapy import: bytes in, `Candidate` records out.
"""

from __future__ import annotations

from .candidates import Candidate, CandidateQueue
from .feeds import parse_feed
from .pages import feed_links, page_links
from .robots import robots_sitemaps
from .sitemaps import Sitemap, parse_sitemap
from .sniff import DocumentKind, sniff
from .urls import UrlRules
from .xml import XmlRefused, parse_xml

__all__ = [
    "Candidate",
    "CandidateQueue",
    "DocumentKind",
    "Sitemap",
    "UrlRules",
    "XmlRefused",
    "feed_links",
    "page_links",
    "parse_feed",
    "parse_sitemap",
    "parse_xml",
    "robots_sitemaps",
    "sniff",
]
