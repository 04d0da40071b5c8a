"""Undo the HTTP framing an archive kept: chunked transfer coding and content encodings.

A WARC response record holds the message as it came off the wire, so its payload may still
be chunked, gzipped or brotli-compressed, as its own headers say. Archives that stored the
decoded entity rename those headers (Common Crawl's `X-Crawler-Content-Encoding`), so only
the live `Transfer-Encoding` and `Content-Encoding` headers are undone here. Decoding is
capped: a small compressed payload must not become gigabytes of memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

MAX_DECODED_BYTES = 10 * 1024 * 1024  # the crawler's DOWNLOAD_MAXSIZE: no article is larger
GZIP_MAGIC = b"\x1f\x8b"


class PayloadError(ValueError):
    """A payload does not decode as its headers say; the message says how."""


def decode_payload(body: bytes, transfer_encoding: str, content_encoding: str) -> bytes:
    """The entity body: `body` with its transfer coding and content codings undone."""
    if "chunked" in transfer_encoding.lower():
        body = dechunk(body)
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    for coding in reversed(codings):  # the last coding listed was applied last
        body = decode_content(body, coding)
    return body


def dechunk(body: bytes) -> bytes:
    """The data of a chunked body; a body whose framing is broken raises `PayloadError`.

    Some archivers keep the `Transfer-Encoding: chunked` header but store the body already
    de-chunked; a body that does not start with a hexadecimal size line is taken as that.
    """
    parts: list[bytes] = []
    position = 0
    while True:
        line_end = body.find(b"\r\n", position)
        size_text = body[position:line_end].split(b";", 1)[0].strip() if line_end >= 0 else b""
        try:
            size = int(size_text, 16)
        except ValueError:
            if position == 0:
                return body  # not chunked after all
            raise PayloadError(f"bad chunk size line at byte {position}") from None
        if size == 0:
            return b"".join(parts)
        start = line_end + 2
        if start + size > len(body):
            raise PayloadError(f"chunk of {size} bytes cut off at byte {len(body)}")
        parts.append(body[start : start + size])
        position = start + size + 2


def _inflate(body: bytes, wbits: int) -> bytes:
    decoder = zlib.decompressobj(wbits)
    data = decoder.decompress(body, MAX_DECODED_BYTES + 1)
    if len(data) > MAX_DECODED_BYTES:
        raise PayloadError(f"decodes to more than {MAX_DECODED_BYTES} bytes")
    if not decoder.eof:
        raise PayloadError("compressed data cut off")
    return data


def _gunzip(body: bytes) -> bytes:
    if not body.startswith(GZIP_MAGIC):
        return body  # the archiver stored it decoded but kept the header
    return _inflate(body, 16 + zlib.MAX_WBITS)


def _deflate(body: bytes) -> bytes:
    try:
        return _inflate(body, zlib.MAX_WBITS)
    except zlib.error:  # many servers send raw deflate under "deflate"
        return _inflate(body, -zlib.MAX_WBITS)


def _unbrotli(body: bytes) -> bytes:
    try:
        import brotli  # type: ignore[import-untyped]  # Scrapy's optional br support
    except ImportError:
        raise PayloadError("brotli payload, and the brotli package is not installed") from None
    decoder = brotli.Decompressor()
    try:
        data: bytes = decoder.process(body, output_buffer_limit=MAX_DECODED_BYTES + 1)
    except brotli.error as exc:
        raise PayloadError(f"broken br data ({exc})") from exc
    if len(data) > MAX_DECODED_BYTES:
        raise PayloadError(f"decodes to more than {MAX_DECODED_BYTES} bytes")
    return data


DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": _gunzip,
    "x-gzip": _gunzip,
    "deflate": _deflate,
    "br": _unbrotli,
    "identity": lambda body: body,
}


def decode_content(body: bytes, coding: str) -> bytes:
    decoder = DECODERS.get(coding)
    if decoder is None:
        raise PayloadError(f"unsupported content encoding {coding!r}")
    try:
        return decoder(body)
    except (zlib.error, EOFError) as exc:
        raise PayloadError(f"broken {coding} data ({exc})") from exc
