"""bench/compare.py's metadata truth: pages decoded as written, dates compared as dates."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).parent.parent / "bench"


@pytest.fixture(scope="module")
def compare() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # compare.py imports devscore.py beside it
    try:
        spec = importlib.util.spec_from_file_location("bench_compare", BENCH / "compare.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_utf8_page_truth_is_read_as_utf8(compare: ModuleType) -> None:
    head = '<meta property="og:title" content="Nintendo’s Switch – año récord">'
    page = f"<html><head>{head}</head><body><p>x</p></body></html>".encode()
    assert compare.page_metadata_truth(page).headline == "Nintendo’s Switch – año récord"


def test_latin1_page_truth_uses_its_declared_charset(compare: ModuleType) -> None:
    head = '<meta charset="iso-8859-1"><meta property="og:title" content="Grüße aus Köln">'
    page = f"<html><head>{head}</head><body><p>x</p></body></html>".encode("latin-1")
    assert compare.page_metadata_truth(page).headline == "Grüße aus Köln"


@pytest.mark.parametrize(
    ("truth", "found", "same"),
    [
        ("2019-11-20", "2019-11-20T23:30:00-05:00", True),  # late evening in New York
        ("2019-11-20T23:30:00-05:00", "2019-11-20", True),
        ("2019-11-20", "2019-11-22T01:00:00+00:00", False),
        ("2019-11-20T10:00:00Z", "2019-11-21T09:00:00Z", True),  # within a day
    ],
)
def test_date_only_values_match_as_calendar_days(
    compare: ModuleType, truth: str, found: str, same: bool
) -> None:
    assert compare.date_matches(truth, found) is same


def test_one_byline_with_credentials_matches_the_same_person(compare: ModuleType) -> None:
    assert compare.authors_match(["Dylan Bailey, MS, RD"], ["Dylan Bailey, MS, RD"])
    assert compare.authors_match(["Ana Ruiz and Bo Li"], ["Bo Li", "Ana Ruiz"])
    assert not compare.authors_match(["Ana Ruiz"], ["Bo Li"])


def test_every_extractor_goes_first_as_often_as_the_others(compare: ModuleType) -> None:
    chosen = ["generic", "full", "trafilatura"]
    turns = [compare.rotated(chosen, turn) for turn in range(6)]
    assert [order[0] for order in turns] == chosen + chosen
    for order in turns:  # each turn keeps the same cycle, only its start moves
        start = chosen.index(order[0])
        assert order == chosen[start:] + chosen[:start]
