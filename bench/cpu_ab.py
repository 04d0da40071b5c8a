"""Did a change make extraction cheaper? CPU per page of two code trees, interleaved.

Wall-clock pages/s swing by 10% on a shared machine, more than most speed-ups. This runs
the generic path (`site_rules=False`) of two checkouts in two live worker processes
and hands them the same page in turn, alternating which goes first, for several rounds.
Each worker reports the CPU time (`time.process_time`) of that one page, so a burst of
load hits both trees alike. The figure per tree is the sum over pages of each page's
median, and the change is also given as the median of the pages' own ratios.

    mkdir /tmp/old && git archive <commit> | tar -x -C /tmp/old
    python bench/cpu_ab.py /tmp/old . --set wcxb-dev --rounds 5

Both trees read the pages of this checkout's `bench/data`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SETS = ("aeb", "wcxb-dev")

# Run inside each worker: the tree under test is first on its path.
WORKER = """
import gzip, json, logging, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
logging.getLogger("cleaners").setLevel(logging.CRITICAL)
from cleaners import ExtractionError, extract_article
folder = Path(sys.argv[1])
truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
pages = [
    (gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()), item.get("url", ""))
    for key, item in truth.items()
]
def extract(index):
    html, url = pages[index]
    try:
        extract_article(html, url, site_rules=False)
    except ExtractionError:
        pass
for index in range(len(pages)):
    extract(index)  # warm: imports, caches, lxml's proxies
print(len(pages), flush=True)
for line in sys.stdin:
    started = time.process_time()
    extract(int(line))
    print(time.process_time() - started, flush=True)
"""


class Worker:
    """One tree's live process, extracting the page it is asked for."""

    def __init__(self, tree: Path, set_name: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(DATA / set_name)],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pages = int(self._read())

    def cpu_seconds(self, index: int) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{index}\n")
        self.process.stdin.flush()
        return float(self._read())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()

    def _read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"worker exited with {self.process.wait()}")
        return line


def compare(old: Path, new: Path, set_name: str, rounds: int) -> str:
    """One line: each tree's CPU seconds per pass over the set, and the change."""
    workers = {"old": Worker(old, set_name), "new": Worker(new, set_name)}
    pages = workers["old"].pages
    if workers["new"].pages != pages:
        raise RuntimeError("the two workers read different page counts")
    times: dict[str, list[list[float]]] = {name: [[] for _ in range(pages)] for name in workers}
    for round_index in range(rounds):
        for index in range(pages):
            order = ("old", "new") if (index + round_index) % 2 == 0 else ("new", "old")
            for name in order:
                times[name][index].append(workers[name].cpu_seconds(index))
    for worker in workers.values():
        worker.close()
    medians = {name: [statistics.median(page) for page in pages_] for name, pages_ in times.items()}
    old_total, new_total = sum(medians["old"]), sum(medians["new"])
    ratios = [n / o for o, n in zip(medians["old"], medians["new"], strict=True) if o > 0]
    return (
        f"{set_name}: old {old_total:.3f} s, new {new_total:.3f} s CPU per pass "
        f"(sum of per-page medians of {rounds} rounds): {100 * (new_total / old_total - 1):+.1f}%; "
        f"median page {100 * (statistics.median(ratios) - 1):+.1f}%"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the tree before the change")
    parser.add_argument("new", type=Path, help="the tree after it")
    parser.add_argument("--set", action="append", choices=SETS, help="default: every set")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    for set_name in args.set or SETS:
        print(compare(args.old.resolve(), args.new.resolve(), set_name, args.rounds), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
