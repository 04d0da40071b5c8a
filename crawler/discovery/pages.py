"""Discovery from an HTML page: its advertised feeds and the article links on it."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .candidates import Candidate

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def feed_links(root: HtmlElement, base_url: str) -> list[str]:
    """Feeds the page announces with `<link rel="alternate" type="...rss+xml">`."""
    found = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().strip()
        href = link.get("href")
        if "alternate" in rel and kind in FEED_TYPES and href:
            found.append(urljoin(base_url, href.strip()))
    return list(dict.fromkeys(found))


def page_links(root: HtmlElement, base_url: str) -> list[Candidate]:
    """Same-host links of the page, in document order, as undated candidates."""
    host = urlsplit(base_url).hostname
    found: dict[str, Candidate] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href.strip()).split("#")[0]
        if urlsplit(url).hostname != host or url in found:
            continue
        title = " ".join(etree.tostring(anchor, method="text", encoding="unicode").split())
        found[url] = Candidate(url=url, title=title or None, source=base_url)
    return list(found.values())
