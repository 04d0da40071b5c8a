"""The `presswash` command's arguments: a version, and one-line errors for bad values."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawler.arguments import SpiderArgumentError, parse_limit, parse_since
from presswash.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_version_flag_prints_the_package_version() -> None:
    from importlib.metadata import version

    done = subprocess.run(
        [sys.executable, "-m", "presswash", "--version"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout.strip()) == (0, f"presswash {version('presswash')}")


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--limit", "0"],
        ["demo", "--limit", "-3"],
        ["demo", "--limit", "many"],
        ["demo", "--log-level", "NOPE"],
        ["check-site", "theverge", "--pages", "0"],
    ],
)
def test_bad_option_value_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.splitlines()[-1].startswith(f"presswash {argv[0]}: error: argument")


def test_demo_log_level_is_case_insensitive() -> None:
    from presswash.cli import build_parser

    assert build_parser().parse_args(["demo", "--log-level", "info"]).log_level == "INFO"


def test_check_site_unknown_spider_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check-site", "no-such-site"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith("presswash: no spider named 'no-such-site'; one of: ")
    assert "theverge" in err


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), ("7", 7), (3, 3)])
def test_limit_is_a_positive_count_or_absent(value: str | int | None, expected: int | None) -> None:
    assert parse_limit(value) == expected


@pytest.mark.parametrize("value", ["0", "-1", "abc", "2.5", "٣", 0, -4])
def test_limit_zero_negative_or_not_a_number_is_an_error(value: str | int) -> None:
    with pytest.raises(SpiderArgumentError, match="positive whole number"):
        parse_limit(value)


def test_since_that_is_not_a_date_is_an_error() -> None:
    with pytest.raises(SpiderArgumentError, match="YYYY-MM-DD"):
        parse_since("last week")
