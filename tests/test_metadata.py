"""Metadata: JSON-LD first (graphs included, broken blocks skipped), meta tags, then the DOM."""

from __future__ import annotations

import json

import pytest

from cleaners.dates import to_utc_iso
from cleaners.document import parse_html
from cleaners.metadata import Metadata, read_metadata


def page(head: str = "", body: str = "<p>Text.</p>", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta_of(html: str, url: str | None = "https://example.com/a/story") -> Metadata:
    return read_metadata(parse_html(html), url)


ARTICLE = {
    "@type": "NewsArticle",
    "headline": "Chips get cheaper",
    "description": "Prices fall for a third quarter",
    "author": [{"@type": "Person", "name": "Jo Bloggs", "url": "https://example.com/jo"}],
    "datePublished": "2024-03-05T10:00:00-05:00",
    "dateModified": "2024-03-05T12:30:00-05:00",
    "articleSection": "Hardware",
    "keywords": "chips, prices",
    "image": {"@type": "ImageObject", "url": "/img/chip.jpg"},
}


def test_json_ld_article_fields() -> None:
    meta = meta_of(page(ld({"@context": "https://schema.org", **ARTICLE})))
    assert (meta.headline, meta.description) == (
        "Chips get cheaper",
        "Prices fall for a third quarter",
    )
    assert [(a.name, a.url) for a in meta.authors] == [("Jo Bloggs", "https://example.com/jo")]
    assert (meta.datePublished, meta.dateModified) == (
        "2024-03-05T15:00:00+00:00",
        "2024-03-05T17:30:00+00:00",
    )
    assert (meta.articleSection, meta.keywords) == ("Hardware", ["chips", "prices"])
    assert meta.mainImage == "https://example.com/img/chip.jpg"
    assert meta.declares_article


def test_json_ld_graph_form_finds_the_article_among_other_nodes() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example News"},
            {"@type": "WebPage", "name": "Chips get cheaper | Example News"},
            {
                "@type": ["NewsArticle", "Article"],
                **{k: v for k, v in ARTICLE.items() if k != "@type"},
            },
        ],
    }
    meta = meta_of(page(ld(graph)))
    assert meta.headline == "Chips get cheaper"
    assert [a.name for a in meta.authors] == ["Jo Bloggs"]


def test_broken_json_ld_block_is_skipped_and_the_next_one_read() -> None:
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    meta = meta_of(page(broken + ld(ARTICLE)))
    assert meta.headline == "Chips get cheaper"


def test_only_broken_json_ld_falls_back_to_meta_tags() -> None:
    broken = '<script type="application/ld+json">{{{ not json</script>'
    tags = '<meta property="og:title" content="OG headline">'
    tags += '<meta property="og:type" content="article">'
    meta = meta_of(page(broken + tags))
    assert (meta.headline, meta.declares_article) == ("OG headline", True)


def test_html_entities_in_json_ld_strings_are_decoded() -> None:
    meta = meta_of(
        page(ld({"@type": "NewsArticle", "headline": "Google&#039;s &amp; Meta&rsquo;s deal"}))
    )
    assert meta.headline == "Google's & Meta’s deal"


def test_open_graph_and_meta_tags_fill_what_json_ld_lacks() -> None:
    head = (
        ld({"@type": "NewsArticle", "headline": "From JSON-LD"})
        + '<meta property="og:title" content="From OG">'
        + '<meta property="og:description" content="OG standfirst">'
        + '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
        + '<meta name="author" content="Ann Lee and Bo Chan">'
        + '<meta property="og:image" content="https://cdn.example.com/i.jpg">'
    )
    meta = meta_of(page(head))
    assert meta.headline == "From JSON-LD"
    assert meta.description == "OG standfirst"
    assert meta.datePublished == "2024-03-05T09:00:00+00:00"
    assert [a.name for a in meta.authors] == ["Ann Lee", "Bo Chan"]
    assert meta.mainImage == "https://cdn.example.com/i.jpg"


def test_dom_fallbacks_h1_byline_and_time() -> None:
    body = (
        "<article><h1>DOM headline</h1>"
        '<p class="byline">By <a rel="author" href="/people/ann">Ann Lee</a></p>'
        '<time datetime="2024-03-05T10:00:00Z">5 March</time><p>Text.</p></article>'
    )
    meta = meta_of(page(body=body))
    assert meta.headline == "DOM headline"
    assert [(a.name, a.url) for a in meta.authors] == [
        ("Ann Lee", "https://example.com/people/ann")
    ]
    assert meta.datePublished == "2024-03-05T10:00:00+00:00"
    assert meta.inLanguage == "en"
    assert not meta.declares_article


def test_title_without_site_name_when_there_is_no_h1() -> None:
    meta = meta_of(page("<title>Chips get cheaper | Example News</title>"))
    assert meta.headline == "Chips get cheaper"


def test_canonical_url_resolved_against_page_url() -> None:
    meta = meta_of(page('<link rel="canonical" href="/a/story">'))
    assert meta.canonicalUrl == "https://example.com/a/story"


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("2024-03-05T10:00:00-05:00", "2024-03-05T15:00:00+00:00"),
        ("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00"),
        ("2024-03-05 10:00", "2024-03-05T10:00:00+00:00"),
        ("Tue, 5 Mar 2024 10:00:00 EST", "2024-03-05T15:00:00+00:00"),
        ("March 5, 2024 10:00 PDT", "2024-03-05T17:00:00+00:00"),
        ("1709632800", "2024-03-05T10:00:00+00:00"),
        ("1709632800000", "2024-03-05T10:00:00+00:00"),
    ],
)
def test_dates_normalised_to_utc(raw: str, utc: str) -> None:
    assert to_utc_iso(raw) == utc


@pytest.mark.parametrize(
    "raw", ["", "yesterday-ish", "0000-00-00", "1970-01-01T00:00:00Z", "x" * 200]
)
def test_unusable_dates_give_none(raw: str) -> None:
    assert to_utc_iso(raw) is None
