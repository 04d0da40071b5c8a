"""Which cleaners run on a body, and in what order: a `{dotted path: priority}` dict.

Configured the way Scrapy configures `ITEM_PIPELINES`: `DEFAULT_CLEANERS` holds the
built-in generic cleaners; `PRESSWASH_CLEANERS` (crawler), `--cleaners` (CLI) or the
`cleaners=` argument of `extract_article` are merged over it, a priority of `None`
switches a cleaner off, and lower priorities run first. A dotted path names a class
(instantiated without arguments) or a ready object. Installed packages add cleaners
through the `presswash.cleaners` entry-point group; they run at their `priority`
attribute (default `PLUGIN_PRIORITY`) and are configured by their dotted path like any
other.

A cleaner is anything with a `name` and a `find(root, page)` that yields `Match`es
(`cleaners.rules.Cleaner`); it finds and never mutates, so `--explain` stays a dry run.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from .rules import Cleaner

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "presswash.cleaners"
PLUGIN_PRIORITY = 900  # after every built-in cleaner unless the plugin says otherwise

# The order of `generic.BODY_CLEANERS`, as dotted paths (a test keeps the two the same).
DEFAULT_CLEANERS: dict[str, int] = {
    "cleaners.generic.hidden.HiddenCleaner": 100,
    "cleaners.generic.chrome.ChromeTagCleaner": 200,
    "cleaners.generic.chrome.CHROME": 300,
    "cleaners.generic.furniture.FurnitureCleaner": 400,
    "cleaners.generic.promos.TextPromoCleaner": 500,
    "cleaners.generic.links.LinkBlockCleaner": 600,
    "cleaners.generic.bio.AuthorBioCleaner": 700,
    "cleaners.generic.density.ConditionalCleaner": 800,
    "cleaners.generic.repeats.RepeatedParagraphCleaner": 850,
}

CleanerSettings = Mapping[str, int | None]


class CleanerConfigError(ValueError):
    """A cleaner setting names nothing importable, or something that is not a cleaner."""


def load_cleaner(path: str) -> Cleaner:
    """The cleaner a dotted path names: a class is instantiated, an object used as it is."""
    module_name, _, attribute = path.rpartition(".")
    if not module_name:
        raise CleanerConfigError(f"{path!r}: not a dotted path such as 'package.module.Cleaner'")
    try:
        found: Any = getattr(import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise CleanerConfigError(f"{path!r}: cannot be imported ({exc})") from exc
    cleaner = found() if isinstance(found, type) else found
    if not (
        isinstance(getattr(cleaner, "name", None), str) and callable(getattr(cleaner, "find", None))
    ):
        raise CleanerConfigError(f"{path!r}: a cleaner needs a `name` and a `find(root, page)`")
    return cleaner  # type: ignore[no-any-return]


def plugin_cleaners() -> dict[str, int]:
    """`{dotted path: priority}` of the cleaners installed packages declare."""
    found: dict[str, int] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
        except (ImportError, AttributeError) as exc:
            logger.warning("cleaner plugin %s failed to load: %s", entry.name, exc)
            continue
        path = f"{entry.module}.{entry.attr}" if entry.attr else entry.module
        found[path] = int(getattr(loaded, "priority", PLUGIN_PRIORITY))
    return found


def merged(settings: CleanerSettings | None) -> list[str]:
    """The dotted paths to run, in order: defaults, plugins, then `settings` over both."""
    table: dict[str, int | None] = {**DEFAULT_CLEANERS, **plugin_cleaners(), **(settings or {})}
    for path, priority in table.items():
        if priority is not None and not isinstance(priority, int):
            raise CleanerConfigError(
                f"{path!r}: priority {priority!r} is not a whole number or None"
            )
    enabled = [(priority, path) for path, priority in table.items() if priority is not None]
    return [path for _, path in sorted(enabled, key=lambda pair: pair[0])]


def build_cleaners(settings: CleanerSettings | None = None) -> tuple[Cleaner, ...]:
    """The configured cleaners, loaded once per distinct setting (pages share them)."""
    return _build(tuple(sorted((settings or {}).items())))


@cache
def _build(settings: tuple[tuple[str, int | None], ...]) -> tuple[Cleaner, ...]:
    return tuple(load_cleaner(path) for path in merged(dict(settings)))
