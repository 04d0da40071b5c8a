"""Run one site rule's drops on inline HTML, the way extraction runs them on a page body."""

from __future__ import annotations

import re
from pathlib import Path

from cleaners.rules import RuleCleaner
from cleaners.sites import SiteRule
from tests.helpers import body_text, html, removed_kinds


def site_drops(rule: SiteRule) -> list[RuleCleaner]:
    return [RuleCleaner(rule.site, rule.drops)]


def kinds_removed(rule: SiteRule, fragment: str) -> tuple[list[str], str]:
    """Kinds `rule`'s drops remove from `fragment`, and the text left behind."""
    body = html(fragment)
    kinds = removed_kinds(body, site_drops(rule))
    return kinds, body_text(body)


FIXTURES = Path(__file__).parent.parent / "fixtures"
CASE_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-.+\.json$")  # <fetch date>-<slug>.json


def fixture_cases() -> list[Path]:
    """The JSON of every fixture case: dated, with its saved page beside it."""
    return [
        path
        for path in sorted(FIXTURES.glob("*/*.json"))
        if CASE_NAME.match(path.name) and page_of(path).is_file()
    ]


def page_of(case: Path) -> Path:
    return case.with_name(case.name.removesuffix(".json") + ".html.gz")
