"""Discovery parsers: sitemaps, news sitemaps, feeds, robots.txt, pages, URL rules, order."""

from __future__ import annotations

import gzip
from datetime import date

import lxml.html
import pytest

from crawler.discovery import (
    Candidate,
    CandidateQueue,
    DocumentKind,
    UrlRules,
    XmlRefused,
    feed_links,
    page_links,
    parse_feed,
    parse_sitemap,
    robots_sitemaps,
    sniff,
)
from crawler.discovery.robots import robots_crawl_delay
from crawler.discovery.sitemaps import SitemapKind
from crawler.discovery.xml import parse_xml

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://example.com/2024/05/01/chips/</loc>
    <lastmod>2024-05-02T10:00:00Z</lastmod>
    <news:news><news:publication><news:name>Ex</news:name><news:language>en</news:language>
      </news:publication><news:publication_date>2024-05-01T08:30:00+02:00</news:publication_date>
      <news:title>Chips &amp; dips</news:title></news:news></url>
  <url><loc>https://example.com/2024/04/30/plain/</loc></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap-2024-05.xml</loc><lastmod>2024-05-31</lastmod></sitemap>
  <sitemap><loc>https://example.com/sitemap-2019-01.xml</loc><lastmod>2019-01-31</lastmod></sitemap>
</sitemapindex>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Ex</title>
<item><title>One</title><link>https://example.com/one-story-here/</link>
<pubDate>Tue, 05 May 2020 10:00:00 GMT</pubDate></item>
<item><title>Two</title><guid isPermaLink="true">https://example.com/two-story-here/</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Ex</title><entry><title>Atom story</title>
<link rel="enclosure" href="https://example.com/image.jpg"/>
<link rel="alternate" href="https://example.com/2024/05/01/atom-story/"/>
<published>2024-05-01T10:00:00Z</published><updated>2024-05-03T10:00:00Z</updated></entry></feed>"""


def test_news_sitemap_keeps_publication_date_and_title() -> None:
    first = parse_sitemap(NEWS_SITEMAP).urls[0]
    assert first.published == "2024-05-01T06:30:00+00:00"
    assert first.title == "Chips & dips"
    assert first.modified == "2024-05-02T10:00:00+00:00"


def test_plain_sitemap_entry_has_no_news_fields() -> None:
    plain = parse_sitemap(NEWS_SITEMAP).urls[1]
    assert (plain.url, plain.published, plain.title) == (
        "https://example.com/2024/04/30/plain/",
        None,
        None,
    )


def test_sitemap_index_lists_child_sitemaps_with_lastmod() -> None:
    sitemap = parse_sitemap(SITEMAP_INDEX)
    assert sitemap.kind is SitemapKind.INDEX
    assert [child.lastmod[:10] for child in sitemap.sitemaps if child.lastmod] == [
        "2024-05-31",
        "2019-01-31",
    ]


def test_gzipped_sitemap_is_read() -> None:
    assert len(parse_sitemap(gzip.compress(NEWS_SITEMAP)).urls) == 2


def test_feed_is_not_a_sitemap() -> None:
    with pytest.raises(XmlRefused):
        parse_sitemap(RSS)


def test_rss_items_give_link_or_permalink_guid_and_date() -> None:
    entries = parse_feed(RSS)
    assert [e.url for e in entries] == [
        "https://example.com/one-story-here/",
        "https://example.com/two-story-here/",
    ]
    assert entries[0].published == "2020-05-05T10:00:00+00:00"


def test_atom_entry_link_is_the_alternate_not_the_enclosure() -> None:
    (entry,) = parse_feed(ATOM)
    assert entry.url == "https://example.com/2024/05/01/atom-story/"
    assert entry.published == "2024-05-01T10:00:00+00:00"


def test_robots_sitemap_lines_are_read_in_order_without_repeats() -> None:
    text = (
        "User-agent: *\nDisallow: /private/\nSitemap: https://e.com/a.xml\n"
        "sitemap: https://e.com/b.xml\nSitemap: https://e.com/a.xml\n"
    )
    assert robots_sitemaps(text) == ["https://e.com/a.xml", "https://e.com/b.xml"]


def test_crawl_delay_applies_to_our_group_else_to_everyone() -> None:
    text = "User-agent: presswash\nCrawl-delay: 5\n\nUser-agent: *\nCrawl-delay: 1\n"
    assert robots_crawl_delay(text, "presswash/0.1 (+https://x)") == 5.0
    assert robots_crawl_delay(text, "otherbot") == 1.0
    assert robots_crawl_delay("User-agent: *\nDisallow:\n", "presswash") is None


@pytest.mark.parametrize(
    ("url", "body", "kind"),
    [
        ("https://e.com/robots.txt", b"User-agent: *", DocumentKind.ROBOTS),
        ("https://e.com/feed", SITEMAP_INDEX, DocumentKind.SITEMAP),
        ("https://e.com/sitemap.xml", RSS, DocumentKind.FEED),
        ("https://e.com/", b"<!doctype html><html><body>hi</body></html>", DocumentKind.HTML),
    ],
)
def test_documents_are_told_apart_by_content_before_url(
    url: str, body: bytes, kind: DocumentKind
) -> None:
    assert sniff(url, body) is kind


def test_home_page_gives_its_feeds_and_same_host_links() -> None:
    root = lxml.html.fromstring(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="stylesheet" href="/s.css"></head><body>'
        '<a href="/2024/05/01/a-story/">A story</a><a href="https://other.com/x-y-z/">Off</a>'
        '<a href="#top">Top</a></body></html>'
    )
    assert feed_links(root, "https://e.com/") == ["https://e.com/feed/"]
    assert [c.url for c in page_links(root, "https://e.com/")] == [
        "https://e.com/2024/05/01/a-story/"
    ]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://e.com/2024/05/01/a-story/", None),
        ("https://e.com/pro/why-chips-cost-more", None),
        ("https://e.com/tag/ai/", "tag"),
        ("https://e.com/topics/security/", "tag"),
        ("https://e.com/author/jane-doe/", "author"),
        ("https://e.com/video/launch-event/", "video"),
        ("https://e.com/gallery/best-phones/", "gallery"),
        ("https://e.com/deals/cheap-laptops/", "deals"),
        ("https://e.com/news/page/3", "paginated"),
        ("https://e.com/news?page=2", "paginated"),
        ("https://e.com/", "home-page"),
        ("https://e.com/feed/", "feed"),
        ("https://e.com/videos-are-changing-how-we-learn/", None),  # the word, not the section
        ("https://e.com/2024/05/01/the-best-deals-this-week/", None),
    ],
)
def test_url_rules_keep_articles_and_skip_listings(url: str, reason: str | None) -> None:
    assert UrlRules().skip_reason(url) == reason


def test_url_rules_with_allow_patterns_skip_other_shapes() -> None:
    rules = UrlRules(allow=(r"^/story/[\w-]+/?$",))
    assert rules.skip_reason("https://wired.com/story/a-b-c/") is None
    assert rules.skip_reason("https://wired.com/about/a-b-c/") == "not-article-shape"


def test_candidates_come_out_newest_first_undated_last() -> None:
    queue = CandidateQueue()
    queue.extend(
        [
            Candidate("https://e.com/old/", published="2024-01-01T00:00:00+00:00"),
            Candidate("https://e.com/undated/"),
            Candidate("https://e.com/new/", modified="2024-06-01T00:00:00+00:00"),
        ]
    )
    assert [c.url for c in queue.take()] == [
        "https://e.com/new/",
        "https://e.com/old/",
        "https://e.com/undated/",
    ]


def test_candidate_listed_twice_is_queued_once_with_its_date() -> None:
    queue = CandidateQueue()
    queue.add(Candidate("https://e.com/a/?b=1&a=2"))
    queue.add(Candidate("https://e.com/a/?a=2&b=1", published="2024-01-01T00:00:00+00:00"))
    (only,) = queue.take()
    assert only.published and queue.duplicates == 1


def test_since_drops_older_candidates_but_keeps_undated() -> None:
    queue = CandidateQueue(since=date(2024, 5, 1))
    queue.add(Candidate("https://e.com/old/", published="2024-04-30T23:00:00+00:00"))
    queue.add(Candidate("https://e.com/undated/"))
    assert [c.url for c in queue.take()] == ["https://e.com/undated/"]
    assert queue.too_old == 1


def test_take_hands_out_batches() -> None:
    queue = CandidateQueue()
    queue.extend(Candidate(f"https://e.com/{n}/", published=f"2024-05-0{n}") for n in range(1, 6))
    assert [c.url for c in queue.take(2)] == ["https://e.com/5/", "https://e.com/4/"]
    assert len(queue) == 3


# -- hostile XML -----------------------------------------------------------------------


def test_external_entity_is_not_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://e.com/a/&x;</loc></url></urlset>"
    ).encode()
    urls = [c.url for c in parse_sitemap(xxe).urls]
    assert not any("TOP-SECRET" in url for url in urls)


def test_billion_laughs_is_not_expanded() -> None:
    expansions = {n: f"&l{n - 1};" * 10 if n else "lol" for n in range(10)}
    entities = "".join(f'<!ENTITY l{n} "{text}">' for n, text in expansions.items())
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE r [{entities}]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://e.com/&l9;</loc></url></urlset>"
    ).encode()
    try:
        urls = [c.url for c in parse_sitemap(bomb).urls]
    except XmlRefused:
        return  # refusing the document is as good as not expanding it
    assert all(len(url) < 1000 for url in urls)


def test_oversized_document_is_refused_before_parsing() -> None:
    with pytest.raises(XmlRefused, match="cap"):
        parse_xml(b"<urlset>" + b" " * 2000 + b"</urlset>", max_bytes=1000)


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    with pytest.raises(XmlRefused, match="inflates"):
        parse_xml(bomb, max_bytes=1_000_000)


def test_garbage_is_refused_not_raised_as_lxml_error() -> None:
    with pytest.raises(XmlRefused):
        parse_sitemap(b"\x00\x01 not xml at all")
