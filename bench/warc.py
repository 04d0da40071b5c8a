"""How much does reading a web archive cost, next to extracting its articles?

Writes the 181 pages of the article-extraction benchmark (bench/data/aeb, a development
set) into a WARC, one gzip member per record as Common Crawl does, with presswash's own
writer, and measures in one run, taking turns for several rounds (median round):

- reading with presswash's reader (FastWARC underneath, payloads decoded): records/s;
- reading with FastWARC alone and with warcio alone (payloads read, nothing decoded): the
  two libraries the reader could be built on, on the same file;
- `presswash extract` on the WARC (read + extract): articles/s;
- extraction of the same pages from their `.html.gz` files: articles/s.

The reading share is reading time over extraction time from files; the target is under
10%. warcio is optional (`pip install warcio`); its row is skipped without it.

    python bench/warc.py [--rounds 5] [--plain]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "aeb"
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402
from crawler.warc.writer import Exchange, WarcWriter  # noqa: E402
from presswash.archives import ArchivePage, read_archive_file  # noqa: E402
from presswash.replay import Extracted, replay  # noqa: E402

DEFAULT_ROUNDS = 5  # odd, so the median is one measured round
FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def benchmark_pages() -> list[tuple[Path, str]]:
    truth = json.loads((DATA / "ground-truth.json").read_text("utf-8"))
    files = sorted((DATA / "html").glob("*.html.gz"))
    return [(path, truth[path.name.removesuffix(".html.gz")]["url"]) for path in files]


def write_warc(pages: list[tuple[Path, str]], directory: Path, plain: bool) -> Path:
    writer = WarcWriter(directory, {"software": "bench/warc.py"}, prefix="aeb")
    for path, url in pages:
        body = gzip.decompress(path.read_bytes())
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(
            body
        )
        request = b"GET / HTTP/1.1\r\nHost: bench\r\n\r\n"
        writer.write(Exchange(url, request, head, body, FETCHED))
    writer.close()
    [warc] = writer.written
    if not plain:
        return warc
    unpacked = warc.with_suffix("")  # .warc: the same records, uncompressed
    unpacked.write_bytes(gzip.decompress(warc.read_bytes()))
    return unpacked


def read_presswash(warc: Path) -> int:
    return sum(isinstance(entry, ArchivePage) for entry in read_archive_file(warc))


def read_fastwarc(warc: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response):
            record.reader.read()
            count += 1
    return count


def read_warcio(warc: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                record.content_stream().read()
                count += 1
    return count


def extract_warc(warc: Path) -> int:
    return sum(isinstance(entry, Extracted) for entry in replay(read_archive_file(warc)))


def extract_files(pages: list[tuple[Path, str]]) -> int:
    count = 0
    for path, url in pages:
        try:
            extract_article(gzip.decompress(path.read_bytes()), url, fetched=FETCHED.date())
            count += 1
        except ExtractionError:
            pass
    return count


def measure(runs: dict[str, Callable[[], int]], rounds: int) -> dict[str, tuple[int, float]]:
    """(items, median seconds) per run, the runs taking turns in every round."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    items: dict[str, int] = {}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            items[name] = run()
            times[name].append(time.perf_counter() - start)
    return {name: (items[name], statistics.median(times[name])) for name in runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    parser.add_argument("--plain", action="store_true", help="an uncompressed .warc instead")
    args = parser.parse_args()
    pages = benchmark_pages()
    with tempfile.TemporaryDirectory() as tmp:
        warc = write_warc(pages, Path(tmp), args.plain)
        runs: dict[str, Callable[[], int]] = {
            "read: presswash reader (FastWARC)": lambda: read_presswash(warc),
            "read: FastWARC alone": lambda: read_fastwarc(warc),
        }
        if importlib.util.find_spec("warcio"):
            runs["read: warcio alone"] = lambda: read_warcio(warc)
        else:
            print("warcio not installed: its row is skipped", file=sys.stderr)
        runs["extract from the WARC"] = lambda: extract_warc(warc)
        runs["extract from .html.gz files"] = lambda: extract_files(pages)
        size = warc.stat().st_size
        results = measure(runs, args.rounds)
    print(f"{len(pages)} pages, WARC {size / 1e6:.1f} MB ({'plain' if args.plain else 'gzip'}),")
    print(f"median of {args.rounds} interleaved rounds")
    baseline = results["extract from .html.gz files"][1]
    print(f"{'run':<36} {'items':>6} {'items/s':>9} {'time vs extraction':>19}")
    for name, (count, seconds) in results.items():
        share = f"{seconds / baseline:.1%}"
        print(f"{name:<36} {count:>6} {count / seconds:>9.0f} {share:>19}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
