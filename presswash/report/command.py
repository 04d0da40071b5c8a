"""`presswash report`: write the page report or the crawl report to a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cleaners import ExtractionError

from ..inputs import InputError, read_input
from .crawl import CrawlFileError, crawl_report
from .marking import mark_page
from .page import page_report

DEFAULT_CRAWL_OUTPUT = "crawl-report.html"


def default_output(page: str) -> str:
    """`2025-07-18-meta.html.gz` gives `2025-07-18-meta.report.html`, in the current directory."""
    name = Path(page).name if page != "-" else "stdin"
    for suffix in (".gz", ".html", ".htm"):
        name = name.removesuffix(suffix)
    return f"{name}.report.html"


def run_report(args: argparse.Namespace) -> int:
    """Exit 0 with the report written, 1 when the input cannot be read or extracted."""
    if args.crawl and args.page:
        print("presswash report: give a PAGE or --crawl ITEMS.jsonl, not both", file=sys.stderr)
        return 2
    if args.crawl:
        output = args.output or DEFAULT_CRAWL_OUTPUT
        try:
            html = crawl_report(Path(args.crawl))
        except (OSError, CrawlFileError) as exc:
            print(f"presswash: {args.crawl}: {exc}", file=sys.stderr)
            return 1
    elif args.page:
        output = args.output or default_output(args.page)
        try:
            marked = mark_page(read_input(args.page), args.url, site_rules=not args.generic)
        except (InputError, ExtractionError) as exc:
            print(f"presswash: {args.page}: {exc}", file=sys.stderr)
            return 1
        html = page_report(marked, args.page, args.url)
    else:
        print("presswash report: give a PAGE or --crawl ITEMS.jsonl", file=sys.stderr)
        return 2
    Path(output).write_text(html, encoding="utf-8")
    print(f"presswash: wrote {output}", file=sys.stderr)
    return 0
