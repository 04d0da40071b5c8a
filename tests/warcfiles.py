"""WARC files for the tests, written with warcio (the reference implementation).

Real fixture pages go in as response records; the hostile records are made by editing a
good record's bytes the way damaged archives are damaged (a lying `Content-Length`, a cut
gzip member), so the reader meets exactly what the field produces.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterable

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HTML = "text/html; charset=utf-8"
DATE = "2024-05-01T10:00:00Z"
NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


def record(
    url: str,
    body: bytes = b"",
    *,
    kind: str = "response",
    status: str = "200 OK",
    headers: Iterable[tuple[str, str]] = (("Content-Type", HTML),),
    date: str = DATE,
    warc_headers: dict[str, str] | None = None,
    http: bool = True,
) -> bytes:
    """One record as its own gzip member."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    # warcio buffers payloads in temporary files it never closes (a ResourceWarning)
    writer._create_temp_file = io.BytesIO  # type: ignore[method-assign]
    http_headers = (
        StatusAndHeaders(status, [*headers, ("Content-Length", str(len(body)))], "HTTP/1.1")
        if http
        else None
    )
    warc = {"WARC-Date": date, **(warc_headers or {})}
    content_type = None if http else dict(headers).get("Content-Type", "text/plain")
    created = writer.create_warc_record(
        url,
        kind,
        payload=io.BytesIO(body),
        http_headers=http_headers,
        warc_headers_dict=warc,
        warc_content_type=content_type,
    )
    writer.write_record(created)
    return out.getvalue()


def redirect(url: str, location: str, status: str = "301 Moved Permanently") -> bytes:
    return record(url, status=status, headers=(("Location", location), ("Content-Type", HTML)))


def not_modified_revisit(url: str) -> bytes:
    return record(
        url,
        kind="revisit",
        status="304 Not Modified",
        headers=(),
        warc_headers={"WARC-Profile": NOT_MODIFIED_PROFILE, "WARC-Refers-To-Target-URI": url},
    )


def with_content_length(member: bytes, declared: int) -> bytes:
    """The record with its WARC `Content-Length` replaced: a record whose length lies."""
    raw = re.sub(
        rb"Content-Length: \d+", b"Content-Length: %d" % declared, gzip.decompress(member), count=1
    )
    return gzip.compress(raw)


def chunked(body: bytes, size: int = 1000) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"
