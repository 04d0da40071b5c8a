"""Tell a start URL's document apart: robots.txt, sitemap, feed or HTML page."""

from __future__ import annotations

import re
from enum import Enum

XML_ROOT = re.compile(rb"<(?:[\w-]+:)?(urlset|sitemapindex|rss|feed|RDF)\b", re.IGNORECASE)
SNIFF_BYTES = 4096
GZIP_MAGIC = b"\x1f\x8b"


class DocumentKind(Enum):
    ROBOTS = "robots"
    SITEMAP = "sitemap"
    FEED = "feed"
    HTML = "html"


def sniff(url: str, body: bytes, content_type: str = "") -> DocumentKind:
    """Decide by content first (servers mislabel), by URL and type only as a tie-break."""
    if url.split("?")[0].endswith("/robots.txt"):
        return DocumentKind.ROBOTS
    if body[:2] == GZIP_MAGIC:
        return DocumentKind.SITEMAP  # sitemaps are the only gzipped documents sites list
    match = XML_ROOT.search(body[:SNIFF_BYTES])
    if match:
        root = match.group(1).lower()
        return DocumentKind.SITEMAP if root in (b"urlset", b"sitemapindex") else DocumentKind.FEED
    if "xml" in content_type.lower() and "html" not in content_type.lower():
        return DocumentKind.FEED
    return DocumentKind.HTML
