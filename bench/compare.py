"""Compare presswash with other article extractors on the article-extraction benchmark.

Runs presswash (generic path, then with site rules) and its peers, trafilatura (comments
off), readability-lxml, newspaper4k, goose3 and jusText, over the 181 pages in
`bench/data/aeb/` in one run, and prints one table: body F1, precision, recall, accuracy
(exact token match), pages per second and each extractor's speed as a ratio to presswash's
generic path. Bodies are scored with the benchmark's own metric (`bench/data/aeb/score.py`).

Pages are timed interleaved (each page goes through every extractor before the next
page), so a busy machine slows every extractor alike and the speed ratios stay fair.

Headline, authors and datePublished are scored too, on the pages whose own JSON-LD or
meta tags state them (read here by a small independent reader, not by presswash).

    pip install -e '.[bench]'
    python bench/compare.py [--json bench/results/compare.json] [--only presswash-generic ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.metadata
import importlib.util
import json
import logging
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from dateutil import parser as date_parser

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "aeb"
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402
from cleaners.render import text_lines  # noqa: E402


def load_metric() -> Any:
    """The benchmark's score.py, shipped beside the pages."""
    spec = importlib.util.spec_from_file_location("aeb_score", DATA / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(slots=True)
class Output:
    """What one extractor returned for one page."""

    articleBody: str = ""
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    datePublished: str | None = None


Extract = Callable[[bytes, str], Output]


@dataclass(slots=True)
class Extractor:
    name: str
    distribution: str  # whose version the table reports
    extract: Extract


def html_to_text(fragment: str) -> str:
    """Peers that return HTML get the same block-per-line text presswash produces."""
    if not fragment.strip():
        return ""
    return "\n".join(text_lines(lxml.html.fromstring(fragment)))


def presswash(site_rules: bool) -> Extract:
    def run(html: bytes, url: str) -> Output:
        article = extract_article(html, url, site_rules=site_rules)
        return Output(
            article.articleBody,
            article.headline,
            [author.name for author in article.authors],
            article.datePublished,
        )

    return run


def trafilatura_extract() -> Extract:
    import trafilatura

    def run(html: bytes, url: str) -> Output:
        return Output(trafilatura.extract(html, url=url, include_comments=False) or "")

    return run


def trafilatura_metadata(html: bytes, url: str) -> Output:
    """Metadata from trafilatura, fetched outside the timed call (its body call skips it)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    if doc is None:
        return Output()
    authors = [a.strip() for a in re.split(r";", doc.author or "") if a.strip()]
    return Output("", doc.title, authors, doc.date)


def readability_extract() -> Extract:
    from readability import Document

    def run(html: bytes, url: str) -> Output:
        document = Document(html, url=url)
        return Output(html_to_text(document.summary(html_partial=True)), document.title())

    return run


def newspaper_extract() -> Extract:
    import newspaper

    def run(html: bytes, url: str) -> Output:
        article = newspaper.Article(url, fetch_images=False)  # no network: it sizes images
        article.download(input_html=html.decode("utf-8", "replace"))
        article.parse()
        published = article.publish_date.isoformat() if article.publish_date else None
        return Output(article.text, article.title, list(article.authors), published)

    return run


def goose_extract() -> Extract:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def run(html: bytes, url: str) -> Output:
        article = goose.extract(url=url, raw_html=html)
        published = article.publish_date
        return Output(article.cleaned_text, article.title, list(article.authors), published)

    return run


def justext_extract() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(html: bytes, url: str) -> Output:
        paragraphs = justext.justext(html, stoplist)
        return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def extractors() -> list[Extractor]:
    return [
        Extractor("presswash-generic", "presswash", presswash(site_rules=False)),
        Extractor("presswash-full", "presswash", presswash(site_rules=True)),
        Extractor("trafilatura", "trafilatura", trafilatura_extract()),
        Extractor("readability-lxml", "readability-lxml", readability_extract()),
        Extractor("newspaper4k", "newspaper4k", newspaper_extract()),
        Extractor("goose3", "goose3", goose_extract()),
        Extractor("jusText", "jusText", justext_extract()),
    ]


# --- metadata truth: the page's own JSON-LD and meta tags -------------------------------

ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report|NewsArticle)$")
TOKEN = re.compile(r"\w+")
DATE_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "date")
AUTHOR_META = ("author", "article:author", "sailthru.author", "parsely-author")


def _json_ld_objects(root: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, str) and value.strip() and not value.startswith("http"):
        return [value.strip()]
    return []


def metadata_truth(html: bytes) -> Output:
    """Headline, authors and datePublished as the page itself declares them."""
    root = lxml.html.fromstring(html)
    truth = Output()
    for item in _json_ld_objects(root):
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if not any(isinstance(t, str) and ARTICLE_TYPE.search(t) for t in types):
            continue
        if isinstance(item.get("headline"), str):
            truth.headline = truth.headline or item["headline"].strip()
        truth.authors = truth.authors or _names(item.get("author"))
        if isinstance(item.get("datePublished"), str):
            truth.datePublished = truth.datePublished or item["datePublished"]
    meta = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key and tag.get("content") and key not in meta:
            meta[key] = tag.get("content").strip()
    truth.headline = truth.headline or meta.get("og:title")
    truth.authors = (
        truth.authors
        or [meta[key] for key in AUTHOR_META if key in meta and not meta[key].startswith("http")][
            :1
        ]
    )
    truth.datePublished = truth.datePublished or next(
        (meta[key] for key in DATE_META if key in meta), None
    )
    return truth


def headline_matches(truth: str, found: str | None) -> bool:
    """Same words, allowing the truth a trailing site name ("Title | Site") the extractor cut."""
    want, got = TOKEN.findall(truth.lower()), TOKEN.findall((found or "").lower())
    return bool(got) and (want == got or (want[: len(got)] == got and len(want) - len(got) <= 4))


def authors_match(truth: list[str], found: list[str]) -> bool:
    def names(values: list[str]) -> set[str]:
        return {" ".join(TOKEN.findall(v.lower())) for v in values if TOKEN.search(v)}

    return bool(found) and names(truth) == names(found)


def _instant(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = date_parser.parse(str(value))
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def date_matches(truth: str, found: str | None) -> bool:
    """The same moment within a day: extractors differ in time zones, not in the story's day."""
    want, got = _instant(truth), _instant(found)
    return want is not None and got is not None and abs(want - got) <= dt.timedelta(days=1)


# --- the run ---------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    bodies: dict[str, dict[str, str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    meta: dict[str, dict[str, bool]] = field(default_factory=dict)  # page -> field -> right


def run_pages(
    chosen: list[Extractor], truth: dict[str, Any], meta_truth: dict[str, Output]
) -> dict[str, Tally]:
    pages = {key: gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()) for key in truth}
    tallies = {extractor.name: Tally() for extractor in chosen}
    first = next(iter(pages))
    for extractor in chosen:  # warm-up: imports, caches and lazy set-up stay out of the timing
        _run_one(extractor, pages[first], truth[first].get("url", ""))
    for key, html in pages.items():
        url = truth[key].get("url", "")
        for extractor in chosen:
            start = time.perf_counter()
            output = _run_one(extractor, html, url)
            elapsed = time.perf_counter() - start
            tally = tallies[extractor.name]
            tally.seconds[key] = elapsed
            if output is None:
                tally.failures.append(key)
                output = Output()
            if extractor.name == "trafilatura":
                body = output.articleBody
                output = _untimed(trafilatura_metadata, html, url) or Output()
                output.articleBody = body
            tally.bodies[key] = {"articleBody": output.articleBody}
            tally.meta[key] = _meta_checks(meta_truth[key], output)
    return tallies


def _run_one(extractor: Extractor, html: bytes, url: str) -> Output | None:
    try:
        return extractor.extract(html, url)
    except ExtractionError:
        return Output()  # presswash declined the page (not an article): an empty body
    except Exception as exc:  # a peer failing on a page scores as empty output
        logging.getLogger("bench").info("%s failed on %s: %r", extractor.name, url, exc)
        return None


def _untimed(function: Callable[[bytes, str], Output], html: bytes, url: str) -> Output | None:
    try:
        return function(html, url)
    except Exception:  # metadata from a peer is best effort
        return None


def _meta_checks(truth: Output, found: Output) -> dict[str, bool]:
    checks = {}
    if truth.headline:
        checks["headline"] = headline_matches(truth.headline, found.headline)
    if truth.authors:
        checks["authors"] = authors_match(truth.authors, found.authors)
    if truth.datePublished and _instant(truth.datePublished):
        checks["datePublished"] = date_matches(truth.datePublished, found.datePublished)
    return checks


def summarise(chosen: list[Extractor], tallies: dict[str, Tally], truth: dict[str, Any]) -> dict:
    metric = load_metric()
    summary: dict[str, Any] = {}
    for extractor in chosen:
        tally = tallies[extractor.name]
        scored = metric.score(truth, tally.bodies)
        seconds = sum(tally.seconds.values())
        meta_rows = tally.meta.values()
        meta = {
            name: statistics.fmean(row[name] for row in meta_rows if name in row)
            for name in ("headline", "authors", "datePublished")
            if any(name in row for row in meta_rows)
        }
        summary[extractor.name] = {
            "version": version_of(extractor.distribution),
            "f1": scored["f1"],
            "precision": scored["precision"],
            "recall": scored["recall"],
            "accuracy": scored["accuracy"],
            "seconds": seconds,
            "pages_per_second": len(truth) / seconds if seconds else 0.0,
            "failures": tally.failures,
            "metadata": meta,
            "per_page": {
                key: {
                    "f1": scored["per_page_f1"][key],
                    "seconds": round(tally.seconds[key], 5),
                    **tally.meta[key],
                }
                for key in truth
            },
        }
    return summary


def version_of(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def table(summary: dict[str, Any], reference: str) -> str:
    base = summary.get(reference, {}).get("pages_per_second") or None
    lines = [
        "| extractor | version | F1 | precision | recall | accuracy | pages/s "
        "| speed vs presswash |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, row in summary.items():
        ratio = f"{row['pages_per_second'] / base:.2f}x" if base else "-"
        lines.append(
            f"| {name} | {row['version']} | {row['f1']:.3f} | {row['precision']:.3f} | "
            f"{row['recall']:.3f} | {row['accuracy']:.3f} | {row['pages_per_second']:.1f} | "
            f"{ratio} |"
        )
    return "\n".join(lines)


def metadata_table(summary: dict[str, Any], counts: dict[str, int]) -> str:
    fields = ("headline", "authors", "datePublished")
    header = " | ".join(f"{name} (n={counts[name]})" for name in fields)
    lines = [f"| extractor | {header} |", "|---|---|---|---|"]
    for name, row in summary.items():
        cells = " | ".join(
            f"{row['metadata'][f]:.3f}" if f in row["metadata"] else "-" for f in fields
        )
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "compare.json")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these extractors")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # peers warn about optional dependencies on import
    logging.disable(logging.WARNING)  # presswash's guard warnings are not the table
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    chosen = [e for e in extractors() if not args.only or e.name in args.only]
    meta_truth = {
        key: metadata_truth(gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()))
        for key in truth
    }
    counts = {
        name: sum(1 for value in meta_truth.values() if name in _meta_checks(value, Output()))
        for name in ("headline", "authors", "datePublished")
    }
    summary = summarise(chosen, run_pages(chosen, truth, meta_truth), truth)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    print(f"{len(truth)} pages of bench/data/aeb, {when}, Python {sys.version.split()[0]}\n")
    print(table(summary, "presswash-generic"))
    print("\nMetadata right, on the pages whose JSON-LD/meta tags state it:\n")
    print(metadata_table(summary, counts))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"date": when, "pages": len(truth), "extractors": summary}, indent=1),
        encoding="utf-8",
    )
    print(f"\nper-page figures: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
