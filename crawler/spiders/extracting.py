"""Articles: extract a fetched page, follow its next pages, merge them into one item.

Extraction runs where `crawler.extraction.Extractor` says (in-process or in worker
processes); merging lives in `crawler.multipage`. A page that fails is skipped or, if
earlier pages of the article came through, shipped incomplete and noted.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from cleaners import Article, ExtractionError
from cleaners.sites import default_registry

from ..extraction import ExtractorCrashed
from ..multipage import MAX_PAGES, merge_pages, next_page_url
from ..newssite import FETCHED_HEADER
from .outcomes import CANDIDATE_META, failure_reason

PART_PRIORITY = 10  # an article's next page before the next article
PARTS_META = "presswash_parts"
MAX_HEAD_BYTES = 300_000  # a canonical link sits in the head, well before this


class ArticleReader:
    """Mixin of `ArticleSpider`: from an article response to an `Article` item."""

    async def parse_article(self, response: Response) -> AsyncIterator[Article | Request]:
        candidate_url = response.meta[CANDIDATE_META]
        earlier: list[Article] = response.meta.get(PARTS_META, [])
        try:
            article = await self.extract(response)
        except ExtractionError as exc:
            if earlier:  # a later page is broken: ship the pages we have, noted
                for item in self.finish_incomplete(
                    earlier, response.url, exc.reason, candidate_url
                ):
                    yield item
            elif isinstance(exc, ExtractorCrashed):  # not marked done: a fixed release retries it
                self.count(f"presswash/failed/{exc.reason}")
            else:
                self.skip(candidate_url, exc.reason, str(exc))
            return
        parts = [*earlier, article]
        next_url = None
        if len(parts) < MAX_PAGES:
            visited = tuple(part.url for part in parts if part.url)
            next_url = next_page_url(
                response.body, response.url, self.next_page_css, visited[0], visited
            )
        if next_url:
            self.count("presswash/articles/next-page")
            yield response.follow(
                next_url,
                callback=self.parse_article,
                errback=self.part_failed,
                priority=PART_PRIORITY,
                dont_filter=True,  # a filtered page would lose the whole article silently
                meta={CANDIDATE_META: candidate_url, PARTS_META: parts},
            )
            return
        for item in self.finish(merge_pages(parts), candidate_url):
            yield item

    def finish(self, article: Article, candidate_url: str) -> Iterator[Article]:
        if self.since and (day := published_day(article)) and day < self.since:
            self.skip(candidate_url, "older-than-since", f"published {article.datePublished}")
            return
        yield article

    def finish_incomplete(
        self, parts: list[Article], failed_url: str, reason: str, candidate_url: str
    ) -> Iterator[Article]:
        self.count(f"presswash/articles/incomplete/{reason}")
        self.logger.warning("article %s: page %s failed (%s)", candidate_url, failed_url, reason)
        parts[-1].notes.append(f"incomplete: {failed_url}: {reason}")
        yield from self.finish(merge_pages(parts), candidate_url)

    async def extract(self, response: Response) -> Article:
        """The response's article; raises `ExtractionError` (the caller decides).

        A replayed page (from a replay host) is extracted under its canonical URL and, when
        the replay server says when it was captured, with the rule version of that day.
        """
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        url = response.url
        today = datetime.now(UTC).date()
        if urlsplit(url).hostname in self.replay_hosts:
            url = canonical_link(response.body, url) or url
            today = replayed_fetch_date(response) or today
        if self.memories is None:
            article = await self.extractor.extract(response.body, url, content_type, today)
        else:
            article = await self.extract_remembering(response.body, url, content_type, today)
        self.note_removals(article, url, today)
        return article

    async def extract_remembering(
        self, body: bytes, url: str, content_type: str | None, fetched: date
    ) -> Article:
        """Extract with the host's site memory, which learns the page (see crawler/sitememory)."""
        assert self.memories is not None
        if not self.extractor.in_workers:
            try:
                memory = self.memories.for_url(url)
                return await self.extractor.extract(body, url, content_type, fetched, memory)
            finally:
                self.memories.learned(url)
        previous, own = self.memories.queue(url)
        try:
            answer = await self.extractor.extract_remembering(
                body, url, content_type, fetched, self.memories.journal_view(url)
            )
            if previous is not None:
                await previous.wait()
            if not self.memories.answers_as(url, answer):
                self.count("presswash/site_memory/extracted_again")
                answer = await self.extractor.extract_remembering(
                    body, url, content_type, fetched, self.memories.journal_view(url)
                )
            if answer.contribution is not None:
                self.memories.learn_contribution(url, answer.contribution)
            self.memories.learned(url)
        finally:
            own.set()
        if answer.error is not None:
            raise answer.error
        assert answer.article is not None
        return answer.article

    def note_removals(self, article: Article, url: str, fetched: date) -> None:
        for removal in article.removed:
            self.count(f"presswash/removed/{removal.kind.value}")
        if article.siteRuleMissed:
            site = article.siteRuleMissed
            self.count(f"presswash/site_rule_missed/{site}")
            rule = default_registry().match(url, fetched)
            self.note_first_miss(site, rule.version if rule else site, url)

    def note_first_miss(self, site: str, version: str, url: str) -> None:
        """Drift, per run: which rule version missed, and since when (the first miss)."""
        assert self.crawler.stats is not None
        key = f"presswash/site_rule_missed_since/{site}"
        if self.crawler.stats.get_value(key) is not None:
            return
        since = datetime.now(UTC).isoformat(timespec="seconds")
        self.crawler.stats.set_value(key, since)
        self.crawler.stats.set_value(f"presswash/site_rule_missed_version/{site}", version)
        self.logger.warning(
            "site rule %s missed on %s: version %s tried, first miss of this run at %s",
            site,
            url,
            version,
            since,
        )

    def part_failed(self, failure: Failure) -> Iterator[Article]:
        meta = failure.request.meta
        yield from self.finish_incomplete(
            meta[PARTS_META], failure.request.url, failure_reason(failure), meta[CANDIDATE_META]
        )


CANONICAL_TAG = re.compile(rb"<link\b[^>]*\brel=[\"']?canonical\b[^>]*>", re.IGNORECASE)
HREF = re.compile(rb"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def replayed_fetch_date(response: Response) -> date | None:
    """The capture date a replay server sends with a saved page (`FETCHED_HEADER`)."""
    raw = response.headers.get(FETCHED_HEADER, b"").decode("latin-1").strip()
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def canonical_link(body: bytes, url: str) -> str | None:
    """The page's `<link rel="canonical">`, read without parsing (replay hosts only)."""
    tag = CANONICAL_TAG.search(body[:MAX_HEAD_BYTES])
    href = HREF.search(tag.group(0)) if tag else None
    if href is None:
        return None
    return urljoin(url, href.group(1).decode("utf-8", "replace").strip())


def published_day(article: Article) -> date | None:
    if not article.datePublished:
        return None
    try:
        return datetime.fromisoformat(article.datePublished).date()
    except ValueError:
        return None
