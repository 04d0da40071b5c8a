"""A held response's ledger entry settles only once the requests it yielded are queued.

Scrapy reads a callback's output ahead of the tasks that schedule it, so the output can
end before its requests reach the scheduler; a worker killed then lost them (seen in
`test_shared_frontier.py`'s killed-worker test under load). No Redis, no reactor: the
engine and the ledger are recorded.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.frontier.ledger import LEDGER_META, LedgerSpiderMiddleware

KEY = "held-listing"


class Recorder:
    """The engine and the ledger in one: what was scheduled by the time the output ended."""

    def __init__(self) -> None:
        self.crawled: list[str] = []
        self.items_started = 0
        self.scheduled_at_end: list[str] | None = None

    def crawl(self, request: Request) -> None:
        self.crawled.append(request.url)

    def item_started(self, key: str) -> None:
        self.items_started += 1

    def finish_output(self, key: str, error: BaseException | None = None) -> None:
        self.scheduled_at_end = list(self.crawled)


class FakeCrawler:
    def __init__(self, engine: Recorder) -> None:
        self.engine = engine


def held_response() -> HtmlResponse:
    request = Request("http://127.0.0.1/sitemap.xml", meta={LEDGER_META: KEY})
    return HtmlResponse(request.url, body=b"<html></html>", request=request)


OUTPUT: list[Any] = [Request(f"http://127.0.0.1/story-{n}/") for n in range(12)] + [{"a": 1}]


def middleware() -> tuple[LedgerSpiderMiddleware, Recorder]:
    recorder = Recorder()
    return LedgerSpiderMiddleware(recorder, FakeCrawler(recorder)), recorder  # type: ignore[arg-type]


def test_every_yielded_request_is_scheduled_before_the_output_ends() -> None:
    ledger_mw, recorder = middleware()

    def output() -> Iterator[Any]:
        yield from OUTPUT

    passed = list(ledger_mw.process_spider_output(held_response(), output()))
    assert recorder.scheduled_at_end == [r.url for r in OUTPUT if isinstance(r, Request)]
    assert passed == [OUTPUT[-1]]  # the item still goes on to the pipelines
    assert recorder.items_started == 1


def test_the_async_output_schedules_its_requests_before_it_ends() -> None:
    ledger_mw, recorder = middleware()

    async def output() -> AsyncIterator[Any]:
        for each in OUTPUT:
            yield each

    async def drain() -> list[Any]:
        return [
            each async for each in ledger_mw.process_spider_output_async(held_response(), output())
        ]

    passed = asyncio.run(drain())
    assert recorder.scheduled_at_end == [r.url for r in OUTPUT if isinstance(r, Request)]
    assert passed == [OUTPUT[-1]]
