"""Hostile pages: only `ExtractionError`s escape, in bounded time and memory."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from cleaners import ExtractionError, NoBodyFound, NotAnArticle, NotHtml, TooLarge, extract_article
from cleaners.document import MAX_DEPTH, parse_html
from tests.reliability.hostile import HOSTILE_PAGES, nested, page

SECONDS_PER_PAGE = 10.0  # measured worst case ~3 s; generous for a loaded 2-core machine
PEAK_RSS_MB = 1024  # measured worst case ~330 MB, for a page refused at 16 MB
URL = "https://news.example.com/2024/05/hostile"


@pytest.mark.parametrize("name", list(HOSTILE_PAGES))
def test_hostile_page_ends_in_article_or_extraction_error_within_bound(name: str) -> None:
    html = HOSTILE_PAGES[name]()
    started = time.perf_counter()
    try:
        article = extract_article(html, URL)
    except ExtractionError as error:
        assert type(error) in (NotHtml, NotAnArticle, NoBodyFound, TooLarge), type(error)
        assert URL in str(error)
    else:
        assert article.wordCount > 0
    assert time.perf_counter() - started < SECONDS_PER_PAGE


def test_a_million_elements_is_refused_as_too_large() -> None:
    with pytest.raises(TooLarge) as caught:
        extract_article(HOSTILE_PAGES["a million tiny elements"](), URL)
    assert caught.value.reason == "too-large"


def test_deep_chain_over_a_wide_base_is_refused_as_too_large() -> None:
    with pytest.raises(TooLarge):
        extract_article(HOSTILE_PAGES["deep chain over a wide base"](), URL)


def test_nesting_past_the_parser_limit_is_refused_as_too_large() -> None:
    # libxml2 stops reading there, so the rest of the page would be silently lost
    with pytest.raises(TooLarge):
        extract_article(HOSTILE_PAGES["nested divs, 100,000 levels"](), URL)


def test_text_nested_past_the_depth_limit_is_kept_without_its_markup() -> None:
    root = parse_html(page(nested("div", 2_000, "<p>the deepest sentence</p>")))
    deepest = max(sum(1 for _ in node.iterancestors()) for node in root.iter())
    assert deepest < MAX_DEPTH
    assert "the deepest sentence" in root.text_content()


def test_text_nested_past_the_depth_limit_reaches_the_article_body() -> None:
    article = extract_article(page(nested("span", 2_000, "the deepest sentence")), URL)
    assert "the deepest sentence" in article.articleBody


def test_page_of_ordinary_depth_keeps_its_markup() -> None:
    root = parse_html(page(nested("div", 40, "<p>a shallow sentence</p>")))
    assert root.xpath("//p[. = 'a shallow sentence']")


def test_json_ld_nested_past_the_limit_is_skipped_and_the_page_still_extracts() -> None:
    article = extract_article(HOSTILE_PAGES["JSON-LD headline nested 900 lists deep"](), URL)
    assert article.headline == "Hostile page"


def test_json_ld_of_ordinary_depth_still_gives_the_headline() -> None:
    block = '{"@type": "NewsArticle", "headline": [["Deep"]]}'
    head = f'<script type="application/ld+json">{block}</script>'
    assert extract_article(page("", head=head), URL).headline == "Deep"


PEAK_RSS_SCRIPT = """
import json, sys
from cleaners import ExtractionError, extract_article
from tests.reliability.fuzz import peak_rss_mb
from tests.reliability.hostile import HOSTILE_PAGES
for name in sys.argv[1:]:
    try:
        extract_article(HOSTILE_PAGES[name](), "https://news.example.com/a")
    except ExtractionError:
        pass
print(json.dumps(peak_rss_mb()))
"""


@pytest.mark.slow
def test_largest_hostile_pages_stay_under_the_memory_bound() -> None:
    names = [
        "a million tiny elements",
        "real paragraphs, just under the element limit",
        "text just under the byte limit",
        "megabyte attributes",
    ]
    result = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_SCRIPT, *names],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(result.stdout) < PEAK_RSS_MB
