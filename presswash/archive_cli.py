"""`presswash extract archive.warc.gz`: one output per article of a web archive.

The contract is the one for HTML files, applied per record: a record that fails (its
extraction, or damage in the archive) gives one stderr line naming the archive, the
record's offset and URL, and counts toward the exit status. Records that are not pages
(revisits, redirects, images, `warcinfo`) are counted in one summary line per archive.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from typing import Any, TextIO

from cleaners import Article

from .archives import ArchiveError, Broken, read_archive_file
from .replay import Extracted, Failed, ReplayTally, extract_page, replay

# (article, cli.OutputFormat, out, the name that heads it in text and HTML output)
WriteArticle = Callable[[Article, Any, TextIO, str | None], None]
WriteExplanation = Callable[[Article, str, TextIO], None]


def extract_archive(
    name: str,
    args: argparse.Namespace,
    write_article: WriteArticle,
    write_explanation: WriteExplanation,
    cleaners: Any = None,
) -> int:
    """Write the archive's articles; return how many of its records failed."""
    from .cli import OutputFormat

    if args.url:
        print(f"presswash: {name}: --url is ignored; records carry their own URLs", file=sys.stderr)
    fmt = OutputFormat(args.format)
    tally = ReplayTally()
    extract = partial(extract_page, site_rules=not args.generic, cleaners=cleaners)
    try:
        for entry in replay(read_archive_file(name), extract):
            tally.count(entry)
            if isinstance(entry, Extracted):
                if args.explain:
                    write_explanation(
                        entry.article, f"{entry.page.where} {entry.page.url}", sys.stderr
                    )
                write_article(entry.article, fmt, sys.stdout, entry.page.url)
            elif isinstance(entry, Failed):
                url = "" if entry.page.url in str(entry.error) else f" {entry.page.url}:"
                print(f"presswash: {entry.page.where}:{url} {entry.error}", file=sys.stderr)
            elif isinstance(entry, Broken):
                url = f" {entry.url}" if entry.url else ""
                print(
                    f"presswash: {entry.where}{url}: {entry.outcome}: {entry.reason}",
                    file=sys.stderr,
                )
    except ArchiveError as exc:
        print(f"presswash: {exc}", file=sys.stderr)
        return 1
    print(f"presswash: {name}: {tally.summary()}", file=sys.stderr)
    return tally.failed + sum(tally.damaged.values())
