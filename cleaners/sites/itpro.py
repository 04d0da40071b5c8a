"""ITPro (itpro.com): Future plc's platform, unchanged."""

from __future__ import annotations

from dataclasses import replace

from ._future_plc import FUTURE_PLC
from .rule import PageOrigin, Validation

RULE = replace(
    FUTURE_PLC,
    site="itpro",
    domains=("itpro.com", "itpro.co.uk"),
    validated_on=(
        Validation(
            "2025-07-18-meta-eu-ai-act",
            PageOrigin.CONSTRUCTED,
            "tests/fixtures/itpro/build_seed.py: the seed's text on the real TechRadar page's markup",
        ),
    ),
)
