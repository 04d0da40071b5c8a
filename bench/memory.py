"""Site memory on the pages of one site in the development sets (aeb, wcxb-dev).

`bench/data/aeb` holds two pages for 55 of its sites; `bench/data/wcxb-dev` two to eight
for some of its hosts. Each page is extracted on the generic path twice: without memory,
and with a site memory that learned the other pages of its host (on aeb one other page, so
only the rules for calls to action and link rails can fire). Per site: mean F1 of its pages
(the benchmark's shingle metric), words leaked (extracted, not in the truth) and words lost
(in the truth, not extracted), without and with memory.

    python bench/memory.py [--set aeb|wcxb-dev [--all-types]] [--json FILE] [--verbose]
    python bench/memory.py --timing 3   # cost: time with memory / without, interleaved

`--timing N` extracts every page of the set without memory and then with a memory that
learned another page (the page itself is learned inside the timed call, as in a crawl),
page by page, N rounds, and prints each round's ratio and the median.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402
from cleaners.memory import SiteMemory, learn_html  # noqa: E402
from cleaners.urls import host_of  # noqa: E402
from tests.metric import page_f1, tokens  # noqa: E402

MAX_F1_DROP = 0.01  # the target: no pair loses more than this
WORD_FIGURES = ("leaked", "leaked_memory", "lost", "lost_memory")


def same_site_groups(truth: dict[str, Any], all_types: bool) -> list[list[str]]:
    """Page ids by host, hosts with two pages or more; articles only unless `all_types`."""
    by_host: dict[str, list[str]] = defaultdict(list)
    for page_id, entry in sorted(truth.items()):
        if not all_types and entry.get("page_type", "article") != "article":
            continue
        by_host[host_of(entry.get("url"))].append(page_id)
    return [ids for host, ids in by_host.items() if host and len(ids) >= 2]


HTML_DIR = DATA / "aeb" / "html"


def html_of(page_id: str) -> bytes:
    return gzip.decompress((HTML_DIR / f"{page_id}.html.gz").read_bytes())


def body(page_id: str, url: str, memory: SiteMemory | None) -> tuple[str, list[str]]:
    try:
        article = extract_article(html_of(page_id), url, site_rules=False, memory=memory)
    except ExtractionError:
        return "", []
    learned = [r.text for r in article.removed if r.cleaner == "site-memory"]
    return article.articleBody, learned


def word_diff(truth: str, text: str) -> tuple[int, int]:
    """(leaked, lost) words: a multiset difference of the tokens."""
    true, got = Counter(tokens(truth)), Counter(tokens(text))
    return sum((got - true).values()), sum((true - got).values())


def score_page(page_id: str, others: list[str], truth: dict[str, Any]) -> dict[str, Any]:
    url, true = truth[page_id]["url"], truth[page_id]["articleBody"]
    plain, _ = body(page_id, url, None)
    memory = SiteMemory()
    for other in others:
        learn_html(memory, html_of(other))
    learned, removed = body(page_id, url, memory)
    leaked0, lost0 = word_diff(true, plain)
    leaked1, lost1 = word_diff(true, learned)
    return {
        "page": page_id,
        "f1": round(page_f1(true, plain), 4),
        "f1_memory": round(page_f1(true, learned), 4),
        "leaked": leaked0,
        "leaked_memory": leaked1,
        "lost": lost0,
        "lost_memory": lost1,
        "removed": removed,
    }


def timing(rounds: int) -> None:
    """Interleaved, same run: the ratio is the stable figure on a shared machine."""
    ids = sorted(json.loads((HTML_DIR.parent / "ground-truth.json").read_text(encoding="utf-8")))
    pages = [html_of(page_id) for page_id in ids]
    ratios = []
    for number in range(1, rounds + 1):
        plain = learned = 0.0
        for index, html in enumerate(pages):
            memory = SiteMemory()
            learn_html(memory, pages[(index + 1) % len(pages)])
            plain += timed(html, None)
            learned += timed(html, memory)
        ratios.append(learned / plain)
        print(
            f"round {number}: {plain:.2f}s without memory, {learned:.2f}s with: {ratios[-1]:.2f}x"
        )
    print(f"with / without, per round: {', '.join(f'{r:.2f}x' for r in ratios)}")
    print(f"median of {rounds} rounds: {statistics.median(ratios):.2f}x")


def timed(html: bytes, memory: SiteMemory | None) -> float:
    start = time.perf_counter()
    with contextlib.suppress(ExtractionError):  # a declined page costs its time too
        extract_article(html, site_rules=False, memory=memory)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("aeb", "wcxb-dev"), default="aeb")
    parser.add_argument(
        "--all-types", action="store_true", help="wcxb-dev: also product, docs, forum pages"
    )
    parser.add_argument("--timing", type=int, metavar="ROUNDS", help="time it instead")
    parser.add_argument("--json", type=Path, help="write per-pair figures here")
    parser.add_argument("--verbose", action="store_true", help="print what memory removed")
    args = parser.parse_args()
    global HTML_DIR
    HTML_DIR = DATA / args.set / "html"
    if args.timing:
        timing(args.timing)
        return 0
    truth = json.loads((DATA / args.set / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for ids in same_site_groups(truth, args.all_types):
        pages = [score_page(i, [o for o in ids if o != i], truth) for i in ids]
        pair = {
            "host": host_of(truth[ids[0]]["url"]),
            "f1": statistics.fmean(p["f1"] for p in pages),
            "f1_memory": statistics.fmean(p["f1_memory"] for p in pages),
            **{k: sum(p[k] for p in pages) for k in WORD_FIGURES},
            "pages": pages,
        }
        rows.append(pair)
        changed = pair["f1_memory"] != pair["f1"] or pair["leaked"] != pair["leaked_memory"]
        if changed or args.verbose:
            print(
                f"{pair['host']:<32} F1 {pair['f1']:.4f} -> {pair['f1_memory']:.4f}  "
                f"leaked {pair['leaked']:>5} -> {pair['leaked_memory']:>5}  "
                f"lost {pair['lost']:>5} -> {pair['lost_memory']:>5}"
            )
            if args.verbose:
                for page in pages:
                    for text in page["removed"]:
                        print(f"      - {text[:100]!r}")
    worst = min(row["f1_memory"] - row["f1"] for row in rows)
    mean0 = statistics.fmean(row["f1"] for row in rows)
    mean1 = statistics.fmean(row["f1_memory"] for row in rows)
    total = {k: sum(row[k] for row in rows) for k in WORD_FIGURES}
    print(
        f"{len(rows)} sites ({sum(len(row['pages']) for row in rows)} pages): "
        f"mean F1 {mean0:.4f} -> {mean1:.4f}; "
        f"worst pair change {worst:+.4f}; "
        f"leaked words {total['leaked']} -> {total['leaked_memory']}; "
        f"lost words {total['lost']} -> {total['lost_memory']}; "
        f"sites changed {sum(row['f1_memory'] != row['f1'] for row in rows)}"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
        args.json.write_text(text, encoding="utf-8")
    return 0 if worst >= -MAX_F1_DROP and mean1 > mean0 else 1


if __name__ == "__main__":
    sys.exit(main())
