"""Site rules: one small module per site, registered here by import.

To add a site, write `cleaners/sites/<slug>.py` exposing `RULE` (or `RULES`), then list
the module below. Installed packages add theirs through the `presswash.sites` entry-point
group instead (see `registry.py`).
"""

from __future__ import annotations

from . import itpro, techradar, tomshardware
from .registry import SiteRegistry, default_registry, host_of
from .rule import MetadataRule, SiteRule

BUILTIN_RULES: tuple[SiteRule, ...] = (itpro.RULE, techradar.RULE, tomshardware.RULE)

__all__ = [
    "BUILTIN_RULES",
    "MetadataRule",
    "SiteRegistry",
    "SiteRule",
    "default_registry",
    "host_of",
]
