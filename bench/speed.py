"""How fast is extraction? Pages per second on each development set.

The sets are `bench/data/aeb` (181 news pages, 2019-2020) and `bench/data/wcxb-dev` (438
pages of 2026, several page types, larger and more script-heavy); each is timed on its own.

Measures, in one run and on the same decompressed pages held in memory:

- lxml parsing alone (`lxml.html.document_fromstring` on the bytes): the floor no
  lxml-based extractor can beat;
- `extract_article` with site rules (the crawler's path) and with `site_rules=False`;
- trafilatura (`extract`, comments off, the settings of the published benchmark figures),
  when installed (`pip install -e '.[bench]'`); its row is skipped with a message otherwise.

Each extractor runs over all pages once per round, taking turns, for several rounds; the
figure is its median round, so a round slowed by the machine does not decide it. Ratios
compare each extractor's pages/s with lxml parsing alone and with trafilatura's.

    python bench/speed.py [--rounds 5] [--set aeb|wcxb-dev] [--json bench/results/speed.json]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
SETS = ("aeb", "wcxb-dev")
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402

Page = tuple[bytes, str]  # the page's bytes and its URL
Extractor = Callable[[bytes, str], object]
DEFAULT_ROUNDS = 5  # odd, so the median is one measured round


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    pages: int
    failures: int
    rounds: list[float]  # seconds per round over all pages

    @property
    def seconds(self) -> float:
        return statistics.median(self.rounds)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds


def load_pages(set_name: str) -> list[Page]:
    folder = DATA / set_name
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()), item.get("url", ""))
        for key, item in truth.items()
    ]


def lxml_parse(html: bytes, url: str) -> object:
    return lxml.html.document_fromstring(html)


def presswash_sites(html: bytes, url: str) -> object:
    return extract_article(html, url)


def presswash_generic(html: bytes, url: str) -> object:
    return extract_article(html, url, site_rules=False)


def trafilatura_extractor() -> Callable[[bytes, str], object] | None:
    if importlib.util.find_spec("trafilatura") is None:
        return None
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    def run(html: bytes, url: str) -> object:
        return trafilatura.extract(html, url=url, include_comments=False)

    return run


def time_round(extract: Callable[[bytes, str], object], pages: list[Page]) -> tuple[float, int]:
    failures = 0
    start = time.perf_counter()
    for html, url in pages:
        try:
            extract(html, url)
        except (ExtractionError, ValueError):  # a page that fails still cost its time
            failures += 1
    return time.perf_counter() - start, failures


def measure(runs: list[tuple[str, Extractor]], pages: list[Page], rounds: int) -> list[Result]:
    """Time every extractor once per round, in turn, so machine load hits them alike."""
    for _, extract in runs:
        time_round(extract, pages[:10])  # warm-up: imports, compiled patterns, caches
    timings: dict[str, list[float]] = {name: [] for name, _ in runs}
    failures: dict[str, int] = {}
    for _ in range(rounds):
        for name, extract in runs:
            seconds, failures[name] = time_round(extract, pages)
            timings[name].append(seconds)
    return [Result(name, len(pages), failures[name], timings[name]) for name, _ in runs]


def report(results: list[Result]) -> str:
    base = next(r for r in results if r.name == "lxml parse only")
    peer = next((r for r in results if r.name == "trafilatura"), None)
    header = ("extractor", "pages/s", "ms/page", "x lxml", "x trafilatura", "failed")
    lines = ["{:<22} {:>8} {:>8} {:>7} {:>14} {:>6}".format(*header)]
    for r in results:
        vs_peer = f"{r.pages_per_second / peer.pages_per_second:.2f}" if peer else "-"
        lines.append(
            f"{r.name:<22} {r.pages_per_second:>8.1f} {1000 * r.seconds / r.pages:>8.2f} "
            f"{r.pages_per_second / base.pages_per_second:>7.3f} {vs_peer:>14} {r.failures:>6}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=DEFAULT_ROUNDS, help="rounds per extractor (median wins)"
    )
    parser.add_argument("--set", action="append", choices=SETS, help="default: every set")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.getLogger("cleaners").setLevel(logging.ERROR)  # guard warnings are not the point here
    runs: list[tuple[str, Extractor]] = [
        ("lxml parse only", lxml_parse),
        ("presswash (site rules)", presswash_sites),
        ("presswash (generic)", presswash_generic),
    ]
    traf = trafilatura_extractor()
    if traf is None:
        print(
            "trafilatura is not installed (pip install -e '.[bench]'): its row is skipped",
            file=sys.stderr,
        )
    else:
        runs.append(("trafilatura", traf))
    figures: dict[str, list[dict[str, object]]] = {}
    for set_name in args.set or SETS:
        pages = load_pages(set_name)
        results = measure(runs, pages, args.rounds)
        print(f"{set_name}: {len(pages)} pages, median of {args.rounds} rounds each")
        print(report(results), end="\n\n")
        figures[set_name] = [{**asdict(r), "pages_per_second": r.pages_per_second} for r in results]
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
