"""Spider arguments (`-a since=... -a limit=...`): parsed once, with one meaning everywhere.

A bad value is an error that names the argument and what it accepts, raised before the
crawl starts (the `crawl` command turns it into one usage line, not a traceback).
"""

from __future__ import annotations

from datetime import date


class SpiderArgumentError(ValueError):
    """A spider argument with a value the spider cannot use; the message says why."""


def parse_since(value: str | date | None) -> date | None:
    """`since=YYYY-MM-DD`: skip articles published before that day; None: no bound."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SpiderArgumentError(
            f"since={value!r} is not a date; give one as YYYY-MM-DD, e.g. since=2024-05-01"
        ) from None


def parse_limit(value: str | int | None) -> int | None:
    """`limit=N`: stop after N emitted articles, N >= 1; None (argument left out): no limit.

    0 and negative numbers are errors rather than "no limit" or "nothing": the same
    word must not mean opposite things in `scrapy crawl` and `presswash demo`.
    """
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise SpiderArgumentError(
            f"limit={value!r} is not a positive whole number; give the number of articles"
            " to emit (leave limit out for no limit)"
        )
    return int(text)
