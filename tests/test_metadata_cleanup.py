"""Metadata as consumers want it: headline without the site's name, image references
followed, authors without dates, prefixes or addresses, and language tags in BCP 47 case."""

from __future__ import annotations

import json

import pytest

from cleaners.authors import clean_author_name
from cleaners.document import parse_html
from cleaners.headline import without_site_name
from cleaners.language import bcp47
from cleaners.metadata import Metadata, read_metadata


def meta_of(
    head: str, body: str = "<p>Text.</p>", url: str = "https://blog.apnic.net/x"
) -> Metadata:
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(prop: str, content: str) -> str:
    return f'<meta property="{prop}" content="{content}">'


def test_og_title_loses_the_suffix_that_og_site_name_states() -> None:
    meta = meta_of(
        og("og:title", "Is it really always the DNS? | APNIC Blog")
        + og("og:site_name", "APNIC Blog")
    )
    assert meta.headline == "Is it really always the DNS?"


def test_title_prefix_naming_the_host_is_cut() -> None:
    meta = meta_of(
        og("og:title", "Cynomi - Getting to yes on security deals"), url="https://cynomi.com/blog/x"
    )
    assert meta.headline == "Getting to yes on security deals"


def test_json_ld_publisher_name_is_a_site_name() -> None:
    graph = {
        "@graph": [
            {"@type": "WebPage", "name": "Rust 2.0 plans – Helix Weekly",
             "publisher": {"@id": "https://s.com/#org"}},
            {"@type": "Organization", "@id": "https://s.com/#org", "name": "Helix Weekly"},
        ]
    }  # fmt: skip
    assert meta_of(ld(graph), url="https://s.com/a").headline == "Rust 2.0 plans"


def test_a_cleaner_h1_decides_an_unknown_suffix() -> None:
    meta = meta_of(
        og("og:title", "Cheap chips are back - Daily Byte Bulletin"),
        "<h1>Cheap chips are back</h1>",
    )
    assert meta.headline == "Cheap chips are back"


@pytest.mark.parametrize(
    "title",
    [
        "Google launches Gemini - what you need to know",  # the host's name begins a phrase
        "Review: the new phone | a week later",  # no evidence either part is the site
    ],
)
def test_a_title_without_evidence_of_a_site_name_is_kept(title: str) -> None:
    assert without_site_name(title, [], "google.com") == title


def test_yoast_primaryimage_reference_resolves_to_the_image_url() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "A story", "image": {"@id": "https://s.com/a/#primaryimage"}},
            {"@type": "ImageObject", "@id": "https://s.com/a/#primaryimage",
             "contentUrl": "https://s.com/img/lead.jpg", "url": "https://s.com/img/lead.jpg"},
        ],
    }  # fmt: skip
    assert meta_of(ld(graph), url="https://s.com/a").mainImage == "https://s.com/img/lead.jpg"


def test_an_unresolvable_image_reference_falls_back_to_og_image() -> None:
    graph = {
        "@graph": [{"@type": "Article", "headline": "A", "image": {"@id": "https://s.com/#gone"}}]
    }
    meta = meta_of(ld(graph) + og("og:image", "https://s.com/og.jpg"), url="https://s.com/a")
    assert meta.mainImage == "https://s.com/og.jpg"


def test_yoast_author_reference_resolves_to_the_person() -> None:
    graph = {
        "@graph": [
            {
                "@type": "Article",
                "headline": "A",
                "author": {"@id": "https://s.com/#/schema/person/1"},
            },
            {"@type": "Person", "@id": "https://s.com/#/schema/person/1", "name": "Ana Ruiz"},
        ]
    }
    assert [a.name for a in meta_of(ld(graph), url="https://s.com/a").authors] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Written By: Ana Ruiz", "Ana Ruiz"),
        ("By Ana Ruiz", "Ana Ruiz"),
        ("Analysis by Chris Cillizza", "Chris Cillizza"),
        ("Jeff Foust Monday, November 18, 2019", "Jeff Foust"),
        ("Ana Ruiz on 12/03/2024", "Ana Ruiz"),
        ("Newsdesk news@example.co.uk", "Newsdesk"),
        ("David Jackson - Editorial Team", "David Jackson"),
        ("Byron Allen", "Byron Allen"),  # "By" only as a word of its own
    ],
)
def test_author_name_keeps_only_the_name(raw: str, name: str) -> None:
    assert clean_author_name(raw) == name


@pytest.mark.parametrize(
    "raw", ["NOVEMBER 20, 2019 10:43", "jeff@example.com", "262588213843476", "By"]
)
def test_a_byline_without_a_name_is_no_author(raw: str) -> None:
    assert clean_author_name(raw) is None


def test_meta_author_holding_a_date_and_address_gives_the_name() -> None:
    meta = meta_of('<meta name="author" content="Jeff Foust, jeff@example.com, November 18, 2019">')
    assert [a.name for a in meta.authors] == ["Jeff Foust"]


@pytest.mark.parametrize(
    ("raw", "tag"),
    [("en_us", "en-US"), ("EN-US", "en-US"), ("en-gb", "en-GB"), ("english", "en"), ("de", "de"),
     ("zh-hant-tw", "zh-Hant-TW"), ("Deutsch", "de"), ("not a language", None)],
)  # fmt: skip
def test_language_is_a_bcp47_tag_in_canonical_case(raw: str, tag: str | None) -> None:
    assert bcp47(raw) == tag


def test_og_locale_becomes_the_articles_language() -> None:
    assert meta_of(og("og:locale", "en_us")).inLanguage == "en-US"


@pytest.mark.parametrize(
    "shown",
    [
        '<span class="post-hero__date">December 17, 2025</span>',
        '<time class="text-grey">Dec 17, 2025</time>',
        '<p class="Published-On">Published 17 December 2025 by Jo</p>',
    ],
)
def test_a_date_shown_only_to_readers_is_the_publication_date(shown: str) -> None:
    meta = meta_of("", f"<article><h1>T</h1>{shown}<p>Text.</p></article>")
    assert (meta.datePublished or "")[:10] == "2025-12-17"


def test_a_date_without_a_year_is_not_taken() -> None:
    meta = meta_of("", '<article><span class="date">December 17</span><p>Text.</p></article>')
    assert meta.datePublished is None
