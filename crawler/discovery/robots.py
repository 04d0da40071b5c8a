"""What robots.txt says beyond allow/deny: sitemap locations and a crawl delay."""

from __future__ import annotations

from protego import Protego

MAX_ROBOTS_CHARS = 500_000  # Google reads the first 500 KiB of a robots.txt


def robots_sitemaps(text: str) -> list[str]:
    """URLs of the `Sitemap:` lines, in file order, without repeats."""
    return list(dict.fromkeys(Protego.parse(text[:MAX_ROBOTS_CHARS]).sitemaps))


def robots_crawl_delay(text: str, user_agent: str) -> float | None:
    """The `Crawl-delay` that applies to `user_agent` (its group, else `*`), in seconds."""
    delay = Protego.parse(text[:MAX_ROBOTS_CHARS]).crawl_delay(user_agent)
    return float(delay) if delay is not None and delay >= 0 else None
