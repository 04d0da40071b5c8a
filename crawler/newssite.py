"""Build a news site from article pages: the listings a real site publishes around them.

Given article pages, it adds robots.txt (with `Sitemap:` and a disallowed path), a
sitemap index, a Google News sitemap (with `news:publication_date` and `news:title`), a
plain sitemap with `lastmod`, an RSS feed and a home page linking them. The demo, the
crawl tests and the benchmark crawl such a site on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from .localsite import LocalSite, Page

XML = "application/xml; charset=utf-8"
DISALLOWED = "/private/"
NEWS_SITEMAP_SIZE = 1000  # Google News sitemaps list at most 1,000 recent articles
FEED_SIZE = 20


# A replayed page's capture date: the spider reads it from replay hosts only, so the rule
# version of the day the page was captured applies, as it did when it was live.
FETCHED_HEADER = "X-Presswash-Fetched"


@dataclass(frozen=True, slots=True)
class ArticlePage:
    path: str  # where the site serves it, e.g. /2024/05/01/some-story/
    html: bytes
    published: str | None = None  # UTC ISO
    title: str | None = None
    fetched: str | None = None  # yyyy-mm-dd the page was captured, sent as FETCHED_HEADER


def build_news_site(
    site: LocalSite, base: str, articles: Sequence[ArticlePage], name: str = "Local News"
) -> None:
    """Add `articles` and their listings to `site`, which is served at `base`."""
    newest = sorted(articles, key=lambda a: a.published or "", reverse=True)
    for article in articles:
        headers = ((FETCHED_HEADER, article.fetched),) if article.fetched else ()
        site.add(article.path, Page(article.html, headers=headers))
    site.add("/robots.txt", Page(robots_txt(base), "text/plain; charset=utf-8"))
    site.add("/sitemap_index.xml", Page(sitemap_index(base), XML))
    site.add("/sitemaps/news.xml", Page(news_sitemap(base, newest[:NEWS_SITEMAP_SIZE], name), XML))
    site.add("/sitemaps/articles.xml", Page(plain_sitemap(base, newest), XML))
    site.add("/feed.xml", Page(rss_feed(base, newest[:FEED_SIZE], name), "application/rss+xml"))
    site.add("/", Page(home_page(base, newest[:FEED_SIZE], name)))


def robots_txt(base: str) -> bytes:
    return (
        f"User-agent: *\nDisallow: {DISALLOWED}\n\nSitemap: {base}/sitemap_index.xml\n"
    ).encode()


def sitemap_index(base: str) -> bytes:
    children = "".join(
        f"<sitemap><loc>{base}{path}</loc></sitemap>"
        for path in ("/sitemaps/news.xml", "/sitemaps/articles.xml")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
    ).encode()


def news_sitemap(base: str, articles: Sequence[ArticlePage], name: str) -> bytes:
    entries = "".join(
        f"<url><loc>{escape(base + a.path)}</loc><news:news><news:publication>"
        f"<news:name>{escape(name)}</news:name><news:language>en</news:language>"
        f"</news:publication><news:publication_date>{a.published or ''}</news:publication_date>"
        f"<news:title>{escape(a.title or '')}</news:title></news:news></url>\n"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        f' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{entries}</urlset>'
    ).encode()


def plain_sitemap(base: str, articles: Sequence[ArticlePage]) -> bytes:
    entries = "".join(
        f"<url><loc>{escape(base + a.path)}</loc>"
        + (f"<lastmod>{a.published}</lastmod>" if a.published else "")
        + "</url>\n"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>'
    ).encode()


def rss_feed(base: str, articles: Sequence[ArticlePage], name: str) -> bytes:
    items = "".join(
        f"<item><title>{escape(a.title or '')}</title><link>{escape(base + a.path)}</link>"
        f"<guid>{escape(base + a.path)}</guid></item>\n"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(name)}</title><link>{base}/</link>\n{items}</channel></rss>"
    ).encode()


def home_page(base: str, articles: Sequence[ArticlePage], name: str) -> bytes:
    links = "".join(
        f'<li><a href="{escape(a.path)}">{escape(a.title or a.path)}</a></li>' for a in articles
    )
    return (
        f"<!doctype html><html><head><title>{escape(name)}</title>"
        f'<link rel="alternate" type="application/rss+xml" href="{base}/feed.xml"></head>'
        f'<body><nav><a href="/about/">About</a> <a href="/tag/ai/">AI</a></nav>'
        f"<h1>{escape(name)}</h1><ul>{links}</ul></body></html>"
    ).encode()
