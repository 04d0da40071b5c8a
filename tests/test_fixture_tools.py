"""Fixture tools: add_fixture writes a case, update_fixtures refuses to bring boilerplate back."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from tests import add_fixture, cases, update_fixtures

ARTICLE = (
    "<html><head><link rel='canonical' href='https://www.itpro.com/news/chip-prices-fall'>"
    "<title>Chip prices fall</title></head><body><article><h1>Chip prices fall</h1>"
    + "".join(
        f"<p>Paragraph {n}: memory prices fell again this quarter, analysts said, "
        "as factories added capacity faster than demand grew.</p>"
        for n in range(1, 6)
    )
    + "<p>Sign up today for our free newsletter.</p></article></body></html>"
)


@pytest.fixture
def fixtures_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "fixtures"
    root.mkdir()
    monkeypatch.setattr(cases, "FIXTURES", root)
    monkeypatch.setattr(add_fixture, "FIXTURES", root)
    return root


@pytest.fixture
def saved_page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    return path


def add(saved_page: Path, *extra: str) -> int:
    return add_fixture.main(["itpro", str(saved_page), "--fetched", "2025-01-02", *extra])


def only_case(root: Path) -> cases.Case:
    (case,) = cases.all_cases("itpro")
    return case


def test_add_fixture_writes_page_and_case_named_by_date_and_slug(
    fixtures_root: Path, saved_page: Path
) -> None:
    assert add(saved_page) == 0
    case = only_case(fixtures_root)
    assert case.json_path.name == "2025-01-02-chip-prices-fall.json"
    assert case.html() == ARTICLE.encode("utf-8")
    data = case.data()
    assert (data["url"], data["fetched"]) == (
        "https://www.itpro.com/news/chip-prices-fall",
        "2025-01-02",
    )
    assert list(data["expected"]) == sorted(data["expected"])
    assert data["must_not_contain"] == ["Sign up today for our free newsletter."]
    assert data["must_contain"][0].startswith("Paragraph 1")


def test_add_fixture_refuses_to_overwrite_a_case(fixtures_root: Path, saved_page: Path) -> None:
    assert add(saved_page) == 0
    assert add(saved_page) == 1
    assert add(saved_page, "--slug", "second") == 0
    assert len(cases.all_cases("itpro")) == 2


def test_add_fixture_needs_a_url_for_a_page_without_canonical_link(
    fixtures_root: Path, tmp_path: Path
) -> None:
    page = tmp_path / "bare.html"
    page.write_text(
        ARTICLE.replace(
            "<link rel='canonical' href='https://www.itpro.com/news/chip-prices-fall'>", ""
        )
    )
    assert add_fixture.main(["itpro", str(page)]) == 1
    assert cases.all_cases("itpro") == []


def tamper(case: cases.Case, change: dict[str, Any]) -> None:
    data = case.data()
    data.update(change)
    cases.write_case(case, data)


def test_update_rewrites_a_stale_expectation(fixtures_root: Path, saved_page: Path) -> None:
    add(saved_page)
    case = only_case(fixtures_root)
    fresh = case.data()["expected"]
    tamper(case, {"expected": {**fresh, "headline": "Stale headline"}})
    assert update_fixtures.main(["itpro"]) == 0
    assert case.data()["expected"] == fresh


def test_update_refuses_when_must_not_contain_text_is_in_the_body(
    fixtures_root: Path, saved_page: Path
) -> None:
    add(saved_page)
    case = only_case(fixtures_root)
    tamper(
        case,
        {
            "must_not_contain": ["Paragraph 3"],
            "expected": {**case.data()["expected"], "wordCount": 0},
        },
    )
    before = case.json_path.read_text()
    assert update_fixtures.main(["itpro"]) == 1
    assert case.json_path.read_text() == before
    assert update_fixtures.main(["itpro", "--allow-regression"]) == 0
    assert case.json_path.read_text() != before


def test_update_refuses_when_a_previously_removed_block_comes_back(
    fixtures_root: Path, saved_page: Path
) -> None:
    add(saved_page)
    case = only_case(fixtures_root)
    old = case.data()["expected"]
    line = "Paragraph 4: memory prices fell again this quarter, analysts said"
    old_body = "\n".join(
        x for x in old["articleBody"].split("\n") if not x.startswith("Paragraph 4")
    )
    removed = [
        *old["removed"],
        {"cleaner": "x", "kind": "related-links", "rule": "r", "text": line},
    ]
    tamper(
        case,
        {"must_not_contain": [], "expected": {**old, "articleBody": old_body, "removed": removed}},
    )
    assert update_fixtures.main(["itpro"]) == 1
    assert update_fixtures.regressions(case, cases.item_dict(cases.extract_case(case))) == [
        f"removed before, back in the body: {line!r}"
    ]


def test_returning_boilerplate_ignores_short_lines_and_text_already_in_the_body() -> None:
    old = {
        "articleBody": "Share this story with friends and family today",
        "removed": [
            {
                "text": "- Share\nShare this story with friends and family today\n"
                "A promo line long enough"
            }
        ],
    }
    new = {
        "articleBody": "Share this story with friends and family today\n"
        "A promo line long enough\nShare"
    }
    assert cases.returning_boilerplate(old, new) == ["A promo line long enough"]


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        (
            "https://www.itpro.com/technology/meta-isnt-playing-ball-with-the-eu-on-the-ai-act",
            "meta-isnt-playing-ball-with-the",
        ),
        ("https://techcrunch.com/2024/04/28/how-rpa-vendors-aim/", "how-rpa-vendors-aim"),
        ("https://example.com/news/story-12345.html", "story"),
        ("https://example.com/", "example"),
    ],
)
def test_slug_comes_from_the_url_path(url: str, slug: str) -> None:
    assert add_fixture.slug_for(url) == slug


def test_cases_store_sorted_keys_and_a_final_newline(fixtures_root: Path, saved_page: Path) -> None:
    add(saved_page)
    text = only_case(fixtures_root).json_path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert list(json.loads(text)) == sorted(json.loads(text))
