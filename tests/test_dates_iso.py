"""The ISO 8601 fast path of `to_utc_iso` reads every shape as dateutil does."""

from __future__ import annotations

from datetime import UTC

import pytest
from dateutil import parser as dateparser

from cleaners.dates import _read_iso, to_utc_iso, zone

SHAPES = [
    "2024-05-01",
    "2024-05-01T10:00",
    "2024-05-01T10:00:00",
    "2024-05-01 10:00:00",
    "2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00.123Z",
    "2024-05-01T10:00:00.123456789-04:00",
    "2024-05-01T23:30:00+05:30",
    "2024-05-01T01:30:00+0530",
    "2024-05-01T10:00-07:00",
    "2024-12-31T23:00:00-02:00",
]


def _by_dateutil(value: str) -> str:
    parsed = dateparser.parse(value, tzinfos=zone)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(microsecond=0).isoformat()


@pytest.mark.parametrize("value", SHAPES)
def test_iso_fast_path_agrees_with_dateutil(value: str) -> None:
    assert _read_iso(value) is not None
    assert to_utc_iso(value) == _by_dateutil(value)


@pytest.mark.parametrize("value", ["2024-02-30", "2024-05-01T25:00:00Z", "May 1, 2024"])
def test_iso_fast_path_leaves_other_values_to_dateutil(value: str) -> None:
    assert _read_iso(value) is None
