"""Template drift shows up here: every site rule's selectors must match its saved pages.

For each fixture case, the rule the registry picks for its URL and fetch date must be the
site's own, its body selector must find the text and each metadata selector must find its
element. When a site redesigns and a new case is added, a stale selector fails here, by
name, instead of silently falling back to the generic path.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from cleaners import extract_article
from cleaners.document import parse_html
from cleaners.sites import SiteRule, default_registry
from tests.sites.rule_helpers import fixture_cases, page_of

CASES = fixture_cases()


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _load(path: Path) -> tuple[dict[str, str], bytes]:
    case = json.loads(path.read_text(encoding="utf-8"))
    raw = gzip.decompress(page_of(path).read_bytes())
    return case, raw


def _rule_for(case: dict[str, str]) -> SiteRule | None:
    return default_registry().match(case["url"], date.fromisoformat(case["fetched"]))


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_case_is_served_by_its_sites_rule(path: Path) -> None:
    case, _ = _load(path)
    rule = _rule_for(case)
    assert rule is not None and rule.site == path.parent.name


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_body_selector_matches_case(path: Path) -> None:
    case, raw = _load(path)
    rule = _rule_for(case)
    assert rule is not None and rule.body_selector is not None
    assert rule.body_selector(parse_html(raw, None, source=path.name)), rule.body


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_metadata_selectors_match_case(path: Path) -> None:
    case, raw = _load(path)
    rule = _rule_for(case)
    assert rule is not None
    root = parse_html(raw, None, source=path.name)
    selectors = {
        "headline": rule.metadata.headline,
        "description": rule.metadata.description,
        "authors": rule.metadata.authors,
        "date_published": rule.metadata.date_published,
    }
    missed = [name for name, css in selectors.items() if css and not root.cssselect(css)]
    assert missed == []


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_extraction_reports_no_site_rule_miss(path: Path) -> None:
    case, raw = _load(path)
    article = extract_article(raw, case["url"], fetched=date.fromisoformat(case["fetched"]))
    assert (article.site, article.notes) == (path.parent.name, [])


@pytest.mark.parametrize("site", sorted({p.parent.name for p in CASES}))
def test_every_rule_version_of_a_site_with_cases_has_a_case(site: str) -> None:
    days = [date.fromisoformat(_load(p)[0]["fetched"]) for p in CASES if p.parent.name == site]
    uncovered = [
        (rule.valid_from, rule.valid_until)
        for rule in default_registry().for_site(site)
        if not any(rule.valid_on(day) for day in days)
    ]
    assert uncovered == []
