"""Site memory during a crawl: one `SiteMemory` per host, learned as pages come in.

Each extracted page is learned by its host's memory; once a memory has learned
`PRESSWASH_SITE_MEMORY_WARMUP` other pages, it also removes the blocks those pages share
(see `cleaners.memory`). Pages fetched during the warm-up are extracted as without memory.

The memories are kept in the crawl state when the state can hold them (it implements
`SiteMemoryStore`: `SqliteCrawlState` and `MemoryCrawlState` do), so a resumed crawl starts
warm; a state without those two methods (a plugin state) still works, with memories that
last one run. They are saved every `SAVE_EVERY` pages learned and when the spider closes.

With extraction in worker processes (`PRESSWASH_EXTRACT_WORKERS`), this process still owns
every memory: a worker reads it through a journal (`crawler.memoryjournal`) and hands back
what its page contributes and the answers the memory gave it. Pages are extracted in
parallel, each with the memory as it stood when it was sent, and learned in the order they
arrived (`queue`). Before a page is learned, the memory (which now holds every page that
arrived before it) is asked the same questions: when an answer differs (a page still in
flight carried the same block), the page is extracted again, now with exactly the memory
in-process extraction would have used. So items are the same as in-process, and after the
warm-up most pages are extracted once.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

from scrapy.crawler import Crawler

from cleaners.memory import Contribution, SiteMemory
from cleaners.urls import host_of

from .extraction import Remembered, extract_workers
from .memoryjournal import Journal, JournalView
from .state import CrawlState, SiteMemoryStore

logger = logging.getLogger(__name__)

DEFAULT_WARMUP = 3  # other pages of the site learned before memory removes anything
SAVE_EVERY = 25  # pages learned between two saves of a site's memory


class CrawlMemories:
    def __init__(
        self, state: CrawlState, warmup: int = DEFAULT_WARMUP, shared: bool = False
    ) -> None:
        self.store = state if isinstance(state, SiteMemoryStore) else None
        self.warmup = warmup
        self.memories: dict[str, SiteMemory] = {}
        self.unsaved: dict[str, int] = {}
        self.last: dict[str, asyncio.Event] = {}  # per host: set once its last page is learned
        self.journals: dict[str, Journal] = {}
        # shared: workers extract, and read the memories through journals in this directory
        self.journal_dir = new_journal_dir() if shared else None

    def for_url(self, url: str) -> SiteMemory:
        host = host_of(url) or "unknown"
        memory = self.memories.get(host)
        if memory is None:
            memory = self.memories[host] = self.load(host)
        return memory

    def queue(self, url: str) -> tuple[asyncio.Event | None, asyncio.Event]:
        """The page's place in its host's arrival order: the event set when the page before
        it is learned (None: nothing before it), and the event to set once it is."""
        host = host_of(url) or "unknown"
        previous = self.last.get(host)
        own = self.last[host] = asyncio.Event()
        return previous, own

    def answers_as(self, url: str, answer: Remembered) -> bool:
        """Whether the host's memory now answers the page's lookups as the worker's did.

        A page that failed before it was learned asked nothing.
        """
        page = answer.contribution
        return page is None or self.for_url(url).answers_as(answer.lookups, page.page)

    def journal_view(self, url: str) -> JournalView:
        """What a worker needs to see the host's memory as it stands now."""
        assert self.journal_dir is not None, "journals are for worker processes"
        host = host_of(url) or "unknown"
        journal = self.journals.get(host)
        if journal is None:
            name = hashlib.sha1(host.encode("utf-8")).hexdigest()[:16]
            journal = Journal(self.journal_dir / name, self.for_url(url))
            self.journals[host] = journal
        return journal.view()

    def learn_contribution(self, url: str, page: Contribution) -> None:
        """Learn what a page extracted in a worker contributes, and pass it on to workers."""
        host = host_of(url) or "unknown"
        self.for_url(url).learn_blocks(page)
        if host in self.journals:
            self.journals[host].append(page)

    def load(self, host: str) -> SiteMemory:
        saved = self.store.load_site_memory(host) if self.store is not None else None
        if saved:
            try:
                memory = SiteMemory.from_json(saved)
                memory.warmup = self.warmup
                return memory
            except ValueError as exc:  # a damaged row costs the memory, not the crawl
                logger.warning("site memory of %s unreadable, starting afresh: %s", host, exc)
        return SiteMemory(warmup=self.warmup)

    def learned(self, url: str) -> None:
        """Count a page learned; save its site's memory every `SAVE_EVERY` pages."""
        host = host_of(url) or "unknown"
        self.unsaved[host] = self.unsaved.get(host, 0) + 1
        if self.unsaved[host] >= SAVE_EVERY:
            self.save(host)

    def save(self, host: str) -> None:
        if self.store is not None and host in self.memories:
            self.store.save_site_memory(host, self.memories[host].to_json())
        self.unsaved.pop(host, None)

    def save_all(self) -> None:
        for host in list(self.unsaved):
            self.save(host)

    def close(self) -> None:
        """Save the memories and remove the journals."""
        self.save_all()
        if self.journal_dir is not None:
            shutil.rmtree(self.journal_dir, ignore_errors=True)


JOURNAL_PREFIX = "presswash-memory-"


def new_journal_dir(parent: Path | None = None) -> Path:
    """A fresh journal directory named for this process, after removing the directories
    of crawls that died without closing (SIGKILL, OOM): their process no longer exists,
    and nothing else would ever delete their journals."""
    parent = Path(parent or tempfile.gettempdir())
    for stale in parent.glob(f"{JOURNAL_PREFIX}*-*"):
        pid = stale.name[len(JOURNAL_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            logger.info("removing the site-memory journals of a dead crawl: %s", stale)
            shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{JOURNAL_PREFIX}{os.getpid()}-", dir=parent))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to clean
        return True
    return True


def site_memories(crawler: Crawler, state: CrawlState) -> CrawlMemories | None:
    """The crawl's memories, or None when `PRESSWASH_SITE_MEMORY` is off."""
    settings = crawler.settings
    if not settings.getbool("PRESSWASH_SITE_MEMORY", True):
        return None
    warmup = settings.getint("PRESSWASH_SITE_MEMORY_WARMUP", DEFAULT_WARMUP)
    return CrawlMemories(state, warmup, shared=extract_workers(settings) > 0)
