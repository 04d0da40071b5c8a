"""Which site a URL belongs to: one answer for the body finder, cleaners and site rules."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

HOST_CACHE_SIZE = 4096  # links a page repeats, and that several steps test (menus, teasers)


@lru_cache(maxsize=HOST_CACHE_SIZE)
def host_of(url: str | None) -> str:
    """The lower-case host of a link or page without "www.": "" for relative or bad links."""
    try:
        return (urlsplit(url or "").hostname or "").removeprefix("www.")
    except ValueError:  # "http://[" and other hosts no browser would resolve
        return ""


def same_site(host: str, site: str) -> bool:
    """True when `host` is `site` or one of its subdomains (news.example.com, example.com)."""
    return host == site or host.endswith("." + site)


def is_offsite(href: str | None, site: str) -> bool:
    """A link to another site; a relative link stays on this one."""
    host = host_of(href)
    return bool(host) and not same_site(host, site)
