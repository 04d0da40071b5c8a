"""`presswash extract`: files, `-` for stdin, gzip, output formats, --explain and failing inputs."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from presswash.cli import main
from tests.cases import Case, all_cases

SEED: Case = all_cases("itpro")[0]
ARTICLE = (
    "<html><head><title>Chips get cheaper | Example</title></head><body><article>"
    "<h1>Chips get cheaper</h1>"
    + "".join(
        f"<p>Paragraph {n}: memory prices fell again this quarter, analysts said, "
        "as factories added capacity faster than demand grew.</p>"
        for n in range(1, 6)
    )
    + "<p>Follow us on Twitter for more.</p></article></body></html>"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "chips.html"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["extract", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_file_gives_one_json_line(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run([str(page), "--url", "https://example.com/chips"], capsys)
    (line,) = out.splitlines()
    item = json.loads(line)
    assert (status, err) == (0, "")
    assert item["headline"] == "Chips get cheaper"
    assert item["url"] == "https://example.com/chips"
    assert "Follow us" not in item["articleBody"]


def test_gzipped_input_is_read_transparently(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(SEED.html_path), "--url", SEED.url], capsys)
    assert status == 0
    assert json.loads(out)["site"] == "itpro"


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    status, out, _ = run(["-", "--format", "text"], capsys)
    assert status == 0
    assert out.startswith("Paragraph 1: memory prices fell")


def test_gzipped_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(ARTICLE.encode()))))
    status, out, _ = run(["-", "--format", "text"], capsys)
    assert (status, out.count("Paragraph")) == (0, 5)


def test_text_format_is_the_body_one_block_a_line(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run([str(page), "--format", "text"], capsys)
    assert out.splitlines() == [line for line in out.splitlines() if line.startswith("Paragraph")]
    assert len(out.splitlines()) == 5


def test_html_format_is_the_sanitised_body(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run([str(page), "--format", "html"], capsys)
    assert out.count("<p>") == 5
    assert "<script" not in out and "Follow us" not in out


def test_explain_lists_removals_on_stderr_and_keeps_stdout_clean(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([str(page), "--explain"], capsys)
    assert status == 0
    kinds = [removal["kind"] for removal in json.loads(out)["removed"]]
    assert "follow-promo" in kinds
    assert "follow-promo" in err and str(page) in err
    assert all(line.startswith("#") for line in err.splitlines())


def test_failing_input_names_itself_once_and_the_batch_goes_on(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    missing = tmp_path / "missing.html"
    status, out, err = run([str(binary), str(page), str(missing), str(page)], capsys)
    assert status == 2
    assert len(out.splitlines()) == 2
    lines = err.splitlines()
    assert len(lines) == 2
    assert str(binary) in lines[0] and str(missing) in lines[1]


def test_console_script_reads_stdin_and_reports_failures_in_exit_status(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "presswash", "extract", "-", str(empty), "--format", "text"],
        input=ARTICLE.encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.decode().count("Paragraph") == 5
    assert done.stderr.decode().count("\n") == 1 and "empty.html" in done.stderr.decode()
