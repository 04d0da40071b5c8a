"""Every site rule says which pages it was validated on, and the record matches the fixtures."""

from __future__ import annotations

import pytest

from cleaners.kinds import Kind
from cleaners.rules import DropRule
from cleaners.sites import PageOrigin, SiteRule, default_registry
from tests.cases import all_cases

RULES = [rule for rule in default_registry() if not rule.site.startswith("_")]


def rule_id(rule: SiteRule) -> str:
    return rule.version


def origin_by_name(case_name: str) -> PageOrigin:
    slug = case_name[11:]
    if slug.startswith("reconstructed-"):
        return PageOrigin.RECONSTRUCTION
    if slug.startswith("constructed-") or case_name == "2025-07-18-meta-eu-ai-act":  # the seed
        return PageOrigin.CONSTRUCTED
    return PageOrigin.REAL


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_rule_lists_exactly_the_cases_fetched_in_its_window(rule: SiteRule) -> None:
    cases = all_cases(rule.site)
    in_window = {case.json_path.stem for case in cases if rule.valid_on(case.fetched)}
    assert {v.case for v in rule.validated_on} == in_window


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_each_validation_states_what_the_page_is(rule: SiteRule) -> None:
    assert [v.origin for v in rule.validated_on] == [
        origin_by_name(v.case) for v in rule.validated_on
    ]
    assert all(v.source for v in rule.validated_on)


def test_a_portable_drop_may_not_name_a_class_or_an_id() -> None:
    with pytest.raises(ValueError, match="portable"):
        DropRule(Kind.AFFILIATE, ".promo p", text="^buy", portable=True)


def test_a_portable_drop_may_use_attributes_and_tags() -> None:
    rule = DropRule(Kind.AUTHOR_BIO, "div[data-component='bio.box'], a[rel=author]", portable=True)
    assert rule.portable
