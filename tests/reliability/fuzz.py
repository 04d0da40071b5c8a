"""Time-bounded fuzzing of `extract_article` with random and mutated real pages.

    python -m tests.reliability.fuzz --seconds 60 [--seed 1] [--json]

Seeds are the real pages under `bench/data/aeb/html` and `tests/fixtures`. Each case is a
seed mutated at the byte or markup level (cut, duplicated, spliced with another page,
sprinkled with hostile snippets, re-declared in another charset) or a page of random
bytes or random markup. A case fails when anything but an `ExtractionError` escapes or it
takes longer than `SECONDS_PER_PAGE`; failing inputs are written to `--crashes`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cleaners import ExtractionError, extract_article
from tests.reliability.xss import PAYLOADS, unsafe_parts

ROOT = Path(__file__).resolve().parents[2]
SEED_GLOBS = ("bench/data/aeb/html/*.html.gz", "tests/fixtures/*/*.html.gz")
SECONDS_PER_PAGE = 10.0
FUZZ_URL = "https://fuzz.example.com/2024/case"
SNIPPETS = (
    b"<", b">", b"</", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<script>", b"</script>",
    b"<style>", b"<svg>", b"<math>", b"<table>", b"<p>", b"</p>", b"<div>" * 50,
    b"</div>" * 50, b"<li>", b"&", b"&#", b"&#x;", b"&amp", b'"', b"'", b"=", b"\x00",
    b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc3", b"\r\n", b"<meta charset=utf-16>",
    b"<meta charset=shift_jis>", b'<meta http-equiv="refresh" content="0;url=javascript:x">',
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    b'"author":[[[[[[', b"<?xml version='1.0' encoding='ebcdic'?>", b"<html>", b"</body>",
    b"<base href='javascript:x//'>", b'<a href="javascript:alert(1)">',
)  # fmt: skip
XSS = tuple(payload.encode("utf-8", "surrogatepass") for payload in PAYLOADS.values())


def load_seeds(root: Path = ROOT) -> list[bytes]:
    seeds = []
    for pattern in SEED_GLOBS:
        seeds.extend(gzip.decompress(path.read_bytes()) for path in sorted(root.glob(pattern)))
    return seeds


def _span(rng: random.Random, data: bytes) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.choice((1, 8, 64, 1024, 65536)))


def cut(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    start, end = _span(rng, data)
    return data[:start] + data[end:]


def duplicate(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    start, end = _span(rng, data)
    return data[:end] + data[start:end] * rng.choice((2, 10, 100)) + data[end:]


def truncate(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def splice(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    other = rng.choice(seeds)
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


def sprinkle(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    pieces = bytearray(data)
    for _ in range(rng.choice((1, 5, 50))):
        at = rng.randrange(len(pieces) + 1)
        pieces[at:at] = rng.choice(SNIPPETS + XSS)
    return bytes(pieces)


def flip_bytes(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    pieces = bytearray(data)
    for _ in range(rng.choice((1, 10, 1000))):
        if pieces:
            pieces[rng.randrange(len(pieces))] = rng.randrange(256)
    return bytes(pieces)


def strip_angle_brackets(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    start, end = _span(rng, data)
    return data[:start] + data[start:end].replace(b">", b"").replace(b"<", b"") + data[end:]


def reencode(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    text = data.decode("utf-8", "replace")
    encoding = rng.choice(("utf-16", "utf-16-be", "cp1252", "shift_jis", "koi8-r", "latin-1"))
    return text.encode(encoding, "replace")


def random_bytes(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    return rng.randbytes(rng.choice((0, 1, 100, 10_000)))


def random_markup(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    return b"<html><body>" + b"".join(
        rng.choice(SNIPPETS + (b"word ", b"A sentence of text, with a comma. ") * 10)
        for _ in range(rng.choice((10, 1_000, 20_000)))
    )


MUTATORS: tuple[Callable[[random.Random, bytes, list[bytes]], bytes], ...] = (
    cut, duplicate, truncate, splice, sprinkle, flip_bytes, strip_angle_brackets, reencode,
    random_bytes, random_markup,
)  # fmt: skip


@dataclass
class FuzzReport:
    seconds: float = 0.0
    cases: int = 0
    articles: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    slowest_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    seeds: int = 0

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "refused": dict(self.refused)}


def run_case(data: bytes, content_type: str | None, report: FuzzReport) -> str | None:
    """Extract one case; return why it failed, or None."""
    started = time.perf_counter()
    try:
        article = extract_article(
            data, "https://fuzz.example.com/2024/case", content_type=content_type
        )
    except ExtractionError as error:
        report.refused[error.reason] += 1
        failure = None
    except Exception as error:  # the point: catch what should not escape
        failure = f"{type(error).__name__}: {error}"[:300]
    else:
        report.articles += 1
        json.dumps(article.to_dict())
        unsafe = unsafe_parts(article.articleBodyHtml)
        failure = f"unsafe output: {unsafe[:3]}" if unsafe else None
    elapsed = time.perf_counter() - started
    report.slowest_seconds = max(report.slowest_seconds, elapsed)
    if failure is None and elapsed > SECONDS_PER_PAGE:
        failure = f"took {elapsed:.1f}s"
    return failure


def fuzz(seconds: float, seed: int = 0, crashes: Path | None = None) -> FuzzReport:
    rng = random.Random(seed)
    seeds = load_seeds() or [b"<html><body><p>An empty corpus still fuzzes random input.</p>"]
    report = FuzzReport(seeds=len(seeds))
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        data = rng.choice(seeds)
        for _ in range(rng.choice((1, 1, 2, 4))):
            data = rng.choice(MUTATORS)(rng, data, seeds)
        content_type = rng.choice((None, "text/html", "text/html; charset=utf-8",
                                   "text/html; charset=bogus", "application/json"))  # fmt: skip
        failure = run_case(data, content_type, report)
        report.cases += 1
        if failure is not None:
            report.crashes.append(failure)
            if crashes is not None:
                crashes.mkdir(parents=True, exist_ok=True)
                (crashes / f"case-{seed}-{report.cases}.html").write_bytes(data)
    report.seconds = round(time.monotonic() - started, 1)
    report.peak_rss_mb = round(peak_rss_mb(), 1)
    report.slowest_seconds = round(report.slowest_seconds, 2)
    return report


def peak_rss_mb() -> float:
    """This process's peak RSS since it started (ru_maxrss carries a forking parent's)."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--crashes", type=Path, default=None, help="write failing inputs here")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the guard's warnings are expected here
    report = fuzz(args.seconds, args.seed, args.crashes)
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(
            f"{report.cases} cases in {report.seconds}s from {report.seeds} seeds: "
            f"{report.articles} articles, refused {dict(report.refused)}, "
            f"{len(report.crashes)} failures, slowest {report.slowest_seconds}s, "
            f"peak RSS {report.peak_rss_mb} MB"
        )
        for crash in report.crashes[:20]:
            print("  ", crash)
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
