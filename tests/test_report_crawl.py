"""`presswash report --crawl`: counts per site and kind, frequent texts, drift and
fallback pages, read from items as a crawl writes them, and safe whatever they hold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from presswash.cli import main
from presswash.report.crawl import CrawlFileError, crawl_report, read_crawl
from tests.cases import all_cases, extracted

HOSTILE_TEXT = '<script>alert(1)</script><img src="http://remote.example/x.gif">'


def crawl_items() -> list[dict[str, Any]]:
    """The fixture items, plus three pages carrying the fields and notes the report looks for."""
    items = [extracted(case.json_path) for case in all_cases()]
    extra = dict(items[0], url="https://www.itpro.com/missed", site="generic")
    extra["siteRuleMissed"] = "itpro"
    fell = dict(items[1], url="https://example.com/fell")
    fell["notes"] = ["fallback: relaxed the link-density rule"]
    kept = dict(items[2], url="https://example.com/kept")
    kept["notes"] = ["guard-kept: related-links by chrome class~related: 900 of 1200 characters"]
    kept["removed"] = [{"cleaner": "x", "kind": "ad-slot", "rule": "r", "text": HOSTILE_TEXT}]
    return [*items, extra, fell, kept]


@pytest.fixture(scope="module")
def items_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crawl") / "items.jsonl"
    lines = [json.dumps(item) for item in crawl_items()]
    lines.insert(3, '{"url": "https://example.com/trunc')  # a crawl killed mid-write
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def report(items_file: Path) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(crawl_report(items_file))


def test_unreadable_line_is_counted_and_skipped(items_file: Path) -> None:
    summary = read_crawl(items_file)
    assert summary.skipped_lines == 1
    assert summary.pages == len(crawl_items())


def test_kind_chart_has_one_bar_per_kind_with_its_count(report: lxml.html.HtmlElement) -> None:
    expected = Counter(r["kind"] for item in crawl_items() for r in item["removed"])
    chart = report.find(".//svg")
    shown = {
        title.text.split(": ")[0]: title.text.rsplit(" ", 1)[1]
        for title in chart.iterfind(".//rect/title")
    }
    assert shown == {kind: str(count) for kind, count in expected.items()}


def test_site_table_counts_pages_per_site(report: lxml.html.HtmlElement) -> None:
    expected = Counter(item["site"] for item in crawl_items())
    table = report.find(".//table")
    rows = {row[0].text_content(): int(row[1].text_content()) for row in table.findall(".//tr")[1:]}
    assert rows == dict(expected)


def test_most_frequent_text_comes_first(report: lxml.html.HtmlElement) -> None:
    texts = Counter(
        (r["kind"], r["text"].split("\n")[0][:120])
        for item in crawl_items()
        for r in item["removed"]
    )
    table = report.findall(".//table")[1]
    first = table.findall(".//tr")[1]
    assert int(first[0].text_content()) == texts.most_common(1)[0][1]


@pytest.mark.parametrize(
    ("heading", "url"),
    [
        ("Pages where a site rule missed: 1", "https://www.itpro.com/missed"),
        ("Pages that fell back: 1", "https://example.com/fell"),
        ("Blocks the guard kept (a rule took too much): 1", "https://example.com/kept"),
    ],
)
def test_note_sections_list_their_pages(
    report: lxml.html.HtmlElement, heading: str, url: str
) -> None:
    section = next(h for h in report.iter("h2") if h.text_content() == heading)
    assert url in section.getnext().getnext().text_content()


def test_removed_text_is_shown_as_text_not_markup(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(crawl_items()[-1]) + "\n", encoding="utf-8")
    report = lxml.html.document_fromstring(crawl_report(path))
    assert report.find(".//script") is None and report.find(".//img") is None
    assert HOSTILE_TEXT in report.text_content()


def test_file_without_items_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(CrawlFileError, match="no items"):
        crawl_report(path)


def test_crawl_command_writes_the_report(
    items_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "crawl.html"
    assert main(["report", "--crawl", str(items_file), "-o", str(out)]) == 0
    assert "presswash crawl report" in out.read_text(encoding="utf-8")
    assert main(["report", "--crawl", str(tmp_path / "none.jsonl")]) == 1
    assert "none.jsonl" in capsys.readouterr().err
