"""Many worker processes, one Redis: each URL fetched once, each article emitted once.

Real `scrapy` worker processes against a real redis-server (Debian's package, started by
the `redis_server` fixture) and a local site; the server counts what was fetched.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from crawler.localsite import LocalServer, LocalSite, Page
from crawler.newssite import robots_txt

from ..redisserver import RedisServer, free_port
from .conftest import ROOT
from .fakesite import FakeSite, build_fake_site
from .sharedcrawl import (
    SharedCrawl,
    article_hits,
    build_slow_site,
    emitted_counts,
    shared_crawl,
    wait_until,
)
from .test_crawl_fakesite import expected_crawl

pytestmark = [pytest.mark.crawl, pytest.mark.slow]

CRAWL_DELAY = 0.15  # seconds, asked by the site's robots.txt
WORKERS = 3
SLOW_ARTICLES = 30
SLOW_SECONDS = 0.15  # per article page: the crawl lasts a few seconds, long enough to interrupt
TEST_TTL = 1.5  # seconds: a killed worker's requests return to the queue this soon
CLOCK_RESOLUTION = 1e-6  # seconds: Redis TIME is in microseconds
DEPARTED = re.compile(r"Departed for (\S+) at ([\d.]+) \(Redis clock\), spacing ([\d.]+)s")


@pytest.fixture(scope="module")
def three_workers(
    redis_server: RedisServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[SharedCrawl, FakeSite, list[int]]:
    """The fake site (its own instance: its flaky pages count hits) crawled by 3 workers."""
    site = LocalSite()
    with LocalServer(site) as server:
        fake = build_fake_site(site, server.url)
        robots = robots_txt(server.url).replace(
            b"Disallow:", f"Crawl-delay: {CRAWL_DELAY}\nDisallow:".encode()
        )
        site.add("/robots.txt", Page(robots, "text/plain"))
        crawl = shared_crawl(
            tmp_path_factory.mktemp("three"),
            redis_server,
            f"{server.url}/",
            LOG_LEVEL="DEBUG",  # each worker logs its departures (crawl-delay test)
        )
        for _ in range(WORKERS):
            crawl.start_worker()
        codes = crawl.wait()
    return crawl, fake, codes


def test_three_workers_emit_every_article_exactly_once(
    three_workers: tuple[SharedCrawl, FakeSite, list[int]],
) -> None:
    crawl, fake, codes = three_workers
    expected, _ = expected_crawl(fake)
    emitted = emitted_counts(crawl)
    duplicate_copy = fake.base + fake.duplicate  # the ?ref=rss copy may win the race
    if duplicate_copy in emitted:
        emitted[fake.base + fake.duplicate_of] += emitted.pop(duplicate_copy)
    assert codes == [0] * WORKERS
    assert emitted == Counter(dict.fromkeys(expected, 1))


def test_three_workers_share_one_redis_queue(
    three_workers: tuple[SharedCrawl, FakeSite, list[int]],
) -> None:
    crawl, _, _ = three_workers
    taken = [int(stats.get("scheduler/dequeued/redis", 0)) for stats in crawl.stats()]
    assert sum(1 for count in taken if count) >= 2  # not one worker doing it all


def test_three_workers_fetch_no_url_twice(
    three_workers: tuple[SharedCrawl, FakeSite, list[int]],
) -> None:
    _, fake, _ = three_workers
    hits = Counter(path for _, path in fake.site.log)
    designed_retries = {fake.flaky: 2, fake.busy: 2}  # fail once, then succeed
    assert {path: n for path, n in hits.items() if n > 1} == designed_retries


def test_three_workers_obey_robots_txt(
    three_workers: tuple[SharedCrawl, FakeSite, list[int]],
) -> None:
    _, fake, _ = three_workers
    paths = [path for _, path in fake.site.log]
    assert fake.disallowed not in paths
    assert paths.count("/robots.txt") == 1


def test_three_workers_space_requests_by_crawl_delay_together(
    three_workers: tuple[SharedCrawl, FakeSite, list[int]],
) -> None:
    crawl, fake, _ = three_workers
    departures = sorted(
        float(at)
        for n in range(WORKERS)
        for _, at, spacing in DEPARTED.findall(crawl.log(n))
        if float(spacing) > 0
    )
    paths = [path for _, path in fake.site.log]
    # Every request the site received once robots.txt was read left through the pacing.
    assert len(departures) == len(paths) - paths.index("/robots.txt") - 1
    gaps = [later - earlier for earlier, later in pairwise(departures)]
    assert len(gaps) > 10
    # Timed at departure on Redis's one clock (the site's arrival times add each worker's
    # latency, up to a tenth of a second on a loaded box): every request leaves at least
    # the delay after the one before it, whichever worker sent either. Three workers
    # pacing on their own would leave a third of the delay between departures.
    assert min(gaps) >= CRAWL_DELAY - CLOCK_RESOLUTION


def slow_crawl(
    tmp_path: Path, redis_server: RedisServer, site: LocalSite, base: str
) -> tuple[SharedCrawl, list[str]]:
    urls = build_slow_site(site, base, SLOW_ARTICLES, SLOW_SECONDS)
    crawl = shared_crawl(
        tmp_path,
        redis_server,
        f"{base}/sitemap_index.xml",
        PRESSWASH_REDIS_WORKER_TTL=TEST_TTL,
        CONCURRENT_REQUESTS=4,  # a worker takes at most 4 requests at a time from the queue
        CONCURRENT_REQUESTS_PER_DOMAIN=1,
    )
    return crawl, urls


def test_a_killed_and_restarted_worker_loses_and_repeats_nothing(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    site = LocalSite()
    with LocalServer(site) as server:
        crawl, urls = slow_crawl(tmp_path, redis_server, site, server.url)
        victim = crawl.start_worker()
        wait_until(lambda: crawl.holds_requests(victim))
        crawl.start_worker()
        crawl.start_worker()
        wait_until(lambda: article_hits(site, "slow-story") >= SLOW_ARTICLES // 3)
        crawl.kill(victim)
        served_at_kill = article_hits(site, "slow-story")
        crawl.start_worker()
        codes = crawl.wait()
    assert served_at_kill < SLOW_ARTICLES  # the kill came mid-crawl
    assert codes[1:] == [0] * WORKERS
    emitted = emitted_counts(crawl)
    if (written := crawl.items_of(0)) and emitted[last := written[-1]["url"]] == 2:
        # The one repeat the state allows (`crawler/state.py`, `_commit_after_export`): a
        # kill between writing an item and committing it, so only the victim's last item,
        # written once more by the worker that refetched it.
        emitted[last] = 1
    assert emitted == Counter(dict.fromkeys(urls, 1))
    assert crawl.stat_total("presswash/frontier/recovered") > 0  # its ledger was taken back


def test_a_redis_restart_mid_crawl_loses_and_repeats_nothing(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    site = LocalSite()
    with LocalServer(site) as server:
        crawl, urls = slow_crawl(tmp_path, redis_server, site, server.url)
        crawl.start_worker()
        crawl.start_worker()
        wait_until(lambda: article_hits(site, "slow-story") >= SLOW_ARTICLES // 3)
        redis_server.restart(down_for=1.0)
        served_at_restart = article_hits(site, "slow-story")
        codes = crawl.wait()
    assert served_at_restart < SLOW_ARTICLES
    assert codes == [0, 0]
    assert emitted_counts(crawl) == Counter(dict.fromkeys(urls, 1))


def test_redis_unreachable_at_start_is_one_clear_error(tmp_path: Path) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "start=http://127.0.0.1:9/"]
    done = subprocess.run(
        [*command, "-s", f"PRESSWASH_REDIS_URL={url}", "-s", "LOG_LEVEL=INFO"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    errors = [line for line in done.stderr.splitlines() if "] ERROR:" in line or "CRITICAL" in line]
    assert done.returncode != 0
    assert len(errors) == 1
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .endswith(
            f"Redis at {url} is unreachable (ConnectionError: Error 111 connecting to "
            f"127.0.0.1:{url.split(':')[2].split('/')[0]}. Connection refused.); "
            "start it or fix PRESSWASH_REDIS_URL"
        )
    )
