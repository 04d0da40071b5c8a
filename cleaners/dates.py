"""Dates as ISO 8601 in UTC, whatever shape the page wrote them in."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from dateutil import parser as dateparser
from dateutil import tz

EPOCH_SECONDS = re.compile(r"^\d{10}(\.\d+)?$")
EPOCH_MILLIS = re.compile(r"^\d{13}$")
# The ISO 8601 shapes most pages write ("2024-05-01T10:00:00.000+02:00"), read without
# dateutil, whose tokenizer is a tenth of a page's extraction time; any other shape, or a
# value these fields cannot hold, goes to dateutil, which reads these the same way.
ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"(?:(Z)|([+-])(\d{2}):?(\d{2}))?$",
    re.ASCII,
)
# dateutil knows only UTC/GMT by name; these are the zones news pages print.
TZ_NAMES = {
    "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
    "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    "BST": 3600, "CET": 3600, "CEST": 7200, "IST": 19800, "JST": 9 * 3600, "KST": 9 * 3600,
    "AEST": 10 * 3600, "AEDT": 11 * 3600, "ET": -5 * 3600, "PT": -8 * 3600,
}  # fmt: skip
MIN_YEAR = 1990  # no web article predates this; earlier values are parse accidents
MAX_TEXT = 100  # a date string longer than this is prose, not a date


def zone(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil's `tzinfos` hook: known names and explicit offsets; None leaves it naive.

    Given a dict, dateutil warns on an unknown name ("10:00 B"), and says it will raise
    in a future version; an unknown zone is taken as UTC, like a naive time.
    """
    if name is not None and name.upper() in TZ_NAMES:
        offset = TZ_NAMES[name.upper()]
    if offset is None:
        return None
    found: tzinfo = tz.tzoffset(name, offset)
    return found


def to_utc_iso(value: str | None) -> str | None:
    """Parse a date string; naive times are taken as UTC. Unparseable gives None.

    The result is always to the second (`2024-05-01T10:00:00+00:00`): pages that write
    milliseconds would otherwise give a second format for the same field.
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > MAX_TEXT:
        return None
    try:
        if EPOCH_MILLIS.match(value):
            parsed = datetime.fromtimestamp(int(value) / 1000, tz=UTC)
        elif EPOCH_SECONDS.match(value):
            parsed = datetime.fromtimestamp(float(value), tz=UTC)
        else:
            parsed = _read_iso(value) or dateparser.parse(value, tzinfos=zone)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or parsed.year < MIN_YEAR:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(microsecond=0).isoformat()


def _read_iso(value: str) -> datetime | None:
    """The common ISO 8601 shapes; None for any other, or for a field out of range."""
    found = ISO_DATETIME.match(value)
    if found is None:
        return None
    year, month, day, hour, minute, second, utc, sign, zone_h, zone_m = found.groups()
    zone_info: tzinfo | None = UTC if utc else None
    try:
        if sign:
            offset = timedelta(hours=int(zone_h), minutes=int(zone_m))
            zone_info = timezone(-offset if sign == "-" else offset)
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            tzinfo=zone_info,
        )  # fmt: skip
    except ValueError:
        return None


MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A calendar date written for readers, with its year: "Dec 19, 2025", "4 August 2025",
# "2025-08-04", "2025.08.04". Without a year a date is too easily the wrong one.
WRITTEN_DATE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+(?:19|20)\d{{2}}\b"
    rf"|\b(?:19|20)\d{{2}}([-./])\d{{2}}\1\d{{2}}\b",
    re.IGNORECASE,
)


def date_in_text(text: str) -> str | None:
    """The first written date in a short text ("Published Dec 19, 2025 by ..."), as ISO."""
    found = WRITTEN_DATE.search(text)
    return to_utc_iso(found.group(0)) if found else None
