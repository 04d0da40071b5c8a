"""`presswash sites` shows what each rule knows; `check-site --saved` checks saved pages offline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presswash.cli import main
from tests.cases import all_cases

WIRED_2019 = all_cases("wired")[0].html_path


def test_sites_lists_selectors_validity_cases_and_real_page_evidence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["sites"]) == 0
    out = capsys.readouterr().out
    assert "rule wired@2024-04-28..: valid_from=2024-04-28 valid_until=-" in out
    assert "body: .body__inner-container" in out
    assert "validated on 2024-04-28-constructed-verso-instagram-analytics (constructed:" in out
    assert "met a real page: no (reconstructed or constructed pages only)" in out


def test_check_saved_says_which_version_missed_and_which_would_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(WIRED_2019, tmp_path / "2019-11-20-old.html.gz")
    shutil.copy(WIRED_2019, tmp_path / "2025-01-01-old-template-fetched-later.html.gz")
    assert main(["check-site", "wired", "--saved", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "site rule matched 1/2 saved pages" in out
    assert (
        "missed: 2025-01-01-old-template-fetched-later.html.gz: version wired@2024-04-28.. tried"
        in out
    )
    assert "versions whose body selector matches: wired@2019-11-20..2024-04-28" in out


def test_check_saved_without_pages_of_the_site_exits_2(tmp_path: Path) -> None:
    shutil.copy(all_cases("techcrunch")[0].html_path, tmp_path / "2024-04-28-tc.html.gz")
    assert main(["check-site", "wired", "--saved", str(tmp_path)]) == 2


def test_extract_learn_traces_removals_learned_from_the_other_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.siblings import siblings

    names = []
    for number, (html, _url) in enumerate(siblings("techradar", ("itpro", "techcrunch")), 1):
        path = tmp_path / f"sibling-{number}.html"
        path.write_bytes(html)
        names.append(str(path))
    page = str(all_cases("techradar")[0].html_path)
    assert main(["extract", "--learn", "--generic", "--explain", page, *names]) == 0
    err = capsys.readouterr().err
    assert "site-furniture     site-memory: repeated on 2 other page(s) of the site" in err


def test_demo_index_says_which_bundled_pages_are_reconstructions() -> None:
    import json

    from crawler.demo import PAGES, demo_origins

    index = json.loads((PAGES / "index.json").read_text("utf-8"))
    assert all((e["origin"] == "reconstruction") == ("reconstructed" in e["file"]) for e in index)
    assert sum(demo_origins().values()) == len(index)
