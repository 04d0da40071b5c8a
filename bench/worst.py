"""The pages where an extractor does worst, from `bench/compare.py`'s per-page figures.

Reads `bench/results/compare.json` (written by `python bench/compare.py`) and prints, per
development set, a markdown table of the extractor's lowest-F1 pages with what explains
them: precision and recall, must-have sentences found, boilerplate leaked, whether the
page was refused and why, the item's `notes`, and a peer's F1 on the same page (a page
every extractor fails is a truth question; one only presswash fails is a bug).

Causes are a person's reading of the pages; `docs/quality.md` pairs this table with them.

    python bench/worst.py [--extractor presswash-generic] [--peer trafilatura] [--top 20]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devscore  # noqa: E402

ARTICLE_TYPES = ("article", "blog")


def page_f1(page: dict[str, Any]) -> tuple[float, float, float]:
    precision, recall = devscore.precision_recall(page["tp"], page["fp"], page["fn"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def worst_pages(
    per_page: dict[str, dict[str, Any]], top: int, articles_only: bool
) -> list[tuple[str, dict[str, Any]]]:
    pages = [
        (key, page)
        for key, page in per_page.items()
        if not articles_only or page.get("type") in ARTICLE_TYPES
    ]
    return sorted(pages, key=lambda item: page_f1(item[1])[0])[:top]


def snippets(page: dict[str, Any]) -> str:
    if not page.get("with_total") and not page.get("without_total"):
        return "-"
    return (
        f"{page['with_found']}/{page['with_total']} kept, "
        f"{page['without_found']}/{page['without_total']} leaked"
    )


def table(set_name: str, results: dict[str, Any], extractor: str, peer: str, top: int) -> str:
    ours = results[extractor]["per_page"]
    theirs = results.get(peer, {}).get("per_page", {})
    articles_only = set_name == "wcxb-dev"
    lines = [
        f"**{set_name}**: the {top} lowest-F1 {'articles' if articles_only else 'pages'} "
        f"of {extractor}",
        "",
        f"| page | type | F1 | P / R | snippets | refused | notes | {peer} F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, page in worst_pages(ours, top, articles_only):
        f1, precision, recall = page_f1(page)
        other = f"{page_f1(theirs[key])[0]:.2f}" if key in theirs else "-"
        refused = page.get("why") or page.get("refused") or ""
        notes = ", ".join(page.get("notes") or [])
        lines.append(
            f"| {key[:10]} | {page.get('type', '')} | {f1:.2f} | {precision:.2f} / {recall:.2f} "
            f"| {snippets(page)} | {refused} | {notes} | {other} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=HERE / "results" / "compare.json")
    parser.add_argument("--extractor", default="presswash-generic")
    parser.add_argument("--peer", default="trafilatura")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)
    if not args.json.exists():
        parser.error(f"{args.json} does not exist: run python bench/compare.py first")
    results = json.loads(args.json.read_text())
    for set_name, by_extractor in results.items():
        if args.extractor not in by_extractor:
            parser.error(f"{args.extractor} is not in {args.json} for {set_name}")
        print(table(set_name, by_extractor, args.extractor, args.peer, args.top), end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
