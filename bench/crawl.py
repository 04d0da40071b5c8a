"""Is the framework the bottleneck? Crawl rate and memory against extraction alone.

Serves N distinct article pages (the 181 article-extraction-benchmark pages, copied with
their canonical links removed and a copy number written into each paragraph, so
deduplication keeps them apart) from a local server in its own process, then:

- crawls them with the `news` spider through the real engine (robots.txt, sitemap index,
  sitemaps, pipelines, SQLite crawl state, JSON-lines feed), each crawl its own process:
  once stopping at 200 articles, once over all pages;
- runs `extract_article` alone over the same pages, in its own process.

It prints pages per second (wall, and per CPU second of the measured process and its
extraction workers) and peak RSS for each; the crawl/extraction rate ratios (target >=
0.8: the wall ratio also pays for the local server sharing the machine, the CPU ratio is
the framework's own cost); and the peak-RSS growth from the 200-article crawl to the full
one (target <= 50 MB).

    python bench/crawl.py [--pages 2200] [--workers 0] [--json bench/results/crawl.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "aeb" / "html"
sys.path.insert(0, str(ROOT))

CANONICAL = re.compile(
    rb"<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+property=[\"']og:url[^>]*>", re.I
)
PARAGRAPH = re.compile(rb"<p>", re.I)


def bench_pages(count: int) -> list[tuple[str, bytes]]:
    """`count` distinct pages as (path, html), cycling over the benchmark's pages."""
    sources = sorted(DATA.glob("*.html.gz"))
    originals = [gzip.decompress(path.read_bytes()) for path in sources]
    pages = []
    for n in range(count):
        html = CANONICAL.sub(b"", originals[n % len(originals)])
        html = PARAGRAPH.sub(b"<p>Copy %d. " % n, html)
        pages.append((f"/{2000 + n % 20}/01/01/bench-story-{n:05d}/", html))
    return pages


def serve(count: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from crawler.localsite import LocalServer, LocalSite
    from crawler.newssite import ArticlePage, build_news_site

    site = LocalSite()
    with LocalServer(site) as server:
        articles = [
            ArticlePage(path, html, f"{path[1:5]}-01-01T{n % 24:02d}:00:00Z")
            for n, (path, html) in enumerate(bench_pages(count))
        ]
        build_news_site(site, server.url, articles)
        site.log.clear()
        queue.put(server.url)
        time.sleep(3600)  # until the parent terminates this process


def cpu_seconds() -> float:
    """CPU time of this process: unlike wall time, not inflated by other load on the box."""
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime  # workers reaped


def bench_settings(output: str, state: str, overrides: dict[str, Any]) -> Any:
    """The project's settings for a benchmark crawl: no politeness delays against the local
    site, a throwaway state, every article kept; `overrides` last. bench/scale.py uses it too.
    """
    from crawler.demo import project_settings

    return project_settings(
        {
            "FEEDS": {output: {"format": "jsonlines", "encoding": "utf-8"}},
            "LOG_LEVEL": "WARNING",
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            "PRESSWASH_STATE_DIR": state,
            "PRESSWASH_MIN_WORDS": 1,
            **overrides,
        }
    )


def crawl(url: str, limit: str, output: str, workers: str = "0") -> None:
    """Child process: one crawl; prints its figures as JSON."""
    from scrapy.crawler import CrawlerProcess

    with tempfile.TemporaryDirectory() as state:
        settings = bench_settings(output, state, {"PRESSWASH_EXTRACT_WORKERS": int(workers)})
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("news")
        args = {"start": f"{url}/sitemap_index.xml", **({"limit": limit} if limit != "0" else {})}
        process.crawl(crawler, **args)
        started, cpu_started = time.perf_counter(), cpu_seconds()
        process.start()
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    assert crawler.stats is not None
    stats = crawler.stats.get_stats()
    pages = int(stats.get("presswash/articles/requested", 0))
    print(
        json.dumps(
            {
                "pages": pages,
                "items": int(stats.get("item_scraped_count", 0)),
                "seconds": elapsed,
                "pages_per_s": pages / elapsed,
                "cpu_seconds": cpu,
                "pages_per_cpu_s": pages / cpu,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def extract_only(count: str) -> None:
    """Child process: extract_article over the same pages; prints its figures as JSON."""
    from cleaners import ExtractionError, extract_article

    pages = bench_pages(int(count))
    started, cpu_started = time.perf_counter(), cpu_seconds()
    failed = 0
    for path, html in pages:
        try:
            extract_article(html, f"http://127.0.0.1{path}")
        except ExtractionError:
            failed += 1
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    print(
        json.dumps(
            {
                "pages": len(pages),
                "failed": failed,
                "seconds": elapsed,
                "pages_per_s": len(pages) / elapsed,
                "cpu_seconds": cpu,
                "pages_per_cpu_s": len(pages) / cpu,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"bench child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2200, help="pages served (>= 2000)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--workers", type=int, default=0, help="PRESSWASH_EXTRACT_WORKERS for the crawls"
    )
    args = parser.parse_args()
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(args.pages, queue), daemon=True)
    server.start()
    try:
        url = queue.get(timeout=120)
        with tempfile.TemporaryDirectory() as tmp:
            workers = str(args.workers)
            small = child("--crawl", url, "200", f"{tmp}/small.jsonl", workers)
            full = child("--crawl", url, "0", f"{tmp}/full.jsonl", workers)
        alone = child("--extract", str(args.pages))
    finally:
        server.terminate()
    results: dict[str, Any] = {
        "workers": args.workers,
        "crawl_200": small,
        "crawl_all": full,
        "extract_only": alone,
        "rate_ratio": full["pages_per_s"] / alone["pages_per_s"],
        "cpu_rate_ratio": full["pages_per_cpu_s"] / alone["pages_per_cpu_s"],
        "rss_growth_mb": full["peak_rss_mb"] - small["peak_rss_mb"],
    }
    print(
        f"{'run':<16}{'pages':>7}{'items':>7}{'seconds':>9}{'pages/s':>9}"
        f"{'CPU s':>8}{'pages/CPU s':>13}{'peak RSS MB':>13}"
    )
    for name in ("crawl_200", "crawl_all", "extract_only"):
        row = results[name]
        print(
            f"{name:<16}{row['pages']:>7}{row.get('items', '-'):>7}{row['seconds']:>9.1f}"
            f"{row['pages_per_s']:>9.1f}{row['cpu_seconds']:>8.1f}{row['pages_per_cpu_s']:>13.1f}"
            f"{row['peak_rss_mb']:>13.1f}"
        )
    print(
        f"crawl/extraction rate: {results['rate_ratio']:.2f} wall, "
        f"{results['cpu_rate_ratio']:.2f} per CPU second (target >= 0.80); "
        f"peak RSS growth 200 -> {full['pages']} pages: {results['rss_growth_mb']:.1f} MB "
        "(target <= 50)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--crawl":
        crawl(*sys.argv[2:6])
    elif len(sys.argv) > 1 and sys.argv[1] == "--extract":
        extract_only(sys.argv[2])
    else:
        sys.exit(main())
