"""Does a crawl scale with processes? Worker processes on one Redis, and extraction pools.

Serves N distinct article pages (bench/crawl.py's copies of the bench/data/aeb
development pages) from a local server in its own process, starts a real redis-server
(Debian's package) in a throwaway directory, and crawls the site with the `news` spider:

- `single`: one process, no Redis, extraction in-process: the baseline;
- `redis-1`, `redis-2`, `redis-4`: 1, 2 and 4 worker processes on one Redis, extraction
  in each worker's own process (PRESSWASH_EXTRACT_WORKERS=0);
- `pool-1`, `pool-2`: one process, no Redis, PRESSWASH_EXTRACT_WORKERS=1 and 2.

Rounds are interleaved (every configuration once per round) and the median is reported:
pages/s over the crawl's span (first worker's engine start to last worker's finish, so
process start-up is left out), the ratio to `single`, CPU seconds per page of the crawl
processes (with their extraction pools), and CPU seconds per page of the local server
and of Redis, which share the machine and so bound what more processes can add.

    python bench/scale.py [--pages 600] [--rounds 3] [--fsync everysec|always] [--json F]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from crawl import cpu_seconds  # noqa: E402  (bench/crawl.py)

CONFIGS: dict[str, tuple[int, int, bool]] = {  # name: (processes, extract workers, Redis)
    "single": (1, 0, False),
    "redis-1": (1, 0, True),
    "redis-2": (2, 0, True),
    "redis-4": (4, 0, True),
    "pool-1": (1, 1, False),
    "pool-2": (1, 2, False),
}
COLUMNS = (
    ("config", 8),
    ("procs", 5),
    ("extract", 7),
    ("pages", 5),
    ("seconds", 7),
    ("pages/s", 7),
    ("vs single", 9),
    ("crawl CPU ms/page", 17),
    ("server ms/page", 14),
    ("redis ms/page", 13),
)
OUTCOMES = ("presswash/dropped/", "presswash/skipped/", "presswash/failed/")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """CPU seconds used so far by another process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def crawl_child(url: str, output: str, overrides: str) -> None:
    """Child process: one worker's crawl; prints its span, CPU and page count as JSON."""
    from crawl import bench_settings  # bench/crawl.py
    from scrapy.crawler import CrawlerProcess

    with tempfile.TemporaryDirectory() as state:
        settings = bench_settings(output, state, json.loads(overrides))
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("news")
        process.crawl(crawler, start=f"{url}/sitemap_index.xml")
        cpu_started, started = cpu_seconds(), time.time()
        process.start()
        finished, cpu = time.time(), cpu_seconds() - cpu_started
    assert crawler.stats is not None
    stats = crawler.stats.get_stats()
    outcomes = int(stats.get("item_scraped_count", 0)) + sum(
        int(v) for k, v in stats.items() if k.startswith(OUTCOMES)
    )
    print(json.dumps({"started": started, "finished": finished, "cpu": cpu, "pages": outcomes}))


def run_config(
    name: str, url: str, redis_url: str | None, tmp: Path, pids: dict[str, int]
) -> dict[str, Any]:
    processes, extract_workers, shared = CONFIGS[name]
    # Site memory off in every configuration: the served pages are copies of ~130 sites'
    # pages under one host, so a memory would learn noise and, with a pool, re-extract pages
    # whose answers changed in flight; this bench measures crawling and extraction.
    overrides: dict[str, Any] = {
        "PRESSWASH_EXTRACT_WORKERS": extract_workers,
        "PRESSWASH_SITE_MEMORY": False,
    }
    if shared:
        assert redis_url is not None
        overrides["PRESSWASH_REDIS_URL"] = redis_url
        import redis

        redis.Redis.from_url(redis_url).flushdb()  # a new crawl, not a resumed one
    before = {role: process_cpu(pid) for role, pid in pids.items()}
    command = [sys.executable, __file__, "--child", url]
    children = [
        subprocess.Popen(
            [*command, str(tmp / f"{name}-{n}.jsonl"), json.dumps(overrides)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=1800)
        if child.returncode:
            raise SystemExit(f"{name}: a crawl process failed:\n{err[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    span = max(r["finished"] for r in results) - min(r["started"] for r in results)
    pages = sum(r["pages"] for r in results)
    row = {
        "pages": pages,
        "seconds": span,
        "pages_per_s": pages / span,
        "crawl_cpu_per_page": sum(r["cpu"] for r in results) / pages,
    }
    for role, pid in pids.items():
        row[f"{role}_cpu_per_page"] = (process_cpu(pid) - before[role]) / pages
    return row


def start_redis(directory: Path, fsync: str) -> tuple[subprocess.Popen[bytes], str]:
    from tests.redisserver import RedisServer

    server = RedisServer(directory, fsync=fsync).start()
    assert server.process is not None
    return server.process, server.url(0)


def main() -> int:
    from crawl import serve

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600, help="article pages served")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians")
    parser.add_argument("--only", nargs="*", choices=list(CONFIGS), help="configurations to run")
    parser.add_argument(
        "--fsync", choices=["everysec", "always"], default="everysec", help="Redis appendfsync"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    names = args.only or list(CONFIGS)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the server and Redis too
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(args.pages, queue), daemon=True)
    server.start()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        redis_process, redis_url = start_redis(tmp / "redis", args.fsync)
        try:
            url = queue.get(timeout=300)
            assert server.pid is not None
            pids = {"server": server.pid, "redis": redis_process.pid}
            rows: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
            for round_number in range(args.rounds):
                for name in names:
                    rows[name].append(row := run_config(name, url, redis_url, tmp, pids))
                    rate = row["pages_per_s"]
                    print(f"round {round_number + 1} {name}: {rate:.1f} pages/s", file=sys.stderr)
        finally:
            server.terminate()
            redis_process.terminate()
            redis_process.wait(timeout=10)
    report(rows, args)
    return 0


def report(rows: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> None:
    medians = {
        name: {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        for name, runs in rows.items()
    }
    base = medians.get("single", {}).get("pages_per_s")
    load, cores = os.getloadavg()[0], os.cpu_count()
    print(
        f"{args.pages} pages, {args.rounds} rounds, medians; {cores} cores, load {load:.1f}; "
        f"Redis appendfsync {args.fsync}"
    )
    print(" ".join(f"{title:>{width}}" for title, width in COLUMNS))
    for name, row in medians.items():
        processes, extract, _ = CONFIGS[name]
        cells = [
            name,
            processes,
            extract,
            f"{row['pages']:.0f}",
            f"{row['seconds']:.1f}",
            f"{row['pages_per_s']:.1f}",
            f"{row['pages_per_s'] / base:.2f}x" if base else "-",
            f"{row['crawl_cpu_per_page'] * 1000:.1f}",
            f"{row['server_cpu_per_page'] * 1000:.1f}",
            f"{row['redis_cpu_per_page'] * 1000:.2f}",
        ]
        print(" ".join(f"{cell:>{width}}" for cell, (_, width) in zip(cells, COLUMNS, strict=True)))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "pages": args.pages,
            "rounds": args.rounds,
            "fsync": args.fsync,
            "medians": medians,
            "runs": rows,
        }
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        crawl_child(*sys.argv[2:5])
    else:
        sys.exit(main())
