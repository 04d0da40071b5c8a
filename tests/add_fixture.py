"""Add a fixture case: `python -m tests.add_fixture SITE URL|FILE [--url URL] [--fetched DATE]`.

With a URL the page is fetched (the bytes as served); with a FILE (plain or gzipped HTML) the
page's URL comes from `--url` or, failing that, from its canonical link. The case is written
as `tests/fixtures/SITE/<fetched>-<slug>.html.gz` plus `.json` holding the extracted item,
`must_contain` (the body's first and last lines) and `must_not_contain` (the first line of
each block the cleaners removed). Review both lists, then the item, before committing: the
expectation is only as good as the extraction it froze.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import urllib.request
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.parse import urlsplit

from cleaners import ExtractionError, extract_article
from cleaners.document import parse_html
from cleaners.sites import default_registry

from .cases import FIXTURES, HTML_SUFFIX, Case, item_dict, write_case

FETCH_TIMEOUT = 30  # seconds
SLUG_WORDS = 6  # enough to recognise the story in a file listing
SNIPPET_CHARS = 80  # a must_contain / must_not_contain snippet is the start of a line
MIN_SNIPPET_CHARS = 15  # shorter lines ("Share", "- X") also occur in articles
NOT_BOILERPLATE = ("headline",)  # removed from the body because it has a field of its own
USER_AGENT = "presswash-fixtures (+https://github.com/presswash)"


class FixtureError(Exception):
    """The case cannot be added; the message says why."""


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            return bytes(response.read())
    except (URLError, OSError) as exc:
        raise FixtureError(
            f"{url}: could not fetch ({exc}); save the page and pass the file"
        ) from exc


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data.startswith(b"\x1f\x8b") else data


def canonical_url(page: bytes) -> str | None:
    root = parse_html(page)
    for node in root.iterfind(".//link[@rel='canonical']"):
        if href := (node.get("href") or "").strip():
            return href
    for node in root.iterfind(".//meta[@property='og:url']"):
        if content := (node.get("content") or "").strip():
            return content
    return None


def slug_for(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1] or urlsplit(url).hostname or "page"
    last = re.sub(r"\.[a-z]+$", "", last.lower())
    words = [w for w in re.split(r"[^a-z0-9]+", last) if w and not w.isdigit()]
    return "-".join(words[:SLUG_WORDS]) or "page"


def snippets(lines: list[str]) -> list[str]:
    return list(
        dict.fromkeys(line[:SNIPPET_CHARS] for line in lines if len(line) >= MIN_SNIPPET_CHARS)
    )


def case_data(url: str, fetched: date, item: dict[str, Any]) -> dict[str, Any]:
    body = item["articleBody"].split("\n")
    removed_firsts = [
        removal["text"].split("\n")[0].removeprefix("- ")
        for removal in item["removed"]
        if removal["text"] and removal["kind"] not in NOT_BOILERPLATE
    ]
    return {
        "url": url,
        "fetched": fetched.isoformat(),
        "expected": item,
        "must_contain": snippets([body[0], body[-1]]),
        "must_not_contain": snippets(removed_firsts),
    }


def add_case(
    site: str, source: str, url: str | None, fetched: date | None, slug: str | None
) -> Case:
    if re.match(r"https?://", source):
        url = url or source
        page, fetched = fetch(source), fetched or datetime.now(UTC).date()
    else:
        page = read_page(Path(source))
        fetched = fetched or datetime.now(UTC).date()
        url = url or canonical_url(page)
        if not url:
            raise FixtureError(f"{source}: no canonical URL in the page; pass --url")
    rule = default_registry().match(url, fetched)
    if rule is None or rule.site != site:
        found = rule.site if rule else "no rule"
        print(f"warning: {url} on {fetched} is served by {found}, not {site}", file=sys.stderr)
    case = Case(FIXTURES / site / f"{fetched.isoformat()}-{slug or slug_for(url)}.json")
    if case.json_path.exists():
        raise FixtureError(f"{case.id} exists; pass --slug to name the new case")
    try:
        item = item_dict(extract_article(page, url, fetched=fetched))
    except ExtractionError as exc:
        raise FixtureError(f"{source}: {exc}") from exc
    case.json_path.parent.mkdir(parents=True, exist_ok=True)
    case.html_path.write_bytes(gzip.compress(page, mtime=0))
    write_case(case, case_data(url, fetched, item))
    return case


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.add_fixture", description=__doc__.splitlines()[0]
    )
    parser.add_argument("site", help="the site slug: tests/fixtures/SITE/")
    parser.add_argument("source", help="a URL to fetch, or a saved page (.html or .html.gz)")
    parser.add_argument(
        "--url", help="the page's URL (default: the fetched URL or the page's canonical link)"
    )
    parser.add_argument(
        "--fetched", type=date.fromisoformat, help="fetch date, yyyy-mm-dd (default: today)"
    )
    parser.add_argument("--slug", help="the case name after the date (default: from the URL)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        case = add_case(args.site, args.source, args.url, args.fetched, args.slug)
    except (FixtureError, OSError) as exc:
        print(f"add_fixture: {exc}", file=sys.stderr)
        return 1
    print(f"added {case.json_path.relative_to(FIXTURES.parent.parent)} and its {HTML_SUFFIX}")
    print("review must_contain / must_not_contain and the expected item before committing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
