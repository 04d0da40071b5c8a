"""Writing WARC: files warcio reads back with valid digests, rotation, bytes kept as sent."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from crawler.warc.recorder import WarcRecorderMiddleware, exchange
from crawler.warc.writer import OPEN_SUFFIX, Exchange, WarcWriter

PAGE = b"<html><body><p>" + b"News text. " * 200 + b"</p></body></html>"


def sample(n: int) -> Exchange:
    return Exchange(
        url=f"https://news.example.com/story-{n}/",
        request=b"GET /story-%d/ HTTP/1.1\r\nHost: news.example.com\r\n\r\n" % n,
        response_head=b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
        response_body=PAGE,
        fetched=datetime(2024, 5, 1, 10, 0, n, tzinfo=UTC),
        ip_address="127.0.0.1",
    )


def read_back(path: Path) -> list[tuple[str, str | None, bytes]]:
    """(type, target URI, payload) of every record, digests checked by warcio."""
    records = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, check_digests="raise"):
            uri = record.rec_headers.get_header("WARC-Target-URI")
            records.append((record.rec_type, uri, record.content_stream().read()))
    return records


def test_warcio_reads_back_every_exchange_with_valid_digests(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path, {"software": "test"})
    for n in range(3):
        writer.write(sample(n))
    writer.close()
    [path] = writer.written
    records = read_back(path)
    assert [kind for kind, _, _ in records] == ["warcinfo"] + ["request", "response"] * 3
    assert [body for kind, _, body in records if kind == "response"] == [PAGE] * 3


def test_files_rotate_by_size_and_each_begins_with_warcinfo(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path, {"software": "test"}, max_file_bytes=500)
    for n in range(4):
        writer.write(sample(n))
    writer.close()
    kinds = [[kind for kind, _, _ in read_back(path)] for path in writer.written]
    assert len(writer.written) == 4
    assert all(file_kinds == ["warcinfo", "request", "response"] for file_kinds in kinds)


def test_a_file_is_named_open_until_it_is_complete(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path, {"software": "test"})
    writer.write(sample(0))
    assert [p.name.endswith(OPEN_SUFFIX) for p in tmp_path.iterdir()] == [True]
    writer.close()
    assert [p.name.endswith(".warc.gz") for p in tmp_path.iterdir()] == [True]


def test_recorder_keeps_the_content_encoding_and_renames_transfer_encoding() -> None:
    body = gzip.compress(PAGE)
    headers = {"Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
    request = Request("https://news.example.com/a?b=1", headers={"User-Agent": "test"})
    response = HtmlResponse(request.url, body=body, headers=headers, request=request)
    recorded = exchange(request, response)
    assert recorded.response_body == body
    assert b"\r\nX-Crawler-Transfer-Encoding: chunked\r\n" in recorded.response_head
    assert b"\r\nTransfer-Encoding" not in recorded.response_head
    assert recorded.request.startswith(b"GET /a?b=1 HTTP/1.1\r\nHost: news.example.com\r\n")


def test_recorder_is_off_without_a_directory() -> None:
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        WarcRecorderMiddleware.from_crawler(get_crawler(settings_dict={}))
