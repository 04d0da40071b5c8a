"""Sitemaps, sitemap indexes and Google News sitemaps, keeping the `news:` fields.

Scrapy's own sitemap parser drops `news:publication_date` and `news:title`; a news
sitemap's publication date is the best "newest first" key a site offers, so this parser
keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from cleaners.dates import to_utc_iso as parse_date

from .candidates import Candidate
from .xml import child_text, local_name, parse_xml


class SitemapKind(Enum):
    INDEX = "sitemapindex"
    URLSET = "urlset"


@dataclass(frozen=True, slots=True)
class ChildSitemap:
    url: str
    lastmod: str | None = None  # UTC ISO


@dataclass(slots=True)
class Sitemap:
    kind: SitemapKind
    sitemaps: list[ChildSitemap] = field(default_factory=list)
    urls: list[Candidate] = field(default_factory=list)


def parse_sitemap(data: bytes, source: str = "") -> Sitemap:
    """Parse a sitemap or sitemap index; raises `XmlRefused` on anything else."""
    from .xml import XmlRefused

    root = parse_xml(data)
    name = local_name(root)
    if name == SitemapKind.INDEX.value:
        return Sitemap(SitemapKind.INDEX, sitemaps=list(_children(root)))
    if name == SitemapKind.URLSET.value:
        return Sitemap(SitemapKind.URLSET, urls=list(_entries(root, source)))
    raise XmlRefused(f"{source or 'document'}: root <{name}> is not a sitemap")


def _children(root: etree._Element) -> list[ChildSitemap]:
    found = []
    for node in root:
        if local_name(node) != "sitemap":
            continue
        loc = child_text(node, "loc")
        if loc:
            found.append(ChildSitemap(loc, parse_date(child_text(node, "lastmod"))))
    return found


def _entries(root: etree._Element, source: str) -> list[Candidate]:
    found = []
    for node in root:
        if local_name(node) != "url":
            continue
        loc = child_text(node, "loc")
        if not loc:
            continue
        news = _news_block(node)
        published = parse_date(child_text(news, "publication_date")) if news is not None else None
        found.append(
            Candidate(
                url=loc,
                published=published,
                modified=parse_date(child_text(node, "lastmod")),
                title=child_text(news, "title") if news is not None else None,
                source=source,
            )
        )
    return found


def _news_block(node: etree._Element) -> etree._Element | None:
    for child in node:
        if local_name(child) == "news":
            return child
    return None
