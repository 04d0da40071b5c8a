"""Find the site rule for a URL: built-in modules plus installed plugins.

Third-party packages register rules under the `presswash.sites` entry-point group; an
entry point resolves to a `SiteRule` or an iterable of them.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from importlib.metadata import entry_points

from ..urls import host_of
from .rule import SiteRule

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "presswash.sites"


class SiteRegistry:
    """Site rules indexed by domain; a subdomain falls back to its parent domain."""

    def __init__(self, rules: Iterable[SiteRule] = ()) -> None:
        self._by_domain: dict[str, list[SiteRule]] = defaultdict(list)
        self._rules: list[SiteRule] = []
        for rule in rules:
            self.add(rule)

    def add(self, rule: SiteRule) -> None:
        self._rules.append(rule)
        for domain in rule.domains:
            self._by_domain[domain.lower().removeprefix("www.")].append(rule)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def sites(self) -> list[str]:
        return sorted({rule.site for rule in self._rules})

    def for_site(self, site: str) -> list[SiteRule]:
        return [rule for rule in self._rules if rule.site == site]

    def match(self, url: str | None, on: date | None = None) -> SiteRule | None:
        """The rule for `url` valid on `on` (default today); the latest version wins."""
        host = host_of(url)
        day = on or datetime.now(UTC).date()
        while host:
            valid = [rule for rule in self._by_domain.get(host, ()) if rule.valid_on(day)]
            if valid:
                return max(valid, key=lambda rule: rule.valid_from or date.min)
            host = host.partition(".")[2] if "." in host else ""
        return None


def plugin_rules() -> list[SiteRule]:
    rules: list[SiteRule] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
        except (ImportError, AttributeError) as exc:
            logger.warning("site plugin %s failed to load: %s", entry.name, exc)
            continue
        found = [loaded] if isinstance(loaded, SiteRule) else list(loaded)
        rules.extend(rule for rule in found if isinstance(rule, SiteRule))
    return rules


@cache
def default_registry() -> SiteRegistry:
    """Built-in rules and plugins, loaded once per process (the registry is immutable)."""
    from . import BUILTIN_RULES

    return SiteRegistry([*BUILTIN_RULES, *plugin_rules()])
