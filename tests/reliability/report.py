# ruff: noqa: E501  (table rows read best one per line)
"""Regenerate docs/reliability.md: faults, hostile inputs, losses, duplicates, fuzzing.

    python -m tests.reliability.report [--fuzz-seconds 60] [--out docs/reliability.md]

Runs everything for real on this machine (a local server on 127.0.0.1 only) and writes
the figures; takes about two minutes plus the fuzzing time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import platform
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from cleaners import ExtractionError, extract_article
from cleaners.document import parse_html
from cleaners.sanitize import body_html
from tests.reliability import xmlbombs
from tests.reliability.bounds import benchmark_usage
from tests.reliability.crawlrun import ROOT, read_stats, start_crawl
from tests.reliability.faultsite import FaultSite
from tests.reliability.hostile import HOSTILE_PAGES
from tests.reliability.regexes import attack_strings, project_patterns, run_attack
from tests.reliability.xss import PAYLOADS, unsafe_parts

OUTCOMES = ("presswash/failed/", "presswash/skipped/", "presswash/dropped/", "presswash/filtered/")
LOGGED = re.compile(r"\] (?:WARNING|INFO): (?:failed|skipped) (\S+) \(([\w-]+)\)")
HOSTILE_SCRIPT = """
import json, sys, time
from cleaners import ExtractionError, extract_article
from tests.reliability.fuzz import peak_rss_mb
from tests.reliability.hostile import HOSTILE_PAGES
html = HOSTILE_PAGES[sys.argv[1]]()
started = time.perf_counter()
try:
    outcome = f"article, {extract_article(html, 'https://e.com/a').wordCount} words"
except ExtractionError as error:
    outcome = f"refused: {error.reason}"
print(json.dumps([len(html), time.perf_counter() - started, outcome, peak_rss_mb()]))
"""


def fault_crawl() -> tuple[list[str], dict[str, int]]:
    with FaultSite() as site, tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        crawl = start_crawl(Path(tmp), site.base + "/sitemap.xml")
        log = crawl.wait()
        seconds = time.monotonic() - started
        items = {json.loads(line)["url"]: json.loads(line) for line in crawl.lines()}
        stats = read_stats(crawl)
        logged = dict(LOGGED.findall(log))
        rows = ["| fault | outcome | hits |", "|---|---|---|"]
        for path in site.article_paths:
            url, case = site.base + path, site.expectations[path]
            if url in items:
                outcome = f"item ({items[url]['wordCount']} words)"
            else:
                outcome = f"counted: {logged.get(url, 'filtered (redirect back to a seen URL)')}"
            ok = "" if (url in items) == case.expect_item else " **UNEXPECTED**"
            rows.append(f"| {case.slug} | {outcome}{ok} | {site.hits[path]} |")
        outcomes = sum(v for k, v in stats.items() if k.startswith(OUTCOMES))
        urls = Counter(item["url"] for item in items.values())
        figures = {
            "listed": len(site.article_paths),
            "items": len(crawl.lines()),
            "outcomes": outcomes,
            "lost": len(site.article_paths) - len(items) - outcomes,
            "duplicates": len(crawl.lines()) - len(urls),
            "seconds": round(seconds, 1),
            "memusage_mb": round(stats.get("memusage/max", 0) / 2**20),
            "finished": stats.get("finish_reason") == "finished",
        }
    return rows, figures


def resume(sig: signal.Signals, articles: int, stop_after: int) -> dict[str, int]:
    with FaultSite() as site, tempfile.TemporaryDirectory() as tmp:
        site.only([])
        site.add_articles(articles, delay=0.05)
        settings = {"JOBDIR": str(Path(tmp) / "job"), "CONCURRENT_REQUESTS": 4}
        first = start_crawl(Path(tmp), site.base + "/sitemap.xml", "first", **settings)
        first.stop_after(stop_after, sig)
        second = start_crawl(Path(tmp), site.base + "/sitemap.xml", "second", **settings)
        second.wait()
        emitted = Counter(json.loads(line)["url"] for line in first.lines() + second.lines())
        listed = {site.base + path for path in site.article_paths}
        return {
            "articles": articles,
            "first run": len(first.lines()),
            "second run": len(second.lines()),
            "lost": len(listed - set(emitted)),
            "duplicates": sum(count - 1 for count in emitted.values()),
        }


def hostile_pages() -> list[str]:
    rows = ["| input | size | time | peak RSS | outcome |", "|---|---|---|---|---|"]
    for name in HOSTILE_PAGES:
        done = subprocess.run([sys.executable, "-c", HOSTILE_SCRIPT, name], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        if done.returncode:
            rows.append(f"| {name} | | | | **CRASH** {done.stderr.strip()[-200:]} |")
            continue
        size, seconds, outcome, rss = json.loads(done.stdout)
        rows.append(
            f"| {name} | {size / 1e6:.1f} MB | {seconds:.2f} s | {rss:.0f} MB | {outcome} |"
        )
    return rows


def xss() -> dict[str, int]:
    unsafe = 0
    for payload in PAYLOADS.values():
        root = parse_html(f"<html><body><div>{payload}</div></body></html>")
        unsafe += bool(unsafe_parts(body_html(root.find("body"), "https://e.com/a")))
        page = f"<html><body><article><p>{'Text of the story, long enough. ' * 20}</p>{payload}"
        with contextlib.suppress(ExtractionError):
            unsafe += bool(unsafe_parts(extract_article(page, "https://e.com/a").articleBodyHtml))
    return {"payloads": len(PAYLOADS), "runs": 2 * len(PAYLOADS), "unsafe outputs": unsafe}


def xml_attacks() -> dict[str, object]:
    from crawler.discovery import XmlRefused, parse_feed, parse_sitemap

    with tempfile.TemporaryDirectory() as tmp:
        secret = Path(tmp) / "secret.txt"
        secret.write_text(xmlbombs.SECRET)
        dtd = Path(tmp) / "evil.dtd"
        dtd.write_text(f'<!ENTITY leak "{xmlbombs.SECRET}">')
        attacks = {
            "external file entity": lambda k: xmlbombs.external_file_entity(k, str(secret)),
            "parameter entity, local DTD": lambda k: xmlbombs.parameter_entity(k, str(dtd)),
            "XInclude": lambda k: xmlbombs.xinclude(k, str(secret)),
            "billion laughs": xmlbombs.billion_laughs,
            "quadratic blowup": xmlbombs.quadratic_blowup,
            "100,000-deep nesting": xmlbombs.deep_nesting,
        }
        outcomes: Counter[str] = Counter()
        slowest = 0.0
        for build in attacks.values():
            for kind in ("sitemap", "index", "rss", "atom"):
                started = time.perf_counter()
                try:
                    data = build(kind)
                    found = parse_feed(data) if kind in ("rss", "atom") else parse_sitemap(data)
                    text = json.dumps(found, default=repr)
                    leaked = xmlbombs.SECRET in text or len(text) > 1_000_000
                    outcomes["leaked or expanded" if leaked else "parsed, inert"] += 1
                except XmlRefused:
                    outcomes["refused"] += 1
                slowest = max(slowest, time.perf_counter() - started)
        for name, data in (("60 MB sitemap", xmlbombs.oversized("sitemap")),
                           ("gzip bomb, 300 MB inflated", xmlbombs.gzip_bomb())):  # fmt: skip
            try:
                parse_sitemap(data)
                outcomes[f"{name}: parsed"] += 1
            except XmlRefused:
                outcomes[f"{name}: refused"] += 1
    return {
        "attacks": len(attacks) * 4 + 2,
        "outcomes": dict(outcomes),
        "slowest s": round(slowest, 2),
    }


def regexes() -> dict[str, object]:
    patterns = project_patterns()
    runs, slowest, which = 0, 0.0, ""
    for name, pattern in patterns.items():
        for text in attack_strings(pattern):
            started = time.perf_counter()
            run_attack(pattern, text)
            elapsed = time.perf_counter() - started
            runs += 1
            if elapsed > slowest:
                slowest, which = elapsed, name
    return {"patterns": len(patterns), "attack strings run": runs,
            "slowest": f"{slowest * 1000:.1f} ms ({which})"}  # fmt: skip


def render(sections: dict[str, object], fuzz_seconds: float) -> str:
    crawl_rows, crawl = sections["fault crawl"]  # type: ignore[misc]
    sigint, sigkill = sections["sigint"], sections["sigkill"]
    fuzzed = sections["fuzz"]
    lost = crawl["lost"] + sigint["lost"] + sigkill["lost"]  # type: ignore[index]
    duplicates = crawl["duplicates"] + sigint["duplicates"] + sigkill["duplicates"]  # type: ignore[index]
    lines = [
        "# Reliability figures",
        "",
        f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m tests.reliability.report "
        f"--fuzz-seconds {fuzz_seconds:g}` on {platform.machine()} Python "
        f"{platform.python_version()}, {_cores()} cores. The same checks run as tests: "
        "`tests/test_reliability_*.py`, `tests/test_sanitize_xss.py`, `tests/test_fuzz_extract.py`.",
        "",
        "What the tests check and what only this script measures: the test suite asserts the "
        "outcomes (no item lost or duplicated after SIGINT and SIGKILL resumes, every hostile "
        "page refused or extracted within its time bound, no unsafe output for any XSS payload, "
        "every XML attack inert or refused, no regex past its time bound, fuzzed pages ending in an "
        "article or a documented error, the benchmark pages' share of each size bound). The "
        "timings, memory peaks, fuzzing counts and the exact shares below are measured by this "
        "script only, on the machine named above.",
        "",
        "## Summary",
        "",
        "| figure | value |",
        "|---|---|",
        f"| faults injected (fault crawl) | {crawl['listed']} URLs, crawl finished: {crawl['finished']} |",  # type: ignore[index]
        f"| items lost (fault crawl, SIGINT and SIGKILL resumes) | **{lost}** |",
        f"| duplicates emitted (fault crawl, SIGINT and SIGKILL resumes) | **{duplicates}** |",
        f"| hostile pages tried | {len(HOSTILE_PAGES)} |",
        f"| XSS payloads | {sections['xss']['payloads']}, unsafe outputs: {sections['xss']['unsafe outputs']} |",  # type: ignore[index]
        f"| XML attacks | {sections['xml']['attacks']}, outcomes {sections['xml']['outcomes']} |",  # type: ignore[index]
        f"| regular expressions attacked | {sections['regex']['patterns']} patterns, {sections['regex']['attack strings run']} strings, slowest {sections['regex']['slowest']} |",  # type: ignore[index]
        f"| fuzzing | {fuzzed['cases']} cases in {fuzzed['seconds']} s, failures: {len(fuzzed['crashes'])}, slowest case {fuzzed['slowest_seconds']} s, peak RSS {fuzzed['peak_rss_mb']} MB |",  # type: ignore[index]
        "",
        "## Fault-injection crawl",
        "",
        f"`scrapy crawl news` through the real engine against `tests/reliability/faultsite.py` on "
        f"127.0.0.1 (DOWNLOAD_TIMEOUT 1 s, 2 retries): {crawl['items']} items and "  # type: ignore[index]
        f"{crawl['outcomes']} counted outcomes for {crawl['listed']} listed URLs in "  # type: ignore[index]
        f"{crawl['seconds']} s; peak memory {crawl['memusage_mb']} MB.",  # type: ignore[index]
        "",
        *crawl_rows,  # type: ignore[has-type]
        "",
        "## Stop and resume (same JOBDIR and state directory)",
        "",
        "| stop | articles | first run | second run | lost | duplicates |",
        "|---|---|---|---|---|---|",
        *(
            f"| {name} | {r['articles']} | {r['first run']} | {r['second run']} | {r['lost']} | {r['duplicates']} |"  # type: ignore[index]
            for name, r in (("SIGINT", sigint), ("SIGKILL", sigkill))
        ),
        "",
        "Before the fix now in `crawler/scheduler.py` and `crawler/state.py`, a hard kill lost "
        "148 of 400 articles: JOBDIR's queue saves its read position only on a clean stop, "
        "`requests.seen` outlived it, and the state committed apart from the feed file.",
        "",
        "## Hostile pages (`tests/reliability/hostile.py`), each in a fresh process",
        "",
        *sections["hostile"],  # type: ignore[misc]
        "",
        "Bounds (`cleaners/document.py`): 16 MB per page, 50,000 elements, 2 million element-levels, "
        "40 million character-levels, markup below 512 levels unwrapped; past them `TooLarge` "
        "(reason `too-large`). On the 181 benchmark pages the largest figures use "
        + ", ".join(
            f"{usage.share:.1%} of the {name} bound ({usage.value:,})"
            for name, usage in sections["bounds"].items()  # type: ignore[attr-defined]
        )
        + " (measured by `tests/reliability/bounds.py`; `tests/test_document_bounds.py` keeps each under 25%).",
        "",
        "## Fuzzing",
        "",
        f"`python -m tests.reliability.fuzz --seconds {fuzz_seconds:g}`: {fuzzed['seeds']} real seed pages, "  # type: ignore[index]
        f"{fuzzed['cases']} cases, {fuzzed['articles']} articles, refused {fuzzed['refused']}, "  # type: ignore[index]
        f"failures {fuzzed['crashes'][:5]}.",  # type: ignore[index]
        "",
    ]
    return "\n".join(lines)


def fuzz_in_own_process(seconds: float) -> dict[str, object]:
    """The fuzzer's report, from a fresh process so its peak RSS is its own."""
    command = [sys.executable, "-m", "tests.reliability.fuzz", "--seconds", str(seconds), "--json"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=seconds + 600)
    report: dict[str, object] = json.loads(done.stdout)
    return report


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fuzz-seconds", type=float, default=60.0)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    steps = {
        "fault crawl": fault_crawl,
        "sigint": lambda: resume(signal.SIGINT, 60, 15),
        "sigkill": lambda: resume(signal.SIGKILL, 400, 250),
        "hostile": hostile_pages,
        "bounds": benchmark_usage,
        "xss": xss,
        "xml": xml_attacks,
        "regex": regexes,
        "fuzz": lambda: fuzz_in_own_process(args.fuzz_seconds),
    }
    sections: dict[str, object] = {}
    for name, step in steps.items():
        started = time.monotonic()
        sections[name] = step()
        print(f"{name}: {time.monotonic() - started:.1f}s", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(sections, args.fuzz_seconds), "utf-8")
    print(
        f"wrote {args.out} (peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
