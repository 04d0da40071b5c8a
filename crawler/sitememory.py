"""Site memory during a crawl: one `SiteMemory` per host, learned as pages come in.

Each extracted page is learned by its host's memory; once a memory has learned
`PRESSWASH_SITE_MEMORY_WARMUP` other pages, it also removes the blocks those pages share
(see `cleaners.memory`). Pages fetched during the warm-up are extracted as without memory.

The memories are kept in the crawl state when the state can hold them (it implements
`SiteMemoryStore`: `SqliteCrawlState` and `MemoryCrawlState` do), so a resumed crawl starts
warm; a state without those two methods (a plugin state) still works, with memories that
last one run. They are saved every `SAVE_EVERY` pages learned and when the spider closes.
Extraction in worker processes (`PRESSWASH_EXTRACT_WORKERS`) cannot share a memory: there
site memory is off, with one log line.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

from cleaners.memory import SiteMemory
from cleaners.urls import host_of

from .extraction import extract_workers
from .state import CrawlState, SiteMemoryStore

logger = logging.getLogger(__name__)

DEFAULT_WARMUP = 3  # other pages of the site learned before memory removes anything
SAVE_EVERY = 25  # pages learned between two saves of a site's memory


class CrawlMemories:
    def __init__(self, state: CrawlState, warmup: int = DEFAULT_WARMUP) -> None:
        self.store = state if isinstance(state, SiteMemoryStore) else None
        self.warmup = warmup
        self.memories: dict[str, SiteMemory] = {}
        self.unsaved: dict[str, int] = {}

    def for_url(self, url: str) -> SiteMemory:
        host = host_of(url) or "unknown"
        memory = self.memories.get(host)
        if memory is None:
            memory = self.memories[host] = self.load(host)
        return memory

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


def site_memories(crawler: Crawler, state: CrawlState) -> CrawlMemories | None:
    """The crawl's memories, or None when `PRESSWASH_SITE_MEMORY` is off or workers extract."""
    settings = crawler.settings
    if not settings.getbool("PRESSWASH_SITE_MEMORY", True):
        return None
    if extract_workers(settings) > 0:
        logger.info(
            "site memory is off: pages are extracted in worker processes "
            "(-s PRESSWASH_EXTRACT_WORKERS=0 extracts in-process, with memory)"
        )
        return None
    return CrawlMemories(state, settings.getint("PRESSWASH_SITE_MEMORY_WARMUP", DEFAULT_WARMUP))
