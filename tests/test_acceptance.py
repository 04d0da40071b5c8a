"""Acceptance on the seed article and the two real pages with independently written expectations.

The seed (`fixtures/itpro/seed/`) states what the ITPro article must give; its page is built
on real Future plc markup by `fixtures/itpro/build_seed.py`. The TechRadar and TechCrunch
pages come with items written by Fundus' hand-made parsers (`reference` in their case files),
which the body must match at F1 >= 0.98 on the article-extraction benchmark's metric.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from cleaners import Article, Kind, extract_article
from cleaners.cleaning import TRACE_CHARS
from cleaners.dates import to_utc_iso
from tests.cases import FIXTURES, TEXT_FIELDS, Case, all_cases, item_dict, leaks
from tests.metric import page_f1, tokens

SEED_DIR = FIXTURES / "itpro" / "seed"
SEED = json.loads((SEED_DIR / "itpro-meta-eu-ai-act.expected.json").read_text(encoding="utf-8"))
SEED_CASE = Case(FIXTURES / "itpro" / "2025-07-18-meta-eu-ai-act.json")
MIN_BODY_F1 = 0.98
REFERENCE_CASES = [case for case in all_cases() if "reference" in case.data()]


def seed_removed(kind: str) -> str:
    return next(item["text"] for item in SEED["removed"] if item["kind"] == kind)


@pytest.fixture(scope="module")
def seed_article() -> Article:
    return extract_article(SEED_CASE.html(), SEED_CASE.url, fetched=SEED_CASE.fetched)


def test_seed_page_is_built_by_its_script() -> None:
    from tests.fixtures.itpro import build_seed

    assert SEED_CASE.json_path.stem == build_seed.NAME
    assert SEED_CASE.html() == build_seed.page().encode("utf-8")


def test_seed_body_is_exactly_the_expected_text(seed_article: Article) -> None:
    assert seed_article.articleBody == SEED["articleBody"]


def test_seed_body_matches_token_for_token(seed_article: Article) -> None:
    assert tokens(seed_article.articleBody) == tokens(SEED["articleBody"])


@pytest.mark.parametrize("field", ["headline", "description"])
def test_seed_metadata_field(seed_article: Article, field: str) -> None:
    assert getattr(seed_article, field) == SEED[field]


def test_seed_authors(seed_article: Article) -> None:
    assert [{"name": a.name} for a in seed_article.authors] == SEED["authors"]


def test_seed_date_published_is_the_pages_date_in_utc(seed_article: Article) -> None:
    from tests.fixtures.itpro import build_seed

    assert seed_article.datePublished == to_utc_iso(build_seed.DATE_PUBLISHED)
    assert seed_article.datePublished is not None
    assert seed_article.datePublished.endswith("+00:00")


def test_seed_site_rule_is_itpro(seed_article: Article) -> None:
    assert (seed_article.site, seed_article.notes) == ("itpro", [])


@pytest.mark.parametrize("kind", ["signup-promo", "follow-promo", "more-from-links"])
def test_seed_boilerplate_is_traced_with_its_kind(seed_article: Article, kind: str) -> None:
    first_line = seed_removed(kind).split("\n")[0]
    traced = [r for r in seed_article.removed if r.kind is Kind(kind) and first_line in r.text]
    assert traced, f"no {kind} removal holding {first_line!r}"


def test_seed_more_from_block_goes_with_all_its_links(seed_article: Article) -> None:
    block = next(r for r in seed_article.removed if r.kind is Kind.MORE_FROM_LINKS)
    assert block.text == seed_removed("more-from-links")[: len(block.text)]
    assert len(block.text) == min(TRACE_CHARS, len(seed_removed("more-from-links")))


@pytest.mark.parametrize("kind", ["author-bio", "latest-news-list"])
def test_seed_bio_and_latest_news_are_in_no_text_field(seed_article: Article, kind: str) -> None:
    lines = [line for line in seed_removed(kind).split("\n") if len(line) > 2]
    item = item_dict(seed_article)
    assert leaks(item, lines, TEXT_FIELDS) == []
    assert leaks(item, [line[:40] for line in lines], TEXT_FIELDS) == []


def test_seed_author_name_goes_to_authors_not_body(seed_article: Article) -> None:
    assert "Emma Woollacott" not in seed_article.articleBody
    assert [a.name for a in seed_article.authors] == ["Emma Woollacott"]


# The real pages, against Fundus' expected items.


def reference(case: Case) -> dict[str, Any]:
    ref: dict[str, Any] = case.data()["reference"]
    return ref


def reference_body(ref: dict[str, Any], description: str | None) -> str:
    """Fundus' body as text; its summary counts when it is the lede, not the standfirst.

    Lines under `known_flaws` are left out: Fundus documents that its TechRadar parser keeps
    the closing call to comment, which presswash removes as an engagement prompt.
    """
    flaws = set(ref.get("known_flaws", []))
    lines = [line for line in ref["body"]["summary"] if line != description]
    for section in ref["body"]["sections"]:
        lines += section["headline"] + section["paragraphs"]
    return "\n".join(line for line in lines if line not in flaws)


@pytest.fixture(scope="module", params=REFERENCE_CASES, ids=lambda case: case.id)
def real_page(request: pytest.FixtureRequest) -> tuple[Case, Article]:
    case: Case = request.param
    return case, extract_article(case.html(), case.url, fetched=case.fetched)


def test_there_are_two_real_pages_with_references() -> None:
    assert {case.site for case in REFERENCE_CASES} >= {"techradar", "techcrunch"}


def test_real_page_headline(real_page: tuple[Case, Article]) -> None:
    case, article = real_page
    assert article.headline == reference(case)["title"]


def test_real_page_authors(real_page: tuple[Case, Article]) -> None:
    case, article = real_page
    assert [a.name for a in article.authors] == reference(case)["authors"]


def test_real_page_date_published(real_page: tuple[Case, Article]) -> None:
    case, article = real_page
    assert article.datePublished == to_utc_iso(reference(case)["publishing_date"])


def test_real_page_body_f1(real_page: tuple[Case, Article]) -> None:
    case, article = real_page
    truth = reference_body(reference(case), article.description)
    assert page_f1(truth, article.articleBody) >= MIN_BODY_F1


def test_real_page_is_served_by_its_site_rule(real_page: tuple[Case, Article]) -> None:
    case, article = real_page
    assert (article.site, article.notes) == (case.site, [])


def test_real_page_boilerplate_not_in_body(real_page: tuple[Case, Article]) -> None:
    case, article = real_page
    assert leaks(item_dict(article), case.data()["must_not_contain"]) == []


def test_techradar_closing_call_to_comment_is_an_engagement_prompt() -> None:
    (case,) = all_cases("techradar")
    article = extract_article(case.html(), case.url, fetched=case.fetched)
    prompts = [r for r in article.removed if r.kind is Kind.ENGAGEMENT_PROMPT]
    assert len(prompts) == 1 and prompts[0].text.startswith("What about you? Share your thoughts")
    assert "For me? The jury's still out." in article.articleBody


def test_reference_cases_have_a_fetch_date_before_their_crawl() -> None:
    for case in REFERENCE_CASES:
        crawled = date.fromisoformat(reference(case)["crawl_date"][:10])
        assert case.fetched == crawled


SEED_KINDS = ["signup-promo", "follow-promo", "more-from-links", "author-bio", "latest-news-list"]


@pytest.mark.parametrize("kind", SEED_KINDS)
def test_seed_boilerplate_goes_on_the_generic_path_too(kind: str) -> None:
    article = extract_article(SEED_CASE.html(), SEED_CASE.url, site_rules=False)
    lines = [
        line.removeprefix("- ")[:40] for line in seed_removed(kind).split("\n") if len(line) > 2
    ]
    assert leaks(item_dict(article), lines) == []
    assert article.site == "generic"
