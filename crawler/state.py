"""What a crawl remembers between runs: URLs already done and articles already emitted.

Everything the crawler persists goes through the small `CrawlState` protocol, so the
SQLite file behind it can be swapped for a shared store (Redis, a database) by naming
another class in `PRESSWASH_STATE_CLASS`. One state per spider name: `scrapy crawl
verge` twice shares it, `scrapy crawl wired` has its own.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.misc import load_object
from scrapy.utils.project import data_path

logger = logging.getLogger(__name__)

REDIS_STATE_CLASS = "crawler.redis_state.RedisCrawlState"  # shared by the workers of a crawl


@runtime_checkable
class CrawlState(Protocol):
    """Seen URLs and emitted articles of one spider, kept across runs."""

    def is_done(self, url: str) -> bool:
        """True when `url` was fetched to a final outcome (emitted or dropped) before."""

    def mark_done(self, url: str) -> None: ...

    def has_article(self, canonical_url: str | None, body_hash: str) -> str | None:
        """Why the article is a repeat ("duplicate-url", "duplicate-body"), or None."""

    def add_article(self, canonical_url: str | None, body_hash: str) -> None: ...

    def commit(self) -> None:
        """Make the writes so far survive a crash (called once an item is in the feed)."""

    def close(self) -> None: ...


@runtime_checkable
class SiteMemoryStore(Protocol):
    """Optional: a state that also keeps each site's learned memory (`cleaners.memory`).

    Not part of `CrawlState`, so a state without it still works; site memories then last one
    run. The value is an opaque string (`SiteMemory.to_json()`), one per site (host).
    """

    def load_site_memory(self, site: str) -> str | None: ...

    def save_site_memory(self, site: str, saved: str) -> None: ...


class MemoryCrawlState:
    """State that lives for one run only (`PRESSWASH_STATE_DIR` set empty)."""

    def __init__(self) -> None:
        self._done: set[str] = set()
        self._urls: set[str] = set()
        self._bodies: set[str] = set()
        self._memories: dict[str, str] = {}

    def load_site_memory(self, site: str) -> str | None:
        return self._memories.get(site)

    def save_site_memory(self, site: str, saved: str) -> None:
        self._memories[site] = saved

    def is_done(self, url: str) -> bool:
        return url in self._done

    def mark_done(self, url: str) -> None:
        self._done.add(url)

    def has_article(self, canonical_url: str | None, body_hash: str) -> str | None:
        if canonical_url and canonical_url in self._urls:
            return "duplicate-url"
        return "duplicate-body" if body_hash in self._bodies else None

    def add_article(self, canonical_url: str | None, body_hash: str) -> None:
        if canonical_url:
            self._urls.add(canonical_url)
        self._bodies.add(body_hash)

    def commit(self) -> None:
        pass

    def close(self) -> None:
        return None


class SqliteCrawlState:
    """State in one SQLite file per spider; safe to kill, cheap to copy or delete."""

    SCHEMA = (
        "CREATE TABLE IF NOT EXISTS done (url TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS article_url (url TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS article_body (hash TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS site_memory (site TEXT PRIMARY KEY, saved TEXT NOT NULL)",
    )

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for statement in self.SCHEMA:
            self._db.execute(statement)

    def _exists(self, table: str, column: str, value: str) -> bool:
        query = f"SELECT 1 FROM {table} WHERE {column} = ?"  # table names are ours, not input
        return self._db.execute(query, (value,)).fetchone() is not None

    def _write(self, table: str, value: str) -> None:
        self._db.execute(f"INSERT OR IGNORE INTO {table} VALUES (?)", (value,))

    def is_done(self, url: str) -> bool:
        return self._exists("done", "url", url)

    def mark_done(self, url: str) -> None:
        self._write("done", url)

    def has_article(self, canonical_url: str | None, body_hash: str) -> str | None:
        if canonical_url and self._exists("article_url", "url", canonical_url):
            return "duplicate-url"
        return "duplicate-body" if self._exists("article_body", "hash", body_hash) else None

    def add_article(self, canonical_url: str | None, body_hash: str) -> None:
        if canonical_url:
            self._write("article_url", canonical_url)
        self._write("article_body", body_hash)

    def load_site_memory(self, site: str) -> str | None:
        row = self._db.execute("SELECT saved FROM site_memory WHERE site = ?", (site,)).fetchone()
        return str(row[0]) if row else None

    def save_site_memory(self, site: str, saved: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO site_memory VALUES (?, ?)", (site, saved))

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlState:
        directory = crawler.settings.get("PRESSWASH_STATE_DIR")
        if directory is None:
            directory = default_state_dir()
        if not directory:
            return MemoryCrawlState()
        assert crawler.spidercls is not None
        return cls(Path(directory) / f"{crawler.spidercls.name}.sqlite")


def default_state_dir() -> Path:
    """The project's `.scrapy/presswash-state`; outside a project, the current directory's.

    Scrapy infers its data directory from `scrapy.cfg`, which `presswash crawl` run from
    another directory (settings from `SCRAPY_SETTINGS_MODULE`) does not have.
    """
    try:
        return Path(data_path("presswash-state", createdir=True))
    except NotConfigured:
        return Path(".scrapy", "presswash-state")


_STATES: WeakKeyDictionary[Crawler, CrawlState] = WeakKeyDictionary()


def crawl_state(crawler: Crawler) -> CrawlState:
    """The one state of this crawl, shared by spider and pipelines, closed with the spider."""
    state = _STATES.get(crawler)
    if state is None:
        factory = load_object(state_class(crawler.settings))
        state = factory.from_crawler(crawler)
        _STATES[crawler] = state
        crawler.signals.connect(_close_state, signal=signals.spider_closed)
        crawler.signals.connect(_commit_after_export, signal=signals.spider_opened)
    return state


def state_class(settings: BaseSettings) -> Any:
    """`PRESSWASH_STATE_CLASS`, or the shared Redis state when `PRESSWASH_REDIS_URL` is set
    (unless a state class was given beyond the project's settings.py)."""
    chosen = settings.getpriority("PRESSWASH_STATE_CLASS") or 0
    if settings.get("PRESSWASH_REDIS_URL") and chosen <= SETTINGS_PRIORITIES["project"]:
        return REDIS_STATE_CLASS
    return settings.get("PRESSWASH_STATE_CLASS", SqliteCrawlState)


def _commit_after_export(spider: object) -> None:
    """From now on, commit the state after each item reaches the feed, never before.

    A hard kill before the commit leaves the item to be fetched and emitted again by the
    next run, one after it finds the item in the output and marked done: exactly once
    either way (but for a kill between the write and the commit, a few microseconds).

    Scrapy has no public signal for "the feed holds this item". Its `FeedExporter` writes
    in its own `item_scraped` handler, connected when the extensions are built; this one
    is connected at spider_opened, later, and Scrapy's signal manager calls receivers in
    the order they were connected. The JSON lines exporter flushes each line itself
    (`exporters.py`), so no feed internals are touched. The coupling is on the order of
    two handlers only; `tests/crawl/test_state.py` checks it through the real engine
    (each commit finds its item already in the file) for the Scrapy versions
    `pyproject.toml` allows.
    """
    crawler = getattr(spider, "crawler", None)
    if crawler is None:
        return

    def commit(item: object, response: object, spider: object) -> None:
        if (state := _STATES.get(crawler)) is not None:
            state.commit()

    crawler.signals.connect(commit, signal=signals.item_scraped, weak=False)


def _close_state(spider: object) -> None:
    crawler = getattr(spider, "crawler", None)
    state = _STATES.pop(crawler, None) if crawler is not None else None
    if state is not None:
        state.close()
        logger.debug("closed crawl state %r", state)
