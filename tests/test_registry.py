"""Site rule lookup: domains and subdomains, date-ranged versions, plugins by entry point."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from importlib.metadata import EntryPoint

import pytest
from cssselect import SelectorError

from cleaners import extract_article
from cleaners.kinds import Kind
from cleaners.rules import DropRule
from cleaners.sites import SiteRegistry, SiteRule, default_registry, host_of
from cleaners.sites import registry as registry_module

OLD = SiteRule(
    site="example", domains=("example.com",), body=".old-body", valid_until=date(2024, 6, 1)
)
NEW = replace(OLD, body=".new-body", valid_from=date(2024, 6, 1), valid_until=None)
OTHER = SiteRule(site="other", domains=("other.org", "other.co.uk"), body="main")
REGISTRY = SiteRegistry([OLD, NEW, OTHER])


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://example.com/story", "example"),
        ("https://www.example.com/story", "example"),
        ("https://news.example.com/story", "example"),
        ("http://EXAMPLE.COM/Story", "example"),
        ("https://other.co.uk/a", "other"),
        ("https://badexample.com/story", None),
        ("https://example.com.evil.net/story", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_domain_and_subdomain_match(url: str | None, site: str | None) -> None:
    rule = REGISTRY.match(url, date(2025, 1, 1))
    assert (rule.site if rule else None) == site


@pytest.mark.parametrize(
    ("fetched", "body"),
    [
        (date(2023, 1, 1), ".old-body"),
        (date(2024, 5, 31), ".old-body"),
        (date(2024, 6, 1), ".new-body"),
    ],
)
def test_fetch_date_picks_the_rule_version(fetched: date, body: str) -> None:
    rule = REGISTRY.match("https://example.com/a", fetched)
    assert rule is not None and rule.body == body


def test_no_version_valid_on_the_date_means_no_rule() -> None:
    only_new = SiteRegistry([NEW])
    assert only_new.match("https://example.com/a", date(2020, 1, 1)) is None


def test_host_of_strips_www_and_case() -> None:
    assert host_of("https://WWW.Example.COM:8080/x") == "example.com"


def test_a_rule_needs_a_site_and_a_domain() -> None:
    with pytest.raises(ValueError):
        SiteRule(site="", domains=("example.com",))


def test_a_bad_selector_fails_when_the_rule_is_built() -> None:
    with pytest.raises(SelectorError):
        DropRule(Kind.AD_SLOT, "div[[")


def test_builtin_rules_are_registered_by_their_domains() -> None:
    rule = default_registry().match("https://www.techradar.com/news/x", date(2026, 1, 1))
    assert rule is not None and rule.site == "techradar"


PLUGIN = SiteRule(site="plugin-site", domains=("plugin.example",), body="article")


@pytest.fixture
def fake_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand in for installed packages that declare `presswash.sites` entry points."""
    points = [
        EntryPoint("one-rule", "tests.test_registry:PLUGIN", registry_module.ENTRY_POINT_GROUP),
        EntryPoint("many", "tests.test_registry:PLUGIN_RULES", registry_module.ENTRY_POINT_GROUP),
        EntryPoint("broken", "tests.no_such_module:RULE", registry_module.ENTRY_POINT_GROUP),
    ]

    def entry_points(group: str) -> list[EntryPoint]:
        return [point for point in points if point.group == group]

    monkeypatch.setattr(registry_module, "entry_points", entry_points)


PLUGIN_RULES = (replace(PLUGIN, site="plugin-two", domains=("two.example",)),)


def test_plugins_load_from_entry_points_and_a_broken_one_is_skipped(
    fake_entry_points: None, caplog: pytest.LogCaptureFixture
) -> None:
    rules = registry_module.plugin_rules()
    assert [rule.site for rule in rules] == ["plugin-site", "plugin-two"]
    assert "broken" in caplog.text


def test_plugin_rule_is_used_for_its_domain(fake_entry_points: None) -> None:
    registry = SiteRegistry(registry_module.plugin_rules())
    page = "<html><body><nav>Menu</nav><article>" + "<p>Plugin text, long enough to count.</p>" * 8
    article = extract_article(
        page + "</article></body></html>", "https://plugin.example/a", site_rules=registry
    )
    assert article.site == "plugin-site"


def test_site_rules_false_runs_the_generic_path() -> None:
    case_page = "<html><body><article>" + "<p>Generic text, long enough to count here.</p>" * 8
    article = extract_article(
        case_page + "</article></body></html>", "https://www.techradar.com/x", site_rules=False
    )
    assert article.site == "generic"
