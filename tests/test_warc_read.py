"""Reading web archives: fixture pages come out as from files; damage is counted, never fatal."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.sites import SiteRegistry, SiteRule
from presswash.archives import ArchivePage, Broken, Skipped, read_archive, read_archive_file
from presswash.cli import main
from presswash.replay import Extracted, extract_page, replay
from tests.cases import all_cases, extract_case, item_dict
from tests.crawl.fakesite import article_html, paragraphs

from . import warcfiles

GOOD_URL = "https://news.example.com/2024/05/01/good-story/"
GOOD_PAGE = article_html("A good story", paragraphs("Good"), "2024-05-01T08:00:00Z")


def good(url: str = GOOD_URL) -> bytes:
    return warcfiles.record(url, GOOD_PAGE)


def write(tmp_path: Path, *members: bytes, name: str = "test.warc.gz") -> Path:
    path = tmp_path / name
    path.write_bytes(b"".join(members))
    return path


def outcomes(path: Path) -> Counter[str]:
    """How many records ended as each outcome; pages count as "page"."""
    counts: Counter[str] = Counter()
    for entry in read_archive_file(path):
        counts["page" if isinstance(entry, ArchivePage) else entry.outcome.value] += 1
    return counts


def test_fixture_pages_give_the_same_items_from_a_warc_as_from_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = all_cases()
    members = [
        warcfiles.record(case.url, case.html(), date=f"{case.fetched}T12:00:00Z") for case in cases
    ]
    status = main(["extract", str(write(tmp_path, *members))])
    out = capsys.readouterr().out
    items = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert items == [json.loads(json.dumps(item_dict(extract_case(case)))) for case in cases]


@pytest.mark.parametrize(("fetched", "kept"), [("2024-05-31", "Old"), ("2024-06-01", "New")])
def test_the_record_date_picks_the_site_rule_version(
    tmp_path: Path, fetched: str, kept: str
) -> None:
    old = SiteRule(site="ex", domains=("example.com",), body=".old", valid_until=date(2024, 6, 1))
    new = SiteRule(site="ex", domains=("example.com",), body=".new", valid_from=date(2024, 6, 1))
    page = article_html("Two templates", [], "2024-05-01T08:00:00Z").replace(
        b"<main>",
        b"<main><div class='old'>"
        + b"".join(b"<p>%s</p>" % p.encode() for p in paragraphs("Old"))
        + b"</div><div class='new'>"
        + b"".join(b"<p>%s</p>" % p.encode() for p in paragraphs("New"))
        + b"</div>",
    )
    path = write(
        tmp_path, warcfiles.record("https://example.com/a", page, date=f"{fetched}T09:00:00Z")
    )
    extract = partial(extract_page, site_rules=SiteRegistry([old, new]))
    [entry] = replay(read_archive_file(path), extract)
    assert isinstance(entry, Extracted)
    assert entry.article.articleBody.startswith(f"{kept}: paragraph 1")


HOSTILE = {
    "content-length-too-long": (warcfiles.with_content_length(good(), 90_000), "truncated"),
    "content-length-too-short": (warcfiles.with_content_length(good(), 20), "bad-record"),
    "declares-2-gb": (warcfiles.with_content_length(good(), 2 * 1024**3), "too-large"),
    "gzip-member-cut-in-half": (good()[: len(good()) // 2], "unreadable-bytes"),
    "garbage-between-records": (b"\x1f\x8b\x08\x00not gzip at all" * 3, "unreadable-bytes"),
    "non-http-resource": (
        warcfiles.record("file:///notes.txt", b"plain", kind="resource", http=False),
        "not-http",
    ),
    "dns-response": (
        warcfiles.record(
            "dns:news.example.com",
            b"news.example.com 300 IN A 10.0.0.1",
            headers=(("Content-Type", "text/dns"),),
            http=False,
        ),
        "not-http",
    ),
    "304-revisit": (warcfiles.not_modified_revisit(GOOD_URL), "revisit"),
    "image": (
        warcfiles.record(
            "https://news.example.com/a.png",
            b"\x89PNG...",
            headers=(("Content-Type", "image/png"),),
        ),
        "not-html",
    ),
    "404": (
        warcfiles.record("https://news.example.com/gone", b"gone", status="404 Not Found"),
        "not-ok-status",
    ),
    "broken-content-encoding": (
        warcfiles.record(
            GOOD_URL,
            b"\x1f\x8b\x08\x00broken",
            headers=(("Content-Type", warcfiles.HTML), ("Content-Encoding", "gzip")),
        ),
        "bad-payload",
    ),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_a_bad_record_is_counted_and_the_records_around_it_still_come_out(
    tmp_path: Path, case: str
) -> None:
    member, outcome = HOSTILE[case]
    path = write(tmp_path, good("https://news.example.com/before/"), member, good())
    counts = outcomes(path)
    assert counts["page"] == 2
    assert counts[outcome] >= 1


def test_an_uncompressed_archive_resyncs_after_a_lying_length(tmp_path: Path) -> None:
    members = [good("https://news.example.com/a/"), warcfiles.with_content_length(good(), 90_000)]
    members.append(good("https://news.example.com/c/"))
    path = write(tmp_path, *(gzip.decompress(m) for m in members), name="plain.warc")
    assert outcomes(path) == Counter({"page": 2, "truncated": 1})


def test_a_file_cut_off_mid_record_reports_the_last_record_as_truncated(tmp_path: Path) -> None:
    whole = good()
    path = write(tmp_path, good("https://news.example.com/before/"), whole[: len(whole) - 40])
    entries = list(read_archive_file(path))
    assert isinstance(entries[0], ArchivePage)
    assert [type(entry) for entry in entries[1:]] == [Broken]


def test_a_redirect_chain_gives_one_page_under_its_final_url(tmp_path: Path) -> None:
    final = "https://news.example.com/2024/05/01/final/"
    path = write(
        tmp_path,
        warcfiles.redirect("http://news.example.com/s/1", "https://news.example.com/s/1"),
        warcfiles.redirect("https://news.example.com/s/1", final, "302 Found"),
        warcfiles.record(final, GOOD_PAGE),
    )
    entries = list(read_archive_file(path))
    assert [e.outcome.value for e in entries if isinstance(e, Skipped)] == ["redirect"] * 2
    assert [e.url for e in entries if isinstance(e, ArchivePage)] == [final]


def test_chunked_and_gzipped_payloads_are_decoded(tmp_path: Path) -> None:
    headers = (
        ("Content-Type", warcfiles.HTML),
        ("Transfer-Encoding", "chunked"),
        ("Content-Encoding", "gzip"),
    )
    body = warcfiles.chunked(gzip.compress(GOOD_PAGE))
    [entry] = read_archive_file(write(tmp_path, warcfiles.record(GOOD_URL, body, headers=headers)))
    assert isinstance(entry, ArchivePage) and entry.body == GOOD_PAGE


def test_cli_names_each_damaged_record_and_counts_it_in_the_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lying = warcfiles.with_content_length(good("https://news.example.com/lying/"), 90_000)
    path = write(tmp_path, good("https://news.example.com/before/"), lying, good())
    status = main(["extract", str(path)])
    out, err = capsys.readouterr()
    damage = [line for line in err.splitlines() if "@" in line]
    assert status == 1 and len(out.splitlines()) == 2
    assert damage == [damage[0]] and f"{path}@" in damage[0] and "/lying/" in damage[0]


def test_cli_counts_a_missing_archive_as_one_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["extract", str(tmp_path / "missing.warc.gz"), str(write(tmp_path, good()))])
    out, err = capsys.readouterr()
    assert status == 1 and len(out.splitlines()) == 1
    assert "missing.warc.gz" in err


def split_article(tmp_path: Path, *, with_second_page: bool) -> list[Extracted]:
    first, second = GOOD_URL, GOOD_URL + "2/"
    page_one = article_html(
        "A long read", paragraphs("One"), "2024-05-01T08:00:00Z", head='<link rel="next" href="2/">'
    )
    page_two = article_html("A long read", paragraphs("Two"), "2024-05-01T08:00:00Z")
    members = [warcfiles.record(first, page_one)]
    if with_second_page:
        members.append(warcfiles.record(second, page_two))
    members.append(good("https://news.example.com/other/"))
    return [
        e for e in replay(read_archive_file(write(tmp_path, *members))) if isinstance(e, Extracted)
    ]


def test_an_article_split_over_two_records_comes_out_as_one_item(tmp_path: Path) -> None:
    entries = split_article(tmp_path, with_second_page=True)
    [article] = [e.article for e in entries if e.page.url == GOOD_URL]
    assert len(entries) == 2
    assert "One: paragraph 1" in article.articleBody and "Two: paragraph 6" in article.articleBody


def test_a_split_article_whose_next_page_is_missing_ships_noted(tmp_path: Path) -> None:
    entries = split_article(tmp_path, with_second_page=False)
    [article] = [e.article for e in entries if e.page.url == GOOD_URL]
    assert f"incomplete: {GOOD_URL}2/: not-in-archive" in article.notes


ARCHIVE = (
    good("https://news.example.com/before/") + good() + warcfiles.not_modified_revisit(GOOD_URL)
)


@settings(max_examples=60, deadline=None)
@given(
    cut=st.integers(0, len(ARCHIVE)), flips=st.lists(st.integers(0, len(ARCHIVE) - 1), max_size=4)
)
def test_a_damaged_archive_never_raises(cut: int, flips: list[int]) -> None:
    data = bytearray(ARCHIVE[:cut])
    for position in flips:
        if position < len(data):
            data[position] ^= 0xFF
    entries = list(read_archive(io.BytesIO(bytes(data)), "fuzz.warc.gz"))
    assert sum(isinstance(entry, ArchivePage) for entry in entries) <= 2
