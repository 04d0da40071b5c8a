"""`presswash report --crawl items.jsonl`: what a crawl removed, per site and per kind.

A site maintainer looks for two things: drift (a site rule that stopped matching, pages
that fell back to a gentler extraction) and over-removal (a kind suddenly frequent on one
site, the same text removed everywhere, the guard refusing a rule). The report shows
counts per site and kind as inline SVG bars and tables, the most frequent removed texts,
and the pages behind each note. It reads the items' own trace and notes, nothing else.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from cleaners.article import GUARD_KEPT

from .palette import colour, kind_css
from .svg import Bar, Segment, bar_chart

logger = logging.getLogger(__name__)

SITE_RULE_MISSED_NOTE = "site-rule-missed: body selector matched nothing"
# A note whose key (before the colon) holds one of these says the page was extracted by a
# gentler, later attempt than the first: the generic path, a retry, a fallback extractor.
FALLBACK_WORDS = ("fallback", "fell-back", "retry", "retried", "recall", "ladder")
TOP_TEXTS = 25
TEXT_CHARS = 120  # a removed text is recognised by its first line
LISTED_PAGES = 50  # pages listed under each note; the count says how many more


class CrawlFileError(Exception):
    """The crawl file holds no item the report can read."""


@dataclass(slots=True)
class CrawlSummary:
    pages: int = 0
    skipped_lines: int = 0
    pages_by_site: Counter[str] = field(default_factory=Counter)
    kinds_by_site: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    texts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, first line)
    text_sites: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (site, url, note)
    fell_back: list[tuple[str, str, str]] = field(default_factory=list)
    guard_kept: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, item: dict[str, Any]) -> None:
        site = str(item.get("site") or "generic")
        url = str(item.get("url") or item.get("canonicalUrl") or "")
        self.pages += 1
        self.pages_by_site[site] += 1
        for removal in item.get("removed") or []:
            kind = str(removal.get("kind", "?"))
            self.kinds_by_site[site][kind] += 1
            line = str(removal.get("text", "")).split("\n", 1)[0][:TEXT_CHARS]
            self.texts[kind, line] += 1
            self.text_sites[kind, line].add(site)
        if missed_rule := item.get("siteRuleMissed"):  # the item says "generic"; this, the rule
            self.missed.append((str(missed_rule), url, SITE_RULE_MISSED_NOTE))
        for note in item.get("notes") or []:
            key = str(note).split(":", 1)[0].lower()
            if key == GUARD_KEPT:
                self.guard_kept.append((site, url, str(note)))
            elif any(word in key for word in FALLBACK_WORDS):
                self.fell_back.append((site, url, str(note)))


def read_crawl(path: Path) -> CrawlSummary:
    """Summarise a JSON-lines file of items; a line that is not an item is counted, logged
    and skipped, so one truncated line (a crawl killed mid-write) costs one line only."""
    summary = CrawlSummary()
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                item = exc
            if not isinstance(item, dict) or not isinstance(item.get("removed", []), list):
                summary.skipped_lines += 1
                logger.warning("%s:%d: not an item, skipped", path, number)
                continue
            summary.add(item)
    if not summary.pages:
        raise CrawlFileError(f"no items ({summary.skipped_lines} unreadable lines)")
    return summary


STYLE = """
body{margin:0 auto;max-width:1100px;padding:24px;font:14px/1.45 system-ui,sans-serif;color:#212529}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #dee2e6}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #dee2e6;padding:3px 8px;
text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pw-chip{display:inline-block;padding:0 6px;border-radius:3px;background:var(--c);color:#fff}
.quiet{color:#868e96}.legend{display:flex;flex-wrap:wrap;gap:4px;margin:6px 0}
td.url{word-break:break-all;max-width:520px}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def crawl_report(path: Path) -> str:
    """The crawl report of the items in `path`, as a complete HTML document."""
    summary = read_crawl(path)
    kinds = Counter[str]()
    for counts in summary.kinds_by_site.values():
        kinds.update(counts)
    sites = [site for site, _ in summary.pages_by_site.most_common()]
    removed = sum(kinds.values())
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>presswash crawl report: {escape(path.name)}</title>",
        f"<style>{STYLE}{kind_css()}</style></head><body>",
        f"<h1>presswash crawl report: {escape(path.name)}</h1>",
        f"<p>{plural(summary.pages, 'page')} from {plural(len(sites), 'site')}; "
        f"{plural(removed, 'block')} removed ({removed / summary.pages:.1f} a page); "
        f"{plural(len(summary.missed), 'page')} where a site rule missed, "
        f"{len(summary.fell_back)} that fell back, "
        f"{plural(len(summary.guard_kept), 'guard refusal')}"
        + (f"; {summary.skipped_lines} unreadable lines skipped" if summary.skipped_lines else "")
        + ".</p>",
        "<h2>Removed blocks per kind</h2>",
        bar_chart(
            [Bar(kind, (Segment(kind, n, colour(kind)),)) for kind, n in kinds.most_common()],
            "removed blocks per kind",
        ),
        "<h2>Removed blocks per page, by site and kind</h2>",
        _legend(kinds),
        _per_site_chart(summary, sites, kinds),
        _site_table(summary, sites, kinds),
        "<h2>Most frequent removed texts</h2>",
        _texts_table(summary),
        *_pages_section("Pages where a site rule missed", summary.missed),
        *_pages_section("Pages that fell back", summary.fell_back),
        *_pages_section("Blocks the guard kept (a rule took too much)", summary.guard_kept),
        "</body></html>\n",
    ]
    return "".join(parts)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _legend(kinds: Counter[str]) -> str:
    chips = "".join(
        f'<span class="pw-chip" style="--c:{colour(kind)}">{escape(kind)}</span>'
        for kind, _ in kinds.most_common()
    )
    return f'<div class="legend">{chips}</div>'


def _per_site_chart(summary: CrawlSummary, sites: list[str], kinds: Counter[str]) -> str:
    """Per page rather than in total, so a small site's over-removal shows beside a big one."""
    bars = []
    for site in sites:
        pages = summary.pages_by_site[site]
        counts = summary.kinds_by_site[site]
        segments = tuple(
            Segment(kind, counts[kind] / pages, colour(kind))
            for kind, _ in kinds.most_common()
            if counts[kind]
        )
        bars.append(Bar(f"{site} ({plural(pages, 'page')})", segments))
    return bar_chart(bars, "removed blocks per page, by site and kind", "{:.1f}")


def _site_table(summary: CrawlSummary, sites: list[str], kinds: Counter[str]) -> str:
    order = [kind for kind, _ in kinds.most_common()]
    head = "".join(
        f'<th><span class="pw-chip pw-k-{escape(k)}">{escape(k)}</span></th>' for k in order
    )
    rows = []
    for site in sites:
        counts = summary.kinds_by_site[site]
        cells = "".join(f'<td class="n">{counts[k] or ""}</td>' for k in order)
        pages = summary.pages_by_site[site]
        rows.append(f'<tr><th>{escape(site)}</th><td class="n">{pages}</td>{cells}</tr>')
    return f"<table><tr><th>site</th><th>pages</th>{head}</tr>{''.join(rows)}</table>"


def _texts_table(summary: CrawlSummary) -> str:
    rows = []
    for (kind, text), count in summary.texts.most_common(TOP_TEXTS):
        sites = ", ".join(sorted(summary.text_sites[kind, text]))
        rows.append(
            f'<tr><td class="n">{count}</td><td><span class="pw-chip pw-k-{escape(kind)}">'
            f"{escape(kind)}</span></td><td>{escape(text)}</td><td>{escape(sites)}</td></tr>"
        )
    head = "<tr><th>times</th><th>kind</th><th>text</th><th>sites</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _pages_section(title: str, pages: list[tuple[str, str, str]]) -> list[str]:
    if not pages:
        return [f'<h2>{escape(title)}</h2><p class="quiet">None.</p>']
    by_site = Counter(site for site, _, _ in pages)
    counts = ", ".join(f"{escape(site)} {n}" for site, n in by_site.most_common())
    rows = "".join(
        f'<tr><td>{escape(site)}</td><td class="url">{escape(url)}</td><td>{escape(note)}</td></tr>'
        for site, url, note in pages[:LISTED_PAGES]
    )
    more = len(pages) - LISTED_PAGES
    tail = f'<p class="quiet">and {more} more.</p>' if more > 0 else ""
    return [
        f"<h2>{escape(title)}: {len(pages)}</h2><p>{counts}</p>",
        f"<table><tr><th>site</th><th>page</th><th>note</th></tr>{rows}</table>{tail}",
    ]
