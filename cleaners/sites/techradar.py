"""TechRadar (techradar.com): Future plc's platform, unchanged."""

from __future__ import annotations

from dataclasses import replace

from ._future_plc import FUTURE_PLC
from .rule import PageOrigin, Validation

RULE = replace(
    FUTURE_PLC,
    site="techradar",
    domains=("techradar.com",),
    validated_on=(
        Validation(
            "2026-05-21-google-intelligent-search-box",
            PageOrigin.REAL,
            "Fundus parser test data (flairNLP/fundus, MIT)",
        ),
    ),
)
