"""Site memory across processes: the crawl owns each host's memory, workers read a journal.

A worker process cannot share the crawl's `SiteMemory`, and pickling a whole memory (up to
`MAX_FINGERPRINTS` fingerprints) with every page would cost more than extracting it. So
the crawl's process writes each host's memory to a journal file once (its saved JSON, one
line), then appends one line per page it learns (the page's `Contribution`), and starts
afresh from the memory every `COMPACT_EVERY` pages. A task carries only the journal's
path and how many bytes of it the page may see (`JournalView`); each worker keeps a
mirror per journal and reads only the lines added since its last page. The worker extracts
with `RecordingMemory` over the mirror, which leaves the mirror alone and hands back what
the page contributes; the crawl learns it and appends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cleaners.memory import Contribution, SiteMemory

# Pages between two rewrites of a journal (its memory's JSON, then nothing): without them a
# host's journal would grow by a page's fingerprints (about 10 KB) with every page, for ever,
# while the memory it mirrors is bounded (`MAX_FINGERPRINTS`).
COMPACT_EVERY = 1_000


@dataclass(frozen=True, slots=True)
class JournalView:
    """What a worker needs to rebuild a host's memory as the crawl held it at dispatch."""

    host: str  # the journal's name, the same across its rewrites
    path: str  # the file of the current rewrite
    length: int  # bytes of it written when the page was sent
    warmup: int


class Journal:
    """The crawl's side: one file per host, appended as the host's memory learns pages.

    Every `COMPACT_EVERY` pages it starts a new file from the memory itself and removes the
    one before the previous: a page in flight holds back the learning of every later page
    of its host, so no task still reads a file two rewrites old.
    """

    def __init__(self, base: Path, memory: SiteMemory) -> None:
        self.base = base
        self.memory = memory
        self.generation = -1
        self.rewrite()

    def rewrite(self) -> None:
        self.generation += 1
        self.path = self.base.with_name(f"{self.base.name}.{self.generation}")
        line = self.memory.to_json().encode("utf-8") + b"\n"
        self.path.write_bytes(line)
        self.length = len(line)
        self.pages = 0
        self.base.with_name(f"{self.base.name}.{self.generation - 2}").unlink(missing_ok=True)

    def view(self) -> JournalView:
        return JournalView(str(self.base), str(self.path), self.length, self.memory.warmup)

    def append(self, page: Contribution) -> None:
        """Pass on a page the memory has just learned."""
        if self.pages >= COMPACT_EVERY:
            self.rewrite()  # the memory holds the page already
            return
        line = " ".join((page.page, *page.fingerprints)).encode("ascii") + b"\n"
        with self.path.open("ab") as journal:
            journal.write(line)
        self.length += len(line)
        self.pages += 1


@dataclass(slots=True)
class Mirror:
    path: str
    memory: SiteMemory
    read: int  # bytes of the file already learned


# A worker's mirrors, by journal: a cache of files the crawl wrote, as `build_cleaners`
# caches the cleaners, so each page reads only the lines it has not seen.
MIRRORS: dict[str, Mirror] = {}


def mirror_of(view: JournalView) -> SiteMemory:
    """The host's memory as the crawl held it when it sent the page (a worker's side)."""
    mirror = MIRRORS.get(view.host)
    if mirror is None or mirror.path != view.path or mirror.read > view.length:
        mirror = MIRRORS[view.host] = Mirror(view.path, SiteMemory(warmup=view.warmup), 0)
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
