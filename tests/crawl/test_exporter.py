"""The JSON-lines exporter: one line per article, and a closed pipe is not a traceback."""

from __future__ import annotations

import io
import json

import pytest

from cleaners import Article
from crawler.exporters import ArticleJsonLinesExporter


class ClosedPipe(io.BytesIO):
    def write(self, data: bytes) -> int:  # type: ignore[override]
        raise BrokenPipeError(32, "Broken pipe")


def test_article_is_one_json_line() -> None:
    out = io.BytesIO()
    ArticleJsonLinesExporter(out).export_item(Article(url="https://e.com/a", headline="Ça"))
    line = out.getvalue().decode("utf-8")
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line)["headline"] == "Ça"


def test_closed_pipe_is_logged_once_and_later_items_are_skipped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    exporter = ArticleJsonLinesExporter(ClosedPipe())
    for _ in range(3):
        exporter.export_item(Article(url="https://e.com/a", headline="A"))
    closed = [r for r in caplog.records if "closed the pipe" in r.getMessage()]
    assert len(closed) == 1
