"""`-s PRESSWASH_WARC_DIR=DIR`: record every fetch of any crawl as WARC/1.1 files.

The middleware sits next to the downloader (priority 990, above every built-in one), so
it sees a response before `HttpCompressionMiddleware` decompresses it and before redirects
and retries act on it: each fetch is recorded as it came, content encoding included, and
a redirect chain is one record per hop.

What cannot be had from Scrapy, and what is recorded instead:
- Twisted has already undone chunked transfer coding when a response reaches any
  middleware. The body is stored de-chunked and the header is renamed
  `X-Crawler-Transfer-Encoding`, Common Crawl's convention for exactly this, so readers
  do not try to de-chunk it again.
- Header names come title-cased (Scrapy normalises them) and the reason phrase is the
  standard one for the status. The request record holds the headers the middlewares set,
  plus `Host`; the few the HTTP client adds on the wire (`Connection`) are not known.
- Responses from Scrapy's HTTP cache are not fetches and are not recorded
  (`presswash/warc/skipped/cached`).
- A fetch that fails in the downloader (a timeout, a reset, a body over
  `DOWNLOAD_MAXSIZE`) gives no response, so nothing is recorded for it.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Iterable
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from .writer import DEFAULT_MAX_FILE_BYTES, Exchange, WarcWriter

logger = logging.getLogger(__name__)

RENAMED_HEADERS = {b"Transfer-Encoding": b"X-Crawler-Transfer-Encoding"}


class WarcRecorderMiddleware:
    def __init__(self, crawler: Crawler, writer: WarcWriter) -> None:
        self.crawler = crawler
        self.writer = writer

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcRecorderMiddleware:
        settings = crawler.settings
        directory = settings.get("PRESSWASH_WARC_DIR")
        if not directory:
            raise NotConfigured  # no message: Scrapy would warn on every crawl that records nothing
        info = {
            "software": f"presswash/0.1.0 Scrapy/{scrapy.__version__}",
            "python": platform.python_version(),
            "isPartOf": crawler.spidercls.name if crawler.spidercls else "presswash",
            "http-header-user-agent": settings.get("USER_AGENT", ""),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        }
        writer = WarcWriter(
            Path(directory),
            info,
            prefix=settings.get("PRESSWASH_WARC_PREFIX", "presswash"),
            max_file_bytes=settings.getint("PRESSWASH_WARC_MAX_SIZE", DEFAULT_MAX_FILE_BYTES),
        )
        middleware = cls(crawler, writer)
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def process_response(self, request: Request, response: Response) -> Response:
        assert self.crawler.stats is not None
        if "cached" in response.flags:
            self.crawler.stats.inc_value("presswash/warc/skipped/cached")
            return response
        written = self.writer.write(exchange(request, response))
        self.crawler.stats.inc_value("presswash/warc/exchanges")
        self.crawler.stats.inc_value("presswash/warc/bytes", written)
        return response

    def close(self) -> None:
        self.writer.close()
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("presswash/warc/files", len(self.writer.written))
        for path in self.writer.written:
            logger.info("wrote %s", path)


def exchange(request: Request, response: Response) -> Exchange:
    return Exchange(
        url=response.url,
        request=request_block(request),
        response_head=response_head(response),
        response_body=response.body,
        fetched=datetime.now(UTC),
        ip_address=str(response.ip_address) if response.ip_address else None,
    )


def request_block(request: Request) -> bytes:
    parts = urlsplit(request.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    lines = [f"{request.method} {target} HTTP/1.1".encode(), b"Host: " + parts.netloc.encode()]
    lines += header_lines(request.headers.items())
    return b"\r\n".join(lines) + b"\r\n\r\n" + (request.body or b"")


def response_head(response: Response) -> bytes:
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""
    protocol = response.protocol or "HTTP/1.1"
    lines = [f"{protocol} {response.status} {reason}".rstrip().encode()]
    headers = response.headers.items()
    lines += header_lines((RENAMED_HEADERS.get(name, name), values) for name, values in headers)
    return b"\r\n".join(lines) + b"\r\n\r\n"


def header_lines(headers: Iterable[tuple[bytes, list[bytes]]]) -> list[bytes]:
    return [name + b": " + value for name, values in headers for value in values]
