"""Site rules: one small module per site, registered here by import.

To add a site, write `cleaners/sites/<slug>.py` exposing `RULE` (or `RULES`), then list
the module below. Installed packages add theirs through the `presswash.sites` entry-point
group instead (see `registry.py`).
"""

from __future__ import annotations

from importlib import import_module

from ..urls import host_of
from . import (
    arstechnica,
    engadget,
    itpro,
    techcrunch,
    techradar,
    theregister,
    theverge,
    tomshardware,
    venturebeat,
    wired,
    zdnet,
)
from .registry import SiteRegistry, default_registry
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

# A slug that is not a Python identifier ("9to5mac") is imported by name.
ninetofivemac = import_module(".9to5mac", __name__)

BUILTIN_RULES: tuple[SiteRule, ...] = (
    itpro.RULE,
    techradar.RULE,
    tomshardware.RULE,
    theverge.RULE,
    arstechnica.RULE,
    *wired.RULES,
    theregister.RULE,
    zdnet.RULE,
    engadget.RULE,
    venturebeat.RULE,
    ninetofivemac.RULE,
    *techcrunch.RULES,
)

__all__ = [
    "BUILTIN_RULES",
    "MetadataRule",
    "PageOrigin",
    "SiteRegistry",
    "SiteRule",
    "Validation",
    "default_registry",
    "host_of",
]
