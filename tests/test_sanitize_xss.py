"""`articleBodyHtml` is safe: no XSS payload from the OWASP cheat sheet survives.

Each payload goes through the sanitiser alone and through the whole `extract_article`
path inside a real-looking article; the output is parsed back with lxml and checked for
any element, attribute or URL that could run script (`tests.reliability.xss`).
"""

from __future__ import annotations

import lxml.html
import pytest

from cleaners import extract_article
from cleaners.document import parse_html
from cleaners.sanitize import body_html, safe_url
from tests.reliability.xss import PAYLOADS, SAFE_LINKS, unsafe_parts

URL = "https://news.example.com/2024/story"
SENTENCE = "Regulators in Brussels said on Tuesday that the rules, agreed last year, apply now. "


def sanitised(fragment: str) -> str:
    root = parse_html(f"<html><body><div>{fragment}</div></body></html>")
    return body_html(root.find("body"), URL)


def article_page(payload: str, head: str = "") -> str:
    """An article with the payload inside a paragraph, between paragraphs and in a div."""
    prose = f"<p>{SENTENCE * 3}</p>"
    return (
        f"<html><head><title>Story</title>{head}</head><body><article><h1>Story</h1>"
        f"{prose}<p>{SENTENCE * 2}{payload}{SENTENCE}</p>{payload}{prose}"
        f"<div>{payload}</div>{prose}</article></body></html>"
    )


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_sanitiser_output_holds_nothing_that_runs_script(name: str) -> None:
    assert unsafe_parts(sanitised(PAYLOADS[name])) == []


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_extracted_body_html_holds_nothing_that_runs_script(name: str) -> None:
    article = extract_article(article_page(PAYLOADS[name]), URL)
    assert article.wordCount > 0
    assert unsafe_parts(article.articleBodyHtml) == []


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_sanitised_output_is_unchanged_by_a_second_pass(name: str) -> None:
    # a mutation-XSS payload changes shape when parsed again; a fixed point cannot
    once = sanitised(PAYLOADS[name])
    assert sanitised(once) == once


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        '<p style="x:expression(alert(1))">x</p>',
        "<iframe></iframe>",
        '<img srcset="a.jpg 1x">',
    ],
)
def test_checker_flags_the_raw_payloads_it_guards_against(raw: str) -> None:
    assert unsafe_parts(raw)


@pytest.mark.parametrize("name", list(SAFE_LINKS))
def test_web_and_mail_links_survive_made_absolute(name: str) -> None:
    fragment, expected = SAFE_LINKS[name]
    links = lxml.html.fragment_fromstring(sanitised(fragment), create_parent="div").iter("a")
    assert [link.get("href") for link in links] == [expected]


def test_script_text_is_dropped_with_the_script() -> None:
    assert "alert" not in sanitised("<p>kept</p><ScRiPt>alert('XSS')</sCrIpT>")


def test_escaped_markup_in_text_stays_escaped_text() -> None:
    out = sanitised("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert "&lt;script&gt;" in out
    assert unsafe_parts(out) == []


def test_image_keeps_its_web_source_and_loses_its_handler() -> None:
    out = sanitised('<img src="https://cdn.example/a.png" onerror="alert(1)" alt="chart">')
    assert out == '<img src="https://cdn.example/a.png" alt="chart">'


def test_attribute_text_with_quotes_cannot_open_a_tag() -> None:
    out = sanitised('<img alt=\'"><script>alert(1)</script>\' src="/a.jpg">')
    image = lxml.html.fragment_fromstring(out, create_parent="div").find("img")
    assert image.get("alt") == '"><script>alert(1)</script>'


def test_url_keeps_inner_spaces_and_loses_surrounding_ones() -> None:
    assert safe_url("  https://cdn.example/a b.jpg\n", None) == "https://cdn.example/a b.jpg"


@pytest.mark.parametrize("value", ["javascript:alert(1)", "jav\tascript:x", "\x01javascript:x"])
def test_script_urls_are_refused_however_disguised(value: str) -> None:
    assert safe_url(value, URL) is None


METADATA_URLS = (
    '<meta property="og:image" content="{0}"><link rel="canonical" href="{0}">'
    '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Story",'
    ' "author": {{"name": "Eve Writer", "url": "{0}"}}}}</script>'
)


def test_metadata_urls_with_script_schemes_are_dropped() -> None:
    article = extract_article(article_page("", METADATA_URLS.format("javascript:alert(1)")), URL)
    urls = (article.mainImage, article.canonicalUrl, article.authors[0].url)
    assert urls == (None, None, None)


def test_metadata_web_urls_are_kept() -> None:
    head = METADATA_URLS.format("https://news.example.com/x")
    article = extract_article(article_page("", head), URL)
    urls = (article.mainImage, article.canonicalUrl, article.authors[0].url)
    assert urls == ("https://news.example.com/x",) * 3


def test_control_characters_in_a_tree_not_from_parse_html_are_left_out() -> None:
    """lxml's own parser keeps them; the output, read by XML consumers, must not."""
    body = lxml.html.fromstring('<div><p>a\x01b</p><p>\x0b</p><a title="t\x02">x</a></div>')
    assert body_html(body) == '<p>ab</p><a title="t">x</a>'
