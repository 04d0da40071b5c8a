"""Where `scrapy crawl warc -a path=...` finds its archives.

`path` is a WARC file, a directory of them, the URL of one, or a listing of them such as
Common Crawl's `warc.paths.gz` (one path per line, relative to `data.commoncrawl.org`).
CC-NEWS names each file by the time its crawl began (`CC-NEWS-20240501001233-00123`),
which lets `-a since` skip older files without fetching them.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from presswash.archives import is_archive

COMMON_CRAWL = "https://data.commoncrawl.org/"
LISTING_SUFFIXES = (".paths", ".paths.gz")
FILE_TIMESTAMP = re.compile(r"-(\d{8})\d{6}-\d+\.warc")


class SourceError(ValueError):
    """`path` names nothing readable; the message says what it was."""


@dataclass(frozen=True, slots=True)
class Sources:
    files: list[Path]  # local archives, read from disk
    urls: list[str]  # archives to download
    listing_url: str | None = None  # a listing to download first


def is_url(path: str) -> bool:
    return urlsplit(path).scheme in ("http", "https")


def is_listing(path: str) -> bool:
    return path.lower().endswith(LISTING_SUFFIXES)


def find_sources(path: str, base: str = COMMON_CRAWL) -> Sources:
    if is_url(path):
        if is_listing(path):
            return Sources([], [], listing_url=path)
        return Sources([], [path])
    local = Path(path)
    if local.is_dir():
        return Sources(sorted(p for p in local.rglob("*") if is_archive(p.name)), [])
    if not local.is_file():
        raise SourceError(f"{path}: no such file or directory")
    if is_listing(path):
        return Sources([], read_listing(local.read_bytes(), base))
    if not is_archive(local.name):
        raise SourceError(f"{path}: not a .warc, .warc.gz or .paths(.gz) file")
    return Sources([local], [])


def read_listing(data: bytes, base: str) -> list[str]:
    """The archive URLs of a listing, gzipped or not; relative paths resolve against `base`."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise SourceError(f"listing is broken gzip data ({exc})") from exc
    lines = (line.strip() for line in data.decode("utf-8", "replace").splitlines())
    return [urljoin(base, line) for line in lines if line and not line.startswith("#")]


def archive_day(name: str) -> date | None:
    """The day a CC-NEWS style file name says its crawl began, if it says one."""
    found = FILE_TIMESTAMP.search(name)
    if not found:
        return None
    try:
        return date.fromisoformat(f"{found[1][:4]}-{found[1][4:6]}-{found[1][6:]}")
    except ValueError:
        return None


def not_before(names: list[str], since: date | None) -> list[str]:
    """The names whose file date is `since` or later; undated names are kept."""
    if since is None:
        return names
    return [name for name in names if (day := archive_day(name)) is None or day >= since]
