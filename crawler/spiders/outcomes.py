"""Outcome accounting: every article request ends in exactly one stats key.

`presswash/articles/requested` = `item_scraped_count` + `presswash/dropped/*` +
`presswash/skipped/*` + `presswash/failed/*` + `presswash/filtered/*`. A final outcome
also marks the URL done in the crawl state, so the next run skips it.
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from ..discovery.candidates import url_key

CANDIDATE_META = "presswash_candidate"


class OutcomeAccounting:
    """Mixin of `ArticleSpider`: counts outcomes and records them in the crawl state."""

    def skip(self, candidate_url: str, reason: str, message: str) -> None:
        self.logger.info("skipped %s (%s): %s", candidate_url, reason, message)
        self.count(f"presswash/skipped/{reason}")
        self.crawl_state.mark_done(url_key(candidate_url))

    def article_failed(self, failure: Failure) -> None:
        reason = failure_reason(failure)
        self.count(f"presswash/failed/{reason}")
        self.logger.warning("failed %s (%s): %s", failure.request.url, reason, failure.value)

    def article_emitted(self, item: Any, response: Response) -> None:
        self.emitted += 1
        self.mark_done(response)

    def article_dropped(self, item: Any, response: Response, exception: Exception) -> None:
        self.mark_done(response)

    def mark_done(self, response: Response) -> None:
        candidate = response.meta.get(CANDIDATE_META)
        if candidate:
            self.crawl_state.mark_done(url_key(candidate))

    def count(self, key: str, value: int = 1) -> None:
        assert self.crawler.stats is not None
        if value:
            self.crawler.stats.inc_value(key, value)

    def stat_set(self, key: str, value: int) -> None:
        assert self.crawler.stats is not None
        if value:
            self.crawler.stats.set_value(key, value)


def failure_reason(failure: Failure) -> str:
    """A stats-key slug for why a request failed."""
    if failure.check(HttpError):
        return f"http-{failure.value.response.status}"
    if failure.check(IgnoreRequest):
        message = str(failure.value).lower()
        if "robots.txt" in message:
            return "robots-txt"
        return "offsite" if "offsite" in message else "ignored"
    name = type(failure.value).__name__
    slug = "".join(f"-{ch.lower()}" if ch.isupper() else ch for ch in name).strip("-")
    return slug.removesuffix("-error") or "error"
