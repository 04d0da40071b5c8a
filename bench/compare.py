"""Compare presswash with other article extractors on both development sets.

Runs presswash (generic path, then with site rules) and its peers, trafilatura (comments
off), readability-lxml, newspaper4k, goose3 and jusText, over each development set in one
run, and reports each set on its own:

- `aeb`: the 181 news pages of the article-extraction benchmark (2019-2020);
- `wcxb-dev`: 438 pages saved in 2026, its articles on their own and all page types
  (articles, forums, documentation, products, services, listings, collections).

Per set and extractor: body F1, precision, recall, accuracy (the page's tokens exactly
right), must-have sentences found and boilerplate sentences leaked (wcxb-dev's `with` and
`without`), pages refused (no body: `ExtractionError` or empty output), pages per second
and the speed ratio to presswash's generic path; wcxb-dev F1 and refusals per page type;
headline, authors and datePublished. Scoring is `bench/devscore.py`'s (imported): the
benchmark's 4-token shingle metric, a page with no output scoring zero precision.

Pages are timed interleaved (each page goes through every extractor before the next
page), so a busy machine slows every extractor alike and the speed ratios stay fair. The
extractor that goes first changes from page to page, so none always meets a page with
cold caches or pays for collecting the garbage the one before it left.

Metadata truth: on wcxb-dev, its ground truth (title, author, publish_date, articles
only); on aeb, what each page's own JSON-LD or meta tags state, read here by a small
independent reader. Dates match within a day, or as calendar dates when either side has
no time of day.

The markdown between the "development set" markers is printed for the README as is.

    pip install -e '.[bench]'
    python bench/compare.py                                   # everything: the README tables
    python bench/compare.py --sets aeb --only presswash-generic trafilatura --limit 40
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
DATA = HERE / "data"
sys.path.insert(0, str(ROOT))

import devscore  # noqa: E402  (bench/devscore.py: the scoring both scripts share)

from cleaners import ExtractionError, extract_article  # noqa: E402
from cleaners.render import text_lines  # noqa: E402


@dataclass(slots=True)
class Output:
    """What one extractor returned for one page."""

    articleBody: str = ""
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    datePublished: str | None = None
    notes: list[str] = field(default_factory=list)  # presswash's item notes, per page


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
            list(article.notes),
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


# name, whose version the table reports, and how to set it up (peers import on set-up)
EXTRACTORS: tuple[tuple[str, str, Callable[[], Extract]], ...] = (
    ("presswash-generic", "presswash", lambda: presswash(site_rules=False)),
    ("presswash-full", "presswash", lambda: presswash(site_rules=True)),
    ("trafilatura", "trafilatura", trafilatura_extract),
    ("readability-lxml", "readability-lxml", readability_extract),
    ("newspaper4k", "newspaper4k", newspaper_extract),
    ("goose3", "goose3", goose_extract),
    ("jusText", "jusText", justext_extract),
)


def extractors(only: list[str] | None = None) -> list[Extractor]:
    return [
        Extractor(name, distribution, make())
        for name, distribution, make in EXTRACTORS
        if not only or name in only
    ]


# --- metadata truth ---------------------------------------------------------------------

ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report|NewsArticle)$")
TOKEN = re.compile(r"\w+")
DATE_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "date")
AUTHOR_META = ("author", "article:author", "sailthru.author", "parsely-author")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
AUTHOR_LIST = re.compile(r"\s*(?:,|&|\band\b)\s*")
METADATA_FIELDS = ("headline", "authors", "datePublished")
WCXB_ARTICLE_TYPES = ("article", "blog")  # the set's types whose metadata is an article's


def decode_page(html: bytes) -> str:
    """The page as text: UTF-8 when the bytes are UTF-8, else its declared charset.

    Handing bytes to `lxml.html.fromstring` lets libxml2 guess, and it read one page in
    nine of the 181 as Latin-1 ("â€™" for "'"), so the truth itself was wrong there.
    """
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(html[:4096])
    for encoding in (declared.group(1).decode("ascii") if declared else None, "cp1252"):
        try:
            return html.decode(encoding or "cp1252")
        except (LookupError, UnicodeDecodeError):
            continue
    return html.decode("cp1252", "replace")


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


def page_metadata_truth(html: bytes) -> Output:
    """Headline, authors and datePublished as the page itself declares them (aeb)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", decode_page(html), count=1)
    root = lxml.html.fromstring(text)
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
    meta: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key and tag.get("content") and key not in meta:
            meta[key] = tag.get("content").strip()
    truth.headline = truth.headline or meta.get("og:title")
    stated = [meta[key] for key in AUTHOR_META if key in meta and not meta[key].startswith("http")]
    truth.authors = truth.authors or stated[:1]
    truth.datePublished = truth.datePublished or next(
        (meta[key] for key in DATE_META if key in meta), None
    )
    return truth


def wcxb_metadata_truth(record: dict[str, Any]) -> Output:
    """wcxb-dev's hand-checked title, author and publish_date, on its article pages."""
    if record.get("page_type") not in WCXB_ARTICLE_TYPES:
        return Output()
    author = (record.get("author") or "").strip()
    return Output(
        headline=(record.get("title") or "").strip() or None,
        authors=[author] if author else [],
        datePublished=record.get("publish_date") or None,
    )


def headline_matches(truth: str, found: str | None) -> bool:
    """Same words, allowing the truth a trailing site name ("Title | Site") the extractor cut."""
    want, got = TOKEN.findall(truth.lower()), TOKEN.findall((found or "").lower())
    return bool(got) and (want == got or (want[: len(got)] == got and len(want) - len(got) <= 4))


def _name_set(values: list[str]) -> set[str]:
    names = (part for value in values for part in AUTHOR_LIST.split(value))
    return {" ".join(TOKEN.findall(name.lower())) for name in names if TOKEN.search(name)}


def authors_match(truth: list[str], found: list[str]) -> bool:
    """The same people: as a set of names, or as one byline ("Jo Doe, MD" is one name)."""
    if not found:
        return False
    as_text = [" ".join(TOKEN.findall(" ".join(v).lower())) for v in (truth, found)]
    return _name_set(truth) == _name_set(found) or as_text[0] == as_text[1]


def _instant(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = date_parser.parse(str(value))
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def date_matches(truth: str, found: str | None) -> bool:
    """The same moment within a day, or the same calendar day when a side has no time.

    A date-only value is not midnight UTC: "2019-11-20" against "2019-11-20T18:30-05:00"
    is the same day, whatever the zone.
    """
    want, got = _instant(truth), _instant(found)
    if want is None or got is None or found is None:
        return False
    if DATE_ONLY.match(str(truth)) or DATE_ONLY.match(str(found)):
        return str(truth).strip()[:10] == str(found).strip()[:10] or want.date() == got.date()
    return abs(want - got) <= dt.timedelta(days=1)


def meta_checks(truth: Output, found: Output) -> dict[str, bool]:
    checks = {}
    if truth.headline:
        checks["headline"] = headline_matches(truth.headline, found.headline)
    if truth.authors:
        checks["authors"] = authors_match(truth.authors, found.authors)
    if truth.datePublished and _instant(truth.datePublished):
        checks["datePublished"] = date_matches(truth.datePublished, found.datePublished)
    return checks


# --- the run ---------------------------------------------------------------------------


@dataclass(slots=True)
class DevSet:
    """One development set: its truth (devscore's loader), pages and metadata truth."""

    name: str
    truth: dict[str, dict[str, Any]]
    pages: dict[str, bytes]
    meta_truth: dict[str, Output]


def load_dev_set(name: str, limit: int | None) -> DevSet:
    truth = devscore.load_set(name)
    if limit:
        truth = dict(list(truth.items())[:limit])
    pages = {
        key: gzip.decompress((DATA / name / "html" / f"{key}.html.gz").read_bytes())
        for key in truth
    }
    if name == "wcxb-dev":
        meta_truth = {key: wcxb_metadata_truth(record) for key, record in truth.items()}
    else:
        meta_truth = {key: page_metadata_truth(html) for key, html in pages.items()}
    return DevSet(name, truth, pages, meta_truth)


@dataclass(slots=True)
class Tally:
    outputs: list[dict[str, Any]] = field(default_factory=list)  # devscore.score's input
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # a peer raised on these pages
    meta: dict[str, dict[str, bool]] = field(default_factory=dict)  # page -> field -> right
    produces: set[str] = field(default_factory=set)  # metadata fields it ever filled


PROGRESS_EVERY = 50  # pages between progress lines on stderr


def rotated(chosen: list[Extractor], turn: int) -> list[Extractor]:
    """The extractors in their order, starting at a different one on each turn."""
    start = turn % len(chosen)
    return chosen[start:] + chosen[:start]


def run_set(chosen: list[Extractor], dev: DevSet) -> dict[str, Tally]:
    tallies = {extractor.name: Tally() for extractor in chosen}
    first = next(iter(dev.pages))
    for extractor in chosen:  # warm-up: imports, caches and lazy set-up stay out of the timing
        _run_one(extractor, dev.pages[first], dev.truth[first].get("url") or "")
    for done, (key, html) in enumerate(dev.pages.items()):
        if done % PROGRESS_EVERY == 0:
            print(f"{dev.name}: {done} of {len(dev.pages)} pages", file=sys.stderr, flush=True)
        url = dev.truth[key].get("url") or ""
        for extractor in rotated(chosen, done):
            start = time.perf_counter()
            output = _run_one(extractor, html, url)
            elapsed = time.perf_counter() - start
            tally = tallies[extractor.name]
            tally.seconds[key] = elapsed
            refused = None
            if isinstance(output, Refusal):
                refused, output = output.reason, Output()
            elif output is None:
                tally.failures.append(key)
                refused, output = "error", Output()
            if extractor.name == "trafilatura":
                body = output.articleBody
                output = _untimed(trafilatura_metadata, html, url) or Output()
                output.articleBody = body
            refused = refused or (None if output.articleBody.strip() else "empty")
            tally.outputs.append(
                {"id": key, "body": output.articleBody, "refused": refused, "notes": output.notes}
            )
            tally.meta[key] = meta_checks(dev.meta_truth[key], output)
            tally.produces.update(name for name in METADATA_FIELDS if getattr(output, name))
    return tallies


@dataclass(slots=True)
class Refusal:
    reason: str  # the ExtractionError's class name


def _run_one(extractor: Extractor, html: bytes, url: str) -> Output | Refusal | None:
    try:
        return extractor.extract(html, url)
    except ExtractionError as error:
        return Refusal(type(error).__name__)  # presswash declined the page: an empty body
    except Exception as exc:  # a peer failing on a page scores as empty output
        logging.getLogger("bench").info("%s failed on %s: %r", extractor.name, url, exc)
        return None


def _untimed(function: Callable[[bytes, str], Output], html: bytes, url: str) -> Output | None:
    try:
        return function(html, url)
    except Exception:  # metadata from a peer is best effort
        return None


# --- figures ---------------------------------------------------------------------------


def figures(pages: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """devscore's summary of some pages, with accuracy and speed added."""
    summary: dict[str, Any] = devscore.summarise(pages) if pages else {"pages": 0}
    summary["accuracy"] = statistics.fmean(p["exact"] for p in pages) if pages else 0.0
    summary["has_snippets"] = any(p["with_total"] for p in pages)
    summary["seconds"] = seconds
    summary["pages_per_second"] = len(pages) / seconds if seconds else 0.0
    return summary


def score_set(dev: DevSet, chosen: list[Extractor], tallies: dict[str, Tally]) -> dict[str, Any]:
    """Per extractor: all pages, articles, each page type, metadata and per-page figures."""
    result: dict[str, Any] = {}
    for extractor in chosen:
        tally = tallies[extractor.name]
        per_page = devscore.score(dev.name, dev.truth, tally.outputs)
        for out in tally.outputs:
            want = devscore.TOKEN.findall(dev.truth[out["id"]].get("articleBody") or "")
            per_page[out["id"]]["exact"] = float(want == devscore.TOKEN.findall(out["body"]))
            per_page[out["id"]]["seconds"] = round(tally.seconds[out["id"]], 5)
            per_page[out["id"]].update(tally.meta[out["id"]])
        types = sorted({page["type"] for page in per_page.values()})
        groups = {"all": list(per_page)} | {
            kind: [key for key, page in per_page.items() if page["type"] == kind] for kind in types
        }
        result[extractor.name] = {
            "version": version_of(extractor.distribution),
            "failures": tally.failures,
            "groups": {
                name: figures(
                    [per_page[key] for key in keys], sum(tally.seconds[key] for key in keys)
                )
                for name, keys in groups.items()
            },
            "metadata": {
                name: statistics.fmean(row[name] for row in tally.meta.values() if name in row)
                for name in METADATA_FIELDS
                if name in tally.produces and any(name in row for row in tally.meta.values())
            },
            "per_page": per_page,
        }
    return result


def version_of(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


REFERENCE = "presswash-generic"


def body_table(scored: dict[str, Any], group: str) -> str:
    base = scored.get(REFERENCE, {}).get("groups", {}).get(group, {}).get("pages_per_second")
    lines = [
        "| extractor | version | F1 | precision | recall | accuracy | must-have found "
        "| boilerplate leaked | refused | pages/s | speed vs presswash |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, row in scored.items():
        fig = row["groups"][group]
        snippets = fig["has_snippets"]
        found = f"{fig['with']:.1%}" if snippets else "-"
        leaked = f"{fig['without']:.1%}" if snippets else "-"
        ratio = f"{fig['pages_per_second'] / base:.2f}x" if base else "-"
        lines.append(
            f"| {name} | {row['version']} | {fig['f1']:.3f} | {fig['precision']:.3f} | "
            f"{fig['recall']:.3f} | {fig['accuracy']:.3f} | {found} | {leaked} | "
            f"{fig['refused']} | {fig['pages_per_second']:.1f} | {ratio} |"
        )
    return "\n".join(lines)


def type_table(scored: dict[str, Any]) -> str:
    """F1 per page type, pages refused in brackets: listings should be refused."""
    names = list(scored)
    first = scored[names[0]]["groups"]
    kinds = sorted((k for k in first if k != "all"), key=lambda k: -first[k]["pages"])
    lines = [
        "| page type | pages | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    for kind in kinds:
        cells = " | ".join(
            f"{scored[n]['groups'][kind]['f1']:.3f} ({scored[n]['groups'][kind]['refused']})"
            for n in names
        )
        lines.append(f"| {kind} | {first[kind]['pages']} | {cells} |")
    return "\n".join(lines)


def metadata_table(scored: dict[str, Any], counts: dict[str, int]) -> str:
    header = " | ".join(f"{name} ({counts[name]} pages)" for name in METADATA_FIELDS)
    lines = [f"| extractor | {header} |", "|---|---|---|---|"]
    for name, row in scored.items():
        cells = " | ".join(
            f"{row['metadata'][f]:.3f}" if f in row["metadata"] else "-" for f in METADATA_FIELDS
        )
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


SET_TITLES = {
    "aeb": "aeb, {n} news pages of the article-extraction benchmark (2019-2020)",
    "wcxb-dev": "wcxb-dev, {n} pages saved in 2026",
}
META_SOURCES = {
    "aeb": "what each page's own JSON-LD or meta tags state (read by `bench/compare.py`)",
    "wcxb-dev": "the set's hand-checked title, author and publish_date, on its articles",
}


def markdown(results: dict[str, dict[str, Any]], devs: dict[str, DevSet]) -> str:
    """The README block: one section per development set."""
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    out = [
        f"Measured {when}, Python {sys.version.split()[0]}, lxml "
        f"{version_of('lxml')}, one interleaved run per set (`python bench/compare.py`). "
        "Both sets are development sets: presswash's rules and constants were tuned on them.",
    ]
    for name, scored in results.items():
        dev = devs[name]
        title = SET_TITLES[name].format(n=len(dev.truth))
        out += ["", f"**Development set: {title}**", "", body_table(scored, "all")]
        first = next(iter(scored.values()))["groups"]
        if name == "wcxb-dev" and "article" in first:
            out += [
                "",
                f"**Development set: wcxb-dev, its {first['article']['pages']} articles**",
                "",
                body_table(scored, "article"),
                "",
                "**Development set: wcxb-dev, F1 by page type (pages refused)**",
                "",
                type_table(scored),
            ]
        counts = {
            f: sum(1 for t in dev.meta_truth.values() if f in meta_checks(t, Output()))
            for f in METADATA_FIELDS
        }
        out += [
            "",
            f"**Development set: {name}, metadata right**, against {META_SOURCES[name]}",
            "",
            metadata_table(scored, counts),
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "compare.json")
    parser.add_argument(
        "--sets", nargs="+", choices=("aeb", "wcxb-dev"), default=["aeb", "wcxb-dev"]
    )
    names = [name for name, _, _ in EXTRACTORS]
    parser.add_argument("--only", nargs="+", choices=names, help="run only these extractors")
    parser.add_argument("--limit", type=int, help="the first N pages of each set: a quick run")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # peers warn about optional dependencies on import
    logging.disable(logging.WARNING)  # presswash's guard warnings are not the table
    chosen = extractors(args.only)
    devs = {name: load_dev_set(name, args.limit) for name in args.sets}
    results = {name: score_set(dev, chosen, run_set(chosen, dev)) for name, dev in devs.items()}
    print("<!-- development set: begin (bench/compare.py) -->")
    print(markdown(results, devs))
    print("<!-- development set: end -->")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"\nper-page figures: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
