"""`PRESSWASH_EXTRACT_WORKERS`: one extraction process per core by default, none on one core."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from crawler import extraction
from crawler.extraction import extract_workers


@pytest.mark.parametrize(("cores", "workers"), [(1, 0), (2, 2), (8, 8)])
def test_unset_means_one_worker_per_core_and_none_on_one_core(
    monkeypatch: pytest.MonkeyPatch, cores: int, workers: int
) -> None:
    monkeypatch.setattr(extraction, "usable_cores", lambda: cores)
    assert extract_workers(Settings({"PRESSWASH_EXTRACT_WORKERS": None})) == workers


def test_a_number_given_on_the_command_line_is_used() -> None:
    assert extract_workers(Settings({"PRESSWASH_EXTRACT_WORKERS": "3"})) == 3


@pytest.mark.parametrize("value", ["-1", "two"])
def test_a_value_that_is_not_a_count_is_refused_by_name(value: str) -> None:
    with pytest.raises(ValueError, match="PRESSWASH_EXTRACT_WORKERS"):
        extract_workers(Settings({"PRESSWASH_EXTRACT_WORKERS": value}))
