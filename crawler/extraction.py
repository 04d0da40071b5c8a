"""Where `extract_article` runs: in the crawl's process, or in worker processes.

Extraction is CPU-bound and the engine runs on one thread, so with
`PRESSWASH_EXTRACT_WORKERS=N` pages are extracted by N worker processes while the
engine keeps downloading. Unset, it is one worker per core, and none on a single core
(a pool there would only add pickling); 0 extracts in-process. `cleaners` keeps no state
between pages, so a page extracts the same in either place; site memory, the one thing
learned across pages, stays in the crawl's process and reaches workers as a journal
(`crawler.memoryjournal`, `extract_remembering`).
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context

from scrapy.settings import BaseSettings

from cleaners import Article, ExtractionError, extract_article
from cleaners.memory import Contribution, Lookups, RecordingMemory, SiteMemory
from cleaners.pipeline import CleanerSettings, build_cleaners

from .memoryjournal import JournalView, mirror_of

logger = logging.getLogger(__name__)


class ExtractorCrashed(ExtractionError):
    """`extract_article` raised something it does not document: a bug in presswash.

    The crawl boundary turns it into a counted failure with its traceback logged, so one
    page that trips a bug neither stops the crawl nor vanishes from the stats.
    """

    reason = "extractor-crashed"


def extract_page(
    body: bytes,
    url: str,
    content_type: str | None,
    fetched: date,
    cleaners: CleanerSettings | None = None,
    memory: SiteMemory | RecordingMemory | None = None,
) -> Article:
    """One page's article, with the cleaners `PRESSWASH_CLEANERS` configures.

    The setting travels to worker processes as a plain dict; each process loads the
    cleaners once (`build_cleaners` caches them). `memory` (in-process only) is the site
    memory of the page's site; a worker gets `extract_remembering` instead.
    """
    try:
        return extract_article(
            body,
            url,
            content_type=content_type,
            fetched=fetched,
            cleaners=build_cleaners(cleaners),
            memory=memory,
        )
    except ExtractionError:
        raise
    except Exception as exc:  # the crawl boundary: a bug must cost one page, not the crawl
        logger.exception("extract_article crashed on %s", url)
        raise ExtractorCrashed(f"{url}: {type(exc).__name__}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Remembered:
    """A worker's answer for a page extracted with site memory: the article or the error,
    and what the page contributes to the memory (None when it failed before being learned).
    """

    article: Article | None
    error: ExtractionError | None
    contribution: Contribution | None
    lookups: Lookups  # the memory's answers, for the crawl to check against its own


def extract_remembering(
    body: bytes,
    url: str,
    content_type: str | None,
    fetched: date,
    cleaners: CleanerSettings | None,
    view: JournalView,
) -> Remembered:
    """`extract_page` in a worker, with the host's memory as the crawl held it at dispatch.

    The error comes back as a value: a page that fails after being learned (no body found)
    still contributes, as it does in-process.
    """
    recording = RecordingMemory(mirror_of(view))
    try:
        article = extract_page(body, url, content_type, fetched, cleaners, recording)
    except ExtractionError as exc:
        return Remembered(None, exc, recording.contribution, recording.lookups)
    return Remembered(article, None, recording.contribution, recording.lookups)


def usable_cores() -> int:
    """Cores this process may run on (a container or `taskset` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def extract_workers(settings: BaseSettings) -> int:
    """How many extraction processes `PRESSWASH_EXTRACT_WORKERS` asks for (see the module)."""
    value = settings.get("PRESSWASH_EXTRACT_WORKERS")
    if value is None or value == "":
        cores = usable_cores()
        return cores if cores > 1 else 0
    try:
        workers = int(value)
    except ValueError:
        workers = -1
    if workers < 0:
        raise ValueError(f"PRESSWASH_EXTRACT_WORKERS must be a whole number >= 0, not {value!r}")
    return workers


class Extractor:
    def __init__(self, workers: int = 0, cleaners: CleanerSettings | None = None) -> None:
        self.cleaners = dict(cleaners or {})
        build_cleaners(self.cleaners)  # a bad setting fails here, before the first page
        # "spawn": a worker must not inherit the running reactor, its sockets or its threads.
        self.pool = (
            ProcessPoolExecutor(workers, mp_context=get_context("spawn")) if workers > 0 else None
        )

    async def extract(
        self,
        body: bytes,
        url: str,
        content_type: str | None,
        fetched: date,
        memory: SiteMemory | None = None,
    ) -> Article:
        """The page's article; raises `ExtractionError` as `extract_article` does.

        `memory` applies in-process only: with workers, `extract_remembering` carries
        a view of the memory instead.
        """
        if self.pool is None:
            return extract_page(body, url, content_type, fetched, self.cleaners, memory)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self.pool, extract_page, body, url, content_type, fetched, self.cleaners
        )

    @property
    def in_workers(self) -> bool:
        return self.pool is not None

    async def extract_remembering(
        self, body: bytes, url: str, content_type: str | None, fetched: date, view: JournalView
    ) -> Remembered:
        """The page extracted in a worker with its host's memory (see `extract_remembering`)."""
        assert self.pool is not None, "in-process extraction uses the memory itself"
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self.pool, extract_remembering, body, url, content_type, fetched, self.cleaners, view
        )

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
