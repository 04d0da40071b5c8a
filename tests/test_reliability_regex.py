"""No regular expression in `cleaners` or `crawler` backtracks catastrophically.

Every pattern the packages compile is run on long runs of generic fillers and of its own
literal fragments, each ended by a character that makes the match fail: the input shape
that makes a backtracking engine quadratic or exponential.
"""

from __future__ import annotations

import re
import time

import pytest

from cleaners.document import parse_html
from cleaners.metadata import AUTHOR_SPLIT, SITE_NAME_SUFFIX
from tests.reliability.regexes import attack_strings, project_patterns, run_attack

SECONDS_PER_ATTACK = 0.5  # linear patterns take ~1 ms on these 10,000-character inputs
PATTERNS = project_patterns()


def test_patterns_are_collected_from_both_packages() -> None:
    modules = {name.split(".")[0] for name in PATTERNS}
    assert modules == {"cleaners", "crawler"}


@pytest.mark.parametrize("name", list(PATTERNS))
def test_pattern_runs_in_linear_time_on_adversarial_input(name: str) -> None:
    pattern = PATTERNS[name]
    for text in attack_strings(pattern):
        elapsed = _timed(pattern, text)
        assert elapsed < SECONDS_PER_ATTACK, f"{pattern.pattern!r}: {elapsed:.2f}s on {text[:9]!r}"


def test_attack_detects_a_quadratic_pattern() -> None:
    # the shape AUTHOR_SPLIT had: a run of spaces rescanned from each of its positions
    quadratic = re.compile(r"\s*(?:,|\band\b)\s*")
    spaces = " " * 3_000 + "!"
    assert _timed(quadratic, spaces) > 20 * _timed(AUTHOR_SPLIT, spaces)


def _timed(pattern: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    run_attack(pattern, text)
    return time.perf_counter() - started


@pytest.mark.parametrize(
    ("names", "expected"),
    [("Jane Doe and John Roe", ["Jane Doe", "John Roe"]), ("Ann , Bo | Cy", ["Ann", "Bo", "Cy"])],
)
def test_author_split_still_splits_bylines(names: str, expected: list[str]) -> None:
    assert AUTHOR_SPLIT.split(names) == expected


def test_site_name_suffix_still_strips_the_site_name() -> None:
    assert SITE_NAME_SUFFIX.sub("", "Chips get faster - The Register") == "Chips get faster"
    assert SITE_NAME_SUFFIX.sub("", "Chips get faster-than-ever") == "Chips get faster-than-ever"


def test_unterminated_xml_declaration_is_read_in_linear_time() -> None:
    started = time.perf_counter()
    parse_html("<?xml " + "a" * 2_000_000 + "<html><body><p>text</p></body></html>")
    assert time.perf_counter() - started < SECONDS_PER_ATTACK * 4
