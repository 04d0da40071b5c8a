"""Write WARC/1.1 files: a `warcinfo` record per file, then request and response records.

Each record is its own gzip member, so a reader can seek to any record and a damaged one
costs only itself. A file is written as `NAME.warc.gz.open` and renamed when it is
complete (the crawl ended or the file reached its size), as Heritrix does, so a reader
never takes a file that is still growing. No Scrapy here: the recorder middleware builds
the `Exchange` records and this module only formats and stores them.
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

WARC_VERSION = b"WARC/1.1"
CONFORMS_TO = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
DEFAULT_MAX_FILE_BYTES = 1_000_000_000  # the customary 1 GB of Heritrix and Common Crawl
OPEN_SUFFIX = ".open"
GZIP_LEVEL = 6  # zlib's default: the ratio of level 9 at a fraction of its time


@dataclass(frozen=True, slots=True)
class Exchange:
    """One fetch: the request as sent and the response as received."""

    url: str
    request: bytes  # request line, headers, blank line, body
    response_head: bytes  # status line, headers, blank line
    response_body: bytes  # the payload as received (content encoding kept)
    fetched: datetime
    ip_address: str | None = None


def digest(data: bytes) -> str:
    """`sha1:BASE32`, the form CDX indexes and deduplicating crawlers compare."""
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(moment: datetime) -> str:
    """WARC/1.1 allows fractions of a second; they keep the order of fast fetches."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """One record, gzipped as its own member."""
    lines = [WARC_VERSION]
    lines += [f"{name}: {value}".encode() for name, value in headers]
    lines.append(f"Content-Length: {len(block)}".encode())
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(raw) + compressor.flush()


class WarcWriter:
    """Appends exchanges to `DIR/PREFIX-TIMESTAMP-SERIAL-PID.warc.gz`, rotating by size."""

    def __init__(
        self,
        directory: Path,
        info: dict[str, str],
        prefix: str = "presswash",
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    ) -> None:
        self.directory = directory
        self.info = info
        self.prefix = prefix
        self.max_file_bytes = max_file_bytes
        self.serial = 0
        self.stream: BinaryIO | None = None
        self.path: Path | None = None
        self.warcinfo_id = ""
        self.written: list[Path] = []  # completed files

    def write(self, exchange: Exchange) -> int:
        """Write the exchange's request and response records; return the bytes written."""
        stream = self.current_stream()
        response_id = record_id()
        date = warc_date(exchange.fetched)
        response_block = exchange.response_head + exchange.response_body
        response_headers = [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", response_id),
            ("WARC-Date", date),
            ("WARC-Target-URI", exchange.url),
            ("WARC-Warcinfo-ID", self.warcinfo_id),
            *([("WARC-IP-Address", exchange.ip_address)] if exchange.ip_address else []),
            ("WARC-Block-Digest", digest(response_block)),
            ("WARC-Payload-Digest", digest(exchange.response_body)),
            ("Content-Type", "application/http;msgtype=response"),
        ]
        request_headers = [
            ("WARC-Type", "request"),
            ("WARC-Record-ID", record_id()),
            ("WARC-Date", date),
            ("WARC-Target-URI", exchange.url),
            ("WARC-Warcinfo-ID", self.warcinfo_id),
            ("WARC-Concurrent-To", response_id),
            ("WARC-Block-Digest", digest(exchange.request)),
            ("Content-Type", "application/http;msgtype=request"),
        ]
        data = warc_record(request_headers, exchange.request) + warc_record(
            response_headers, response_block
        )
        stream.write(data)
        return len(data)

    def current_stream(self) -> BinaryIO:
        if self.stream is not None and self.stream.tell() >= self.max_file_bytes:
            self.close()
        if self.stream is None:
            self.stream = self.open_next()
        return self.stream

    def open_next(self) -> BinaryIO:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")[:17]
        name = f"{self.prefix}-{stamp}-{self.serial:05d}-{os.getpid()}.warc.gz"
        self.path = self.directory / name
        stream = open(self.directory / (name + OPEN_SUFFIX), "wb")  # noqa: SIM115 - kept open
        self.warcinfo_id = record_id()
        fields = {**self.info, "format": "WARC File Format 1.1", "conformsTo": CONFORMS_TO}
        block = "".join(f"{key}: {value}\r\n" for key, value in fields.items()).encode()
        headers = [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", self.warcinfo_id),
            ("WARC-Date", warc_date(datetime.now(UTC))),
            ("WARC-Filename", name),
            ("WARC-Block-Digest", digest(block)),
            ("Content-Type", "application/warc-fields"),
        ]
        stream.write(warc_record(headers, block))
        return stream

    def close(self) -> None:
        """Finish the current file: it loses its `.open` suffix."""
        if self.stream is None or self.path is None:
            return
        self.stream.close()
        os.replace(self.path.with_name(self.path.name + OPEN_SUFFIX), self.path)
        self.written.append(self.path)
        self.stream = None
