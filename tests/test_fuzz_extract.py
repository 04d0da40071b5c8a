"""Property-based tests: whatever the input, only `ExtractionError`s escape the extractor.

Hypothesis builds random bytes, random markup trees and mutations of a real page; the
time-bounded fuzzer in `tests.reliability.fuzz` runs the same contract on the whole
benchmark corpus (`python -m tests.reliability.fuzz --seconds 60`).
"""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners import (
    Article,
    ExtractionError,
    NoBodyFound,
    NotAnArticle,
    NotHtml,
    TooLarge,
    extract_article,
)
from cleaners.dates import to_utc_iso
from cleaners.document import parse_html
from cleaners.sanitize import INVISIBLE, SAFE_SCHEMES, SCHEME, body_html, safe_url
from cleaners.text import normalise
from tests.reliability.fuzz import fuzz
from tests.reliability.xss import unsafe_parts

DOCUMENTED_ERRORS = (NotHtml, NotAnArticle, NoBodyFound, TooLarge)

URL = "https://news.example.com/2024/05/story"
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEED_PAGE = sorted((Path(__file__).parent.parent / "bench/data/aeb/html").glob("*.html.gz"))[0]
SENTENCE = "Regulators in Brussels said on Tuesday that the rules, agreed last year, apply. "

TAGS = (
    "p", "div", "span", "a", "b", "article", "section", "ul", "li", "table", "td", "h1", "h2",
    "img", "script", "style", "svg", "iframe", "form", "aside", "nav", "figure",
)  # fmt: skip
ATTRIBUTES = ("class", "id", "href", "src", "style", "onclick", "hidden", "data-src", "srcset")
TELLING_VALUES = (
    "ad", "related", "article-body", "javascript:alert(1)", "display:none", "/x",
    "https://e.com/a.png", "data:text/html,x", " java\tscript:x",
)  # fmt: skip
attribute_values = st.one_of(st.sampled_from(TELLING_VALUES), st.text(max_size=30))
texts = st.one_of(st.just(SENTENCE), st.text(max_size=80))


@st.composite
def elements(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    attributes = draw(st.dictionaries(st.sampled_from(ATTRIBUTES), attribute_values, max_size=3))
    attrs = "".join(
        f' {name}="{value.replace(chr(34), "&quot;")}"' for name, value in attributes.items()
    )
    children = draw(st.lists(texts | elements(depth + 1), max_size=4)) if depth < 6 else []
    closing = draw(st.sampled_from((f"</{tag}>", "", f"</{tag}", "</div>")))
    return f"<{tag}{attrs}>{''.join(children)}{closing}"


def check_outcome(html: str | bytes, content_type: str | None = None) -> Article | None:
    """Extract; the page may be refused, but only with an `ExtractionError`."""
    try:
        article = extract_article(html, URL, content_type=content_type)
    except ExtractionError as error:
        assert type(error) in DOCUMENTED_ERRORS, type(error)  # never the bare base class
        return None
    json.dumps(article.to_dict())
    assert unsafe_parts(article.articleBodyHtml) == []
    return article


@PROPERTY
@given(st.binary(max_size=5_000), st.sampled_from((None, "text/html; charset=utf-16", "x/y")))
def test_random_bytes_raise_only_extraction_errors(data: bytes, content_type: str | None) -> None:
    check_outcome(data, content_type)


@PROPERTY
@given(st.lists(elements(), min_size=1, max_size=8), st.booleans())
def test_random_markup_gives_a_safe_article_or_an_extraction_error(
    parts: list[str], wrap: bool
) -> None:
    body = "".join(parts)
    check_outcome(f"<html><body><article>{body}</article></body></html>" if wrap else body)


@PROPERTY
@given(st.lists(elements(), min_size=1, max_size=6))
def test_sanitiser_output_parsed_again_stays_safe_and_keeps_its_text(parts: list[str]) -> None:
    # libxml2 may re-nest blocks inside inline elements, so the shape can change; what
    # must not change is that nothing runs and no text appears or vanishes
    root = parse_html(f"<html><body>{''.join(parts)}</body></html>")
    once = body_html(root.find("body"), URL)
    again = body_html(parse_html(f"<html><body>{once}</body></html>").find("body"), URL)
    assert unsafe_parts(again) == []
    assert _text(again) == _text(once)


def _text(fragment: str) -> str:
    if not fragment:
        return ""
    return normalise(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content())


@PROPERTY
@given(st.data())
def test_mutated_real_page_raises_only_extraction_errors(data: st.DataObject) -> None:
    page = gzip.decompress(SEED_PAGE.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(page)))
        end = data.draw(st.integers(start, min(len(page), start + 20_000)))
        insert = data.draw(st.binary(max_size=40) | st.sampled_from((b"<", b"<!--", b"<div>" * 99)))
        page = page[:start] + insert + page[end:]
    check_outcome(page)


@PROPERTY
@given(st.text(max_size=120))
def test_dates_parse_to_utc_or_none(value: str) -> None:
    parsed = to_utc_iso(value)
    assert parsed is None or datetime.fromisoformat(parsed).utcoffset().total_seconds() == 0


@PROPERTY
@given(st.text(max_size=60), st.sampled_from((None, URL)))
def test_safe_url_returns_only_web_and_mail_urls(value: str, base: str | None) -> None:
    url = safe_url(value, base)
    if url is None:
        return
    compact = INVISIBLE.sub("", url)
    scheme = SCHEME.match(compact)
    if scheme is not None:
        assert scheme.group(1).lower() in SAFE_SCHEMES
    else:  # only without a base may a URL stay relative, and never protocol-relative
        assert base is None and not compact.startswith("//")


def test_control_characters_in_page_text_do_not_escape_as_value_errors() -> None:
    noise = "".join(map(chr, range(1, 32)))
    page = f"<html><body><article><p>{SENTENCE * 3}</p><div class='ad'>x</div>{noise}"
    article = extract_article(page + f"<p>{SENTENCE * 3}</p></article></body></html>", URL)
    assert "\x01" not in article.articleBody
    assert lxml.html.fragment_fromstring(article.articleBodyHtml, create_parent="div") is not None


def test_link_with_a_malformed_host_does_not_escape_as_a_value_error() -> None:
    page = f"<html><body><article><p>{SENTENCE * 4}<a href='http://[oops/'>link</a></p>"
    assert extract_article(page + "</article></body></html>", URL).wordCount > 0


def test_date_with_an_unknown_zone_name_is_taken_as_utc_without_a_warning() -> None:
    assert to_utc_iso("2024-05-01 10:00 B") == "2024-05-01T10:00:00+00:00"


def test_date_with_a_known_zone_name_is_converted() -> None:
    assert to_utc_iso("Tue, 5 May 2020 10:00 EDT") == "2020-05-05T14:00:00+00:00"


def test_fuzzer_finds_no_failure_in_a_short_run() -> None:
    report = fuzz(seconds=4, seed=7)
    assert report.cases > 10
    assert report.crashes == []
