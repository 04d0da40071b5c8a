"""How long does `presswash report PAGE` take on a 2 MB page? (target: under 1 s)

Times, on pages held in memory, interleaved round by round (median of the rounds):

- `extract_article` alone, the peer: what the crawl pays for the page anyway;
- the report: `mark_page` (number the nodes, copy the tree, extract) + `page_report`
  (make the copy inert, mark it, serialise).

Pages: the development-set pages of wcxb-dev between 1.8 and 2.7 MB as served, and a
synthetic page of about 2 MB made of the ITPro fixture's article repeated, whose many
removals make marking the worst case. No figure here is a test; it is a measurement.

    python bench/report.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import gzip
import logging
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402
from presswash.report.marking import mark_page  # noqa: E402
from presswash.report.page import page_report  # noqa: E402

DEV_PAGES = HERE / "data" / "wcxb-dev" / "html"
ITPRO = ROOT / "tests" / "fixtures" / "itpro" / "2025-07-18-meta-eu-ai-act.html.gz"
MIN_BYTES, MAX_BYTES = 1_800_000, 2_700_000
SYNTHETIC_BYTES = 2_000_000


def dev_pages() -> dict[str, bytes]:
    pages = {}
    for path in sorted(DEV_PAGES.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        if MIN_BYTES <= len(data) <= MAX_BYTES:
            pages[f"wcxb-dev/{path.name.removesuffix('.html.gz')}"] = data
    return pages


def synthetic_page() -> bytes:
    """The ITPro article's body repeated inside one page until it weighs about 2 MB."""
    html = gzip.decompress(ITPRO.read_bytes()).decode("utf-8")
    start, end = html.index("<body"), html.rindex("</body>")
    inner = html[html.index(">", start) + 1 : end]
    copies = SYNTHETIC_BYTES // len(inner) + 1
    return (html[: html.index(">", start) + 1] + inner * copies + html[end:]).encode()


def report(html: bytes, url: str | None) -> str:
    return page_report(mark_page(html, url), "page.html", url)


def seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    pages = {"synthetic itpro x N": synthetic_page(), **dev_pages()}
    url = "https://www.itpro.com/technology/artificial-intelligence/meta-eu-ai-act"
    print(
        f"{'page':<22} {'MB':>5} {'extract s':>10} {'report s':>9} {'added s':>8} "
        f"{'ratio':>6} {'out MB':>7}"
    )
    worst = 0.0
    for name, html in pages.items():
        page_url = url if name.startswith("synthetic") else None
        extract_times: list[float] = []
        report_times: list[float] = []
        try:
            size = len(report(html, page_url))  # warm-up, and the output size
            for _ in range(args.rounds):  # interleaved: the two see the same machine load
                extract_times.append(seconds(partial(extract_article, html, page_url)))
                report_times.append(seconds(partial(report, html, page_url)))
        except ExtractionError as exc:
            print(f"{name:<22} skipped: {exc}")
            continue
        extract_s, report_s = statistics.median(extract_times), statistics.median(report_times)
        worst = max(worst, report_s)
        print(
            f"{name:<22} {len(html) / 1e6:>5.2f} {extract_s:>10.3f} {report_s:>9.3f} "
            f"{report_s - extract_s:>8.3f} {report_s / extract_s:>6.2f} {size / 1e6:>7.2f}"
        )
    print(f"slowest report (median of {args.rounds}): {worst:.3f} s; target under 1 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
