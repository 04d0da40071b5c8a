"""A bug inside extraction costs one page, counted, and never the crawl."""

from __future__ import annotations

from datetime import date

import pytest

from cleaners import NotHtml
from crawler import extraction
from crawler.extraction import ExtractorCrashed, extract_page


def test_undocumented_exception_becomes_a_counted_extraction_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(extraction, "extract_article", broken)
    with pytest.raises(ExtractorCrashed) as raised:
        extract_page(b"<p>x</p>", "https://e.com/a", None, date(2026, 1, 1))
    assert raised.value.reason == "extractor-crashed"
    assert "KeyError" in str(raised.value)
    assert any(record.exc_info for record in caplog.records)  # the traceback is logged


def test_documented_extraction_errors_pass_through_unchanged() -> None:
    with pytest.raises(NotHtml):
        extract_page(b"%PDF-1.7 binary", "https://e.com/a.pdf", None, date(2026, 1, 1))
