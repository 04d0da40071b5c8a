"""Site memory across processes: the crawl owns each host's memory, workers read a journal.

A worker process cannot share the crawl's `SiteMemory`, and pickling a whole memory (up to
`MAX_FINGERPRINTS` fingerprints) with every page would cost more than extracting it. So
the crawl's process writes each host's memory to a journal file once (its saved JSON, one
line), then appends one line per page it learns (the page's `Contribution`). A task
carries only the journal's path and how many bytes of it the page may see (`JournalView`);
each worker keeps a mirror per journal and reads only the lines added since its last
page. The worker extracts with `RecordingMemory` over the mirror, which leaves the mirror
alone and hands back what the page contributes; the crawl learns it and appends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cleaners.memory import Contribution, SiteMemory


@dataclass(frozen=True, slots=True)
class JournalView:
    """What a worker needs to rebuild a host's memory as the crawl held it at dispatch."""

    path: str
    length: int  # bytes of the journal written when the page was sent
    warmup: int


class Journal:
    """The crawl's side: one file per host, appended as the host's memory learns pages."""

    def __init__(self, path: Path, memory: SiteMemory) -> None:
        self.path = path
        self.warmup = memory.warmup
        line = memory.to_json().encode("utf-8") + b"\n"
        path.write_bytes(line)
        self.length = len(line)

    def view(self) -> JournalView:
        return JournalView(str(self.path), self.length, self.warmup)

    def append(self, page: Contribution) -> None:
        line = " ".join((page.page, *page.fingerprints)).encode("ascii") + b"\n"
        with self.path.open("ab") as journal:
            journal.write(line)
        self.length += len(line)


@dataclass(slots=True)
class Mirror:
    memory: SiteMemory
    read: int  # bytes of the journal already learned


# A worker's mirrors, by journal path: a cache of files the crawl wrote, as
# `build_cleaners` caches the cleaners, so each page reads only the lines it has not seen.
MIRRORS: dict[str, Mirror] = {}


def mirror_of(view: JournalView) -> SiteMemory:
    """The host's memory as the crawl held it when it sent the page (a worker's side)."""
    mirror = MIRRORS.get(view.path)
    if mirror is None or mirror.read > view.length:  # a new crawl reusing a path
        mirror = MIRRORS[view.path] = Mirror(SiteMemory(warmup=view.warmup), 0)
    if mirror.read < view.length:
        with open(view.path, "rb") as journal:
            journal.seek(mirror.read)
            added = journal.read(view.length - mirror.read)
        for line in added.splitlines():
            learn_line(mirror, line)
        mirror.read = view.length
    return mirror.memory


def learn_line(mirror: Mirror, line: bytes) -> None:
    if line.startswith(b"{"):  # the memory the crawl started from
        mirror.memory = SiteMemory.from_json(line.decode("utf-8"))
        return
    page, *fingerprints = line.decode("ascii").split()
    mirror.memory.learn_blocks(Contribution(page, tuple(fingerprints)))
