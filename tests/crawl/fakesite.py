"""The fake news site the crawl tests run against, and what a correct crawl of it yields.

Real article pages (the demo's bundled pages) plus synthetic ones, listed the way news
sites list them (robots.txt, sitemap index, news sitemap, plain sitemap, RSS, home
page), and the faults a crawl must account for: a 500 that recovers on retry, a 503
with Retry-After, a 404, a redirect to a listed article, a URL disallowed by robots.txt,
a duplicate URL with the same canonical, a listing page, a stub, a page without a
headline, a tag page and an article split over two pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from crawler.demo import demo_articles
from crawler.localsite import LocalSite, Page, redirect
from crawler.newssite import ArticlePage, build_news_site, rss_feed

LOREM = (
    "The company said the change would reach customers over the coming weeks, after a "
    "testing period that ran longer than planned because of supply problems at two plants."
)


def article_html(
    title: str | None,
    paragraphs: list[str],
    published: str,
    canonical: str | None = None,
    head: str = "",
) -> bytes:
    """A page shaped like a WordPress news article: JSON-LD, header, body, footer rails."""
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{escape(title)}","datePublished":"{published}",'
        '"author":{"@type":"Person","name":"Dana Reyes"}}'
        if title
        else '{"@context":"https://schema.org","@type":"WebPage"}'
    )
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        + (f"<title>{escape(title)}</title>" if title else "")
        + (f'<link rel="canonical" href="{canonical}">' if canonical else "")
        + f'<script type="application/ld+json">{ld}</script>{head}</head><body>'
        '<header><nav><a href="/">Home</a> <a href="/tag/ai/">AI</a></nav></header>'
        "<main><article>"
        + (f"<h1>{escape(title)}</h1>" if title else "")
        + f'<div class="entry-content">{body}</div></article>'
        '<aside class="related"><h3>More stories</h3><ul>'
        '<li><a href="/2024/05/01/other-story-one/">Other story one</a></li>'
        '<li><a href="/2024/05/02/other-story-two/">Other story two</a></li></ul></aside>'
        "</main><footer><p>Copyright Local News</p></footer></body></html>"
    ).encode()


def paragraphs(topic: str, count: int = 6) -> list[str]:
    return [f"{topic}: paragraph {n} of the story. {LOREM}" for n in range(1, count + 1)]


def listing_html() -> bytes:
    links = "".join(
        f'<li><a href="/2024/05/1{n % 9}/linked-story-{n}/">Linked story number {n}</a></li>'
        for n in range(40)
    )
    return (
        "<!doctype html><html><head><title>Weekly link roundup</title></head><body>"
        f"<main><h1>Weekly link roundup</h1><ul>{links}</ul></main></body></html>"
    ).encode()


@dataclass
class FakeSite:
    """The site's routes plus the paths the tests reason about."""

    site: LocalSite
    base: str
    articles: list[ArticlePage] = field(default_factory=list)  # listed and served as is
    multipage: tuple[str, str] = ("", "")  # first page, second page
    flaky: str = ""
    busy: str = ""
    missing: str = ""
    disallowed: str = ""
    redirect_from: str = ""
    redirect_to: str = ""
    duplicate: str = ""
    duplicate_of: str = ""
    pages: dict[str, bytes] = field(default_factory=dict)  # every served article-ish page


def alternate(odd: Page, even: Page) -> Callable[[int], Page]:
    """Fail on odd hits, succeed on even ones: every crawl sees one failure, then success."""
    return lambda hit: odd if hit % 2 else even


def build_fake_site(site: LocalSite, base: str) -> FakeSite:
    fake = FakeSite(site, base)
    real = demo_articles()
    first, second = "/2024/06/02/chip-plant-long-read/", "/2024/06/02/chip-plant-long-read/2/"
    fake.multipage = (first, second)
    synthetic = {
        first: article_html(
            "Inside the chip plant",
            paragraphs("Page one"),
            "2024-06-02T09:00:00Z",
            head=f'<link rel="next" href="{second}">',
        ),
        "/2024/06/01/flaky-server-story/": article_html(
            "A story behind a flaky server", paragraphs("Flaky"), "2024-06-01T08:00:00Z"
        ),
        "/2024/05/31/busy-server-story/": article_html(
            "A story behind a busy server", paragraphs("Busy"), "2024-05-31T08:00:00Z"
        ),
        "/2024/05/28/weekly-link-roundup/": listing_html(),
        "/2024/05/27/short-brief/": article_html(
            "A short brief", ["Only a line of news here, nothing more."], "2024-05-27T08:00:00Z"
        ),
        "/2024/05/26/page-without-headline/": article_html(
            None, paragraphs("Untitled"), "2024-05-26T08:00:00Z"
        ),
    }
    dated = {path: f"{path[1:5]}-{path[6:8]}-{path[9:11]}T08:00:00Z" for path in synthetic}
    fake.flaky, fake.busy = "/2024/06/01/flaky-server-story/", "/2024/05/31/busy-server-story/"
    fake.missing = "/2024/05/30/deleted-story/"
    fake.disallowed = "/private/2024/05/29/embargoed-story/"
    fake.articles = [
        *real,
        *(ArticlePage(path, html, dated[path], path) for path, html in synthetic.items()),
    ]
    listed_only = [
        ArticlePage(fake.missing, b"", "2024-05-30T08:00:00Z", "Deleted story"),
        ArticlePage(fake.disallowed, b"", "2024-05-29T08:00:00Z", "Embargoed story"),
        ArticlePage("/tag/ai/", b"", "2024-05-25T08:00:00Z", "AI"),
    ]
    build_news_site(site, base, [*fake.articles, *listed_only], name="Local News")
    site.routes.pop(fake.missing)
    site.add(
        fake.disallowed,
        Page(article_html("Embargoed", paragraphs("Secret"), "2024-05-29T08:00:00Z")),
    )
    site.add(
        second,
        Page(
            article_html("Inside the chip plant", paragraphs("Page two", 4), "2024-06-02T09:00:00Z")
        ),
    )
    site.add(fake.flaky, alternate(Page(b"oops", status=500), Page(synthetic[fake.flaky])))
    busy = Page(b"busy", status=503, headers=(("Retry-After", "1"),))
    site.add(fake.busy, alternate(busy, Page(synthetic[fake.busy])))
    add_feed_only_entries(fake, real)
    fake.pages = {article.path: article.html for article in fake.articles}
    fake.pages[second] = site.routes[second].body  # type: ignore[union-attr]
    return fake


def add_feed_only_entries(fake: FakeSite, real: list[ArticlePage]) -> None:
    """A redirect and a tracking-parameter duplicate, listed only in the RSS feed."""
    register = next(page for page in real if "printer_firmware" in page.path)
    gift = next(page for page in real if "gift-guide" in page.path)
    fake.redirect_from, fake.redirect_to = "/go/printer-story", register.path
    fake.duplicate, fake.duplicate_of = f"{gift.path}?ref=rss", gift.path
    fake.site.add(fake.redirect_from, redirect(fake.base + register.path))
    fake.site.add(fake.duplicate, Page(gift.html))
    extras = [ArticlePage(fake.redirect_from, b""), ArticlePage(fake.duplicate, b"")]
    newest = sorted(fake.articles, key=lambda a: a.published or "", reverse=True)
    fake.site.add(
        "/feed.xml",
        Page(rss_feed(fake.base, [*newest[:10], *extras], "Local News"), "application/rss+xml"),
    )
