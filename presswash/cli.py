"""`presswash`: extract articles from saved pages, list and check the crawler's sites.

`presswash demo` crawls the bundled pages, served on 127.0.0.1, and prints JSON lines.

`presswash extract` prints one JSON line per input (or text, or HTML). A failing input
gives one line on stderr naming it; the rest of the batch still goes through, and the exit
status is the number of failed inputs (capped at 100).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from html import escape
from importlib.metadata import PackageNotFoundError, version
from typing import TextIO

from cleaners import Article, ExtractionError, extract_article

from .archives import is_archive
from .inputs import InputError, read_input

MAX_EXIT_STATUS = 100  # exit codes above 125 mean signals to shells
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def package_version() -> str:
    try:
        return version("presswash")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def positive_count(value: str) -> int:
    """`--limit` and `--pages`: a whole number of articles, at least 1 (as `-a limit=`)."""
    from crawler.arguments import SpiderArgumentError, parse_limit

    try:
        count = parse_limit(value)
    except SpiderArgumentError:
        count = None
    if count is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return count


class OutputFormat(StrEnum):
    JSONL = "jsonl"
    TEXT = "text"
    HTML = "html"


def _write_article(article: Article, fmt: OutputFormat, out: TextIO, name: str | None) -> None:
    """One article; with several inputs, text and HTML say where each article starts.

    Text gets a `==> NAME <==` line before each article, as `head` and `tail` do with
    several files; HTML wraps each in `<article data-presswash-input="NAME">`. JSON lines
    need no separator.
    """
    if fmt is OutputFormat.JSONL:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.TEXT:
        header = f"==> {name} <==\n" if name is not None else ""
        out.write(f"{header}{article.articleBody}\n")
    elif name is not None:
        attribute = escape(name, quote=True)
        out.write(
            f'<article data-presswash-input="{attribute}">\n{article.articleBodyHtml}\n</article>\n'
        )
    else:
        out.write(article.articleBodyHtml + "\n")


def _write_explanation(article: Article, name: str, err: TextIO) -> None:
    err.write(
        f"# {name}: site={article.site} words={article.wordCount} removed={len(article.removed)}\n"
    )
    if article.siteRuleMissed:
        err.write(
            f"#   site rule {article.siteRuleMissed} missed: its body selector found nothing\n"
        )
    for note in article.notes:
        err.write(f"#   note: {note}\n")
    for removal in article.removed:
        preview = removal.text.replace("\n", " | ")[:120] or "(no text)"
        err.write(
            f"#   - {removal.kind.value:<18} {removal.cleaner}: {removal.rule}\n#       {preview}\n"
        )
        if removal.why:
            err.write(f"#       why: {removal.why}\n")


def cleaner_settings(value: str) -> dict[str, int | None]:
    """`--cleaners '{"pkg.mod.Cleaner": 450, "cleaners.generic.bio.AuthorBioCleaner": null}'`."""
    try:
        settings = json.loads(value)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not JSON ({exc})") from None
    if not isinstance(settings, dict):
        raise argparse.ArgumentTypeError('give a JSON object: {"dotted.path": priority or null}')
    return settings


def run_extract(args: argparse.Namespace) -> int:
    from cleaners.pipeline import CleanerConfigError, build_cleaners

    try:
        cleaners = build_cleaners(args.cleaners)
    except CleanerConfigError as exc:
        print(f"presswash: --cleaners: {exc}", file=sys.stderr)
        return 2
    fmt = OutputFormat(args.format)
    failures = written = 0
    several = len(args.inputs) > 1
    for name in args.inputs:
        if is_archive(name):
            from .archive_cli import extract_archive

            failures += extract_archive(name, args, _write_article, _write_explanation, cleaners)
            continue
        try:
            html = read_input(name)
            article = extract_article(
                html, args.url, site_rules=not args.generic, cleaners=cleaners
            )
        except (InputError, ExtractionError) as exc:
            failures += 1
            print(
                f"presswash: {exc}" if name in str(exc) else f"presswash: {name}: {exc}",
                file=sys.stderr,
            )
            continue
        if args.explain:
            _write_explanation(article, name, sys.stderr)
        if several and written and fmt is OutputFormat.TEXT:
            sys.stdout.write("\n")  # a blank line before each header but the first
        _write_article(article, fmt, sys.stdout, name if several else None)
        written += 1
    return min(failures, MAX_EXIT_STATUS)


def run_sites(args: argparse.Namespace) -> int:
    from crawler.sitelist import describe_sites

    for line in describe_sites():
        print(line)
    return 0


def run_check_site(args: argparse.Namespace) -> int:
    """Exit 0: the rule matched every page; 1: it missed some; 2: no page could be checked."""
    from cleaners.sites import default_registry
    from crawler.sitecheck import check_site
    from crawler.sitelist import spider_names

    if args.site not in (names := spider_names()):
        print(
            f"presswash: no spider named {args.site!r}; one of: {', '.join(names)}", file=sys.stderr
        )
        return 2

    check = check_site(args.site, pages=args.pages)
    has_rule = bool(default_registry().for_site(args.site))
    if not check.fetched:
        failures = ", ".join(f"{k}={v}" for k, v in check.failures().items()) or "no articles found"
        print(f"{args.site}: no article could be fetched ({failures}); offline?", file=sys.stderr)
        return 2
    if not has_rule:
        print(f"{args.site}: {check.fetched} articles fetched; no site rule (generic path)")
        return 0
    print(f"{args.site}: site rule matched {len(check.matched)}/{check.fetched} articles")
    for url in check.missed:
        print(f"  missed: {url}")
    return 1 if check.missed else 0


def run_crawl(args: argparse.Namespace) -> int:
    from .crawl import run_scrapy

    return run_scrapy("crawl", [args.site, *args.scrapy_options])


def run_demo(args: argparse.Namespace) -> int:
    from crawler.demo import run_demo as crawl_demo

    emitted = crawl_demo(args.output, limit=args.limit, log_level=args.log_level)
    print(f"presswash demo: {emitted} articles", file=sys.stderr)
    return 0 if emitted else 1


def run_report(args: argparse.Namespace) -> int:
    from .report.command import run_report as write_report

    return write_report(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="presswash", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"presswash {package_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract the article of saved pages")
    extract.add_argument(
        "inputs", nargs="+", help="HTML files (.gz read transparently), - for stdin, .warc[.gz]"
    )
    extract.add_argument("--url", help="the page's URL: picks the site rule, resolves links")
    extract.add_argument("--format", choices=[f.value for f in OutputFormat], default="jsonl")
    extract.add_argument(
        "--explain", action="store_true", help="list every removed block and why, on stderr"
    )
    extract.add_argument(
        "--generic", action="store_true", help="ignore site rules: generic cleaning only"
    )
    extract.add_argument(
        "--cleaners",
        type=cleaner_settings,
        help='JSON {"dotted.path": priority or null} merged over the default cleaners',
    )
    extract.set_defaults(run=run_extract)

    sites = commands.add_parser("sites", help="list the spiders, their discovery URLs and rules")
    sites.set_defaults(run=run_sites)

    check = commands.add_parser(
        "check-site", help="fetch a few live articles and report whether the site rule matches"
    )
    check.add_argument("site", help="a spider name from `presswash sites`")
    check.add_argument(
        "--pages", type=positive_count, default=3, help="articles to fetch (default 3)"
    )
    check.set_defaults(run=run_check_site)

    report = commands.add_parser(
        "report", help="an HTML report of what was removed: of one page, or of a crawl"
    )
    report.add_argument(
        "page", nargs="?", help="a saved page (.gz read transparently), - for stdin"
    )
    report.add_argument("--url", help="the page's URL: picks the site rule, resolves links")
    report.add_argument("--crawl", metavar="ITEMS.jsonl", help="report on a crawl's items instead")
    report.add_argument("-o", "--output", help="the HTML file to write")
    report.add_argument("--generic", action="store_true", help="ignore site rules")
    report.set_defaults(run=run_report)

    demo = commands.add_parser(
        "demo", help="crawl the bundled pages on 127.0.0.1 (no network), print JSON lines"
    )
    demo.add_argument("--output", default="stdout:", help="feed URI (default: stdout)")
    demo.add_argument(
        "--limit", type=positive_count, help="stop after this many articles (default: all)"
    )
    demo.add_argument(
        "--log-level", type=str.upper, choices=LOG_LEVELS, default="WARNING", help="on stderr"
    )
    demo.set_defaults(run=run_demo)

    crawl = commands.add_parser(
        "crawl",
        help="scrapy crawl SITE with presswash's settings, from any directory",
        description="Takes every option of `scrapy crawl` (-a since=, -a limit=, -s, -o, -O).",
    )
    crawl.add_argument("site", help="a spider name from `presswash sites`")
    crawl.add_argument("scrapy_options", nargs=argparse.REMAINDER, help="scrapy crawl options")
    crawl.set_defaults(run=run_crawl)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `presswash extract ... | head` closed the pipe: not an error
        return 0
