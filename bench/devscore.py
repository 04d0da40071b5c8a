"""Score presswash's generic path on both development sets, fast, for day-to-day work.

`bench/compare.py` is the full comparison with peers and timing; this is the quick loop a
developer runs after each change: body F1/precision/recall per set and per page type,
must-have sentences found, boilerplate sentences leaked, pages refused, and a per-page
JSON to diff two runs (`--json`, `--diff OLD.json`).

Both sets are development sets: `aeb` (181 news pages, 2019-2020) and `wcxb-dev` (438
pages of 2026, several page types). A change is kept only when it loses on neither.

    python bench/devscore.py [--set aeb|wcxb-dev] [--site-rules] [--json out.json]
                             [--diff old.json] [--jobs 2]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402

TOKEN = re.compile(r"\w+", re.UNICODE)
NON_WORD = re.compile(r"\W+", re.UNICODE)


def _load_metric() -> Any:
    """The benchmark's own score.py, shipped beside the aeb pages: one metric everywhere."""
    spec = importlib.util.spec_from_file_location("aeb_score", DATA / "aeb" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


METRIC = _load_metric()
shingle_counts = METRIC.page_counts  # 4-token shingles, each page's counts normalised to one


def precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    return METRIC.precision(tp, fp, fn), METRIC.recall(tp, fp, fn)


def snippet_key(text: str) -> str:
    return NON_WORD.sub(" ", text.lower()).strip()


def load_set(name: str) -> dict[str, dict[str, Any]]:
    truth = json.loads((DATA / name / "ground-truth.json").read_text(encoding="utf-8"))
    for record in truth.values():
        for key in ("with", "without"):
            value = record.get(key)
            if isinstance(value, str):  # stored as a Python-style list literal
                import ast

                record[key] = ast.literal_eval(value) if value.startswith("[") else [value]
        record.setdefault("page_type", "article")
    return truth


def run_page(job: tuple[str, str, str, bool]) -> dict[str, Any]:
    set_name, page_id, url, site_rules = job
    html = gzip.decompress((DATA / set_name / "html" / f"{page_id}.html.gz").read_bytes())
    try:
        article = extract_article(html, url, site_rules=site_rules)
    except ExtractionError as error:
        return {"id": page_id, "body": "", "refused": type(error).__name__, "why": str(error)}
    return {"id": page_id, "body": article.articleBody, "refused": None, "notes": article.notes}


def score(set_name: str, truth: dict[str, dict[str, Any]], outputs: list[dict[str, Any]]) -> dict:
    per_page: dict[str, dict[str, Any]] = {}
    for out in outputs:
        record = truth[out["id"]]
        tp, fp, fn = shingle_counts(record.get("articleBody") or "", out["body"])
        body = snippet_key(out["body"])
        withs = [s for s in record.get("with") or [] if snippet_key(s)]
        withouts = [s for s in record.get("without") or [] if snippet_key(s)]
        per_page[out["id"]] = {
            "type": record["page_type"],
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "with_found": sum(snippet_key(s) in body for s in withs),
            "with_total": len(withs),
            "without_found": sum(snippet_key(s) in body for s in withouts),
            "without_total": len(withouts),
            "refused": out["refused"],
            "why": out.get("why"),
            "notes": out.get("notes") or [],
        }
    return per_page


def summarise(pages: list[dict[str, Any]]) -> dict[str, float]:
    """Averages as the benchmark's score.py takes them: precision over the pages that gave
    output, recall over the pages whose truth has text (a refused page costs recall only;
    the refusals are counted apart)."""
    counts = [(p["tp"], p["fp"], p["fn"]) for p in pages]
    precisions = [precision_recall(*c)[0] for c in counts if c[0] + c[1] > 0] or [0.0]
    recalls = [precision_recall(*c)[1] for c in counts if c[0] + c[2] > 0] or [0.0]
    precision, recall = statistics.fmean(precisions), statistics.fmean(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    with_total = sum(p["with_total"] for p in pages)
    without_total = sum(p["without_total"] for p in pages)
    return {
        "pages": len(pages),
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "with": sum(p["with_found"] for p in pages) / with_total if with_total else float("nan"),
        "without": (
            sum(p["without_found"] for p in pages) / without_total if without_total else 0.0
        ),
        "refused": sum(1 for p in pages if p["refused"]),
    }


def print_table(set_name: str, per_page: dict[str, dict[str, Any]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for page in per_page.values():
        groups[page["type"]].append(page)
    rows = [("all", list(per_page.values()))]
    if len(groups) > 1:
        rows += sorted(groups.items(), key=lambda kv: -len(kv[1]))
    print(f"\n{set_name}")
    print(f"{'type':<14}{'pages':>6}{'F1':>7}{'P':>7}{'R':>7}{'with':>7}{'leak':>7}{'refused':>9}")
    for name, pages in rows:
        s = summarise(pages)
        print(
            f"{name:<14}{s['pages']:>6}{s['f1']:>7.3f}{s['precision']:>7.3f}"
            f"{s['recall']:>7.3f}{s['with']:>7.3f}{s['without']:>7.3f}{s['refused']:>9}"
        )


def print_diff(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> None:
    changes = []
    for key, page in new.items():
        if key not in old:
            continue
        before, after = old[key], page
        f_before = _f1(before)
        f_after = _f1(after)
        if abs(f_after - f_before) > 0.005 or bool(before["refused"]) != bool(after["refused"]):
            changes.append((f_after - f_before, key, f_before, f_after, after["refused"]))
    changes.sort()
    for delta, key, f_before, f_after, refused in changes:
        print(f"  {key:<24} {f_before:.3f} -> {f_after:.3f} ({delta:+.3f}) {refused or ''}")
    print(f"  {len(changes)} pages changed")


def _f1(page: dict[str, Any]) -> float:
    precision, recall = precision_recall(page["tp"], page["fp"], page["fn"])
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=("aeb", "wcxb-dev"))
    parser.add_argument("--site-rules", action="store_true")
    parser.add_argument("--json", type=Path, help="write per-page results here")
    parser.add_argument("--diff", type=Path, help="per-page changes against an earlier --json")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for set_name in args.set or ("aeb", "wcxb-dev"):
        truth = load_set(set_name)
        jobs = [
            (set_name, key, rec.get("url") or "", args.site_rules) for key, rec in truth.items()
        ]
        with ProcessPoolExecutor(args.jobs) as pool:
            outputs = list(pool.map(run_page, jobs, chunksize=8))
        results[set_name] = score(set_name, truth, outputs)
        print_table(set_name, results[set_name])
    if args.diff:
        old = json.loads(args.diff.read_text())
        for set_name, per_page in results.items():
            if set_name in old:
                print(f"\nchanges on {set_name}:")
                print_diff(old[set_name], per_page)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
