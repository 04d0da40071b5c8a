"""Tom's Hardware (tomshardware.com): Future plc's platform, unchanged."""

from __future__ import annotations

from dataclasses import replace

from ._future_plc import FUTURE_PLC
from .rule import PageOrigin, Validation

RULE = replace(
    FUTURE_PLC,
    site="tomshardware",
    domains=("tomshardware.com",),
    validated_on=(
        Validation(
            "2026-05-20-reconstructed-gpu-driver-rollback",
            PageOrigin.RECONSTRUCTION,
            "tests/fixtures/tomshardware/make_page.py",
        ),
    ),
)
