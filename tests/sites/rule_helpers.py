"""Run one site rule's drops on inline HTML, the way extraction runs them on a page body."""

from __future__ import annotations

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
