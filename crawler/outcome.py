"""What a finished crawl amounts to, read from its stats: the summary line and the exit status.

The summary is for the person at the terminal: it names what failed and, when nothing came
out because an earlier run already emitted everything, says so and how to start afresh.
The exit status is for scripts: a crawl that emitted nothing while requests failed did not
work, and `scrapy crawl` / `presswash crawl` exit with `EXIT_CRAWL_FAILED` then.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

EXIT_CRAWL_FAILED = 1  # Scrapy's own status for "the crawl did not work" (2 is a usage error)
OUTCOME_PREFIXES = ("presswash/dropped/", "presswash/skipped/", "presswash/failed/")
LISTING_FAILED = "presswash/listings/failed/"
ARTICLE_FAILED = "presswash/failed/"
DONE_BEFORE = "presswash/discovery/skipped/done-in-earlier-run"
START_AFRESH = (
    "run with -s PRESSWASH_STATE_DIR= to keep no state, or delete the spider's file under"
    " .scrapy/presswash-state/ to forget it"
)


def _with_prefix(stats: Mapping[str, Any], prefix: str, strip: str) -> dict[str, int]:
    return {
        key.removeprefix(strip): int(value)
        for key, value in sorted(stats.items())
        if key.startswith(prefix)
    }


@dataclass(frozen=True, slots=True)
class CrawlOutcome:
    requested: int  # article requests
    emitted: int
    outcomes: dict[str, int]  # "dropped/too-short" -> 2, ...; failures included
    listing_failures: dict[str, int]  # "timeout" -> 1, ...
    done_before: int  # articles found in listings that an earlier run already finished
    reason: str  # Scrapy's close reason

    @classmethod
    def from_stats(cls, stats: Mapping[str, Any], reason: str | None = None) -> CrawlOutcome:
        return cls(
            requested=int(stats.get("presswash/articles/requested", 0)),
            emitted=int(stats.get("item_scraped_count", 0)),
            outcomes=_with_prefix(stats, OUTCOME_PREFIXES, "presswash/"),
            listing_failures=_with_prefix(stats, LISTING_FAILED, LISTING_FAILED),
            done_before=int(stats.get(DONE_BEFORE, 0)),
            reason=reason or str(stats.get("finish_reason", "unknown")),
        )

    @property
    def failed(self) -> bool:
        """Nothing came out and requests failed: an unreachable site, not an empty one."""
        article_failures = any(key.startswith("failed/") for key in self.outcomes)
        return self.emitted == 0 and bool(self.listing_failures or article_failures)

    @property
    def exit_status(self) -> int:
        return EXIT_CRAWL_FAILED if self.failed else 0

    def summary(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.outcomes.items())
        parts = [f"{self.requested} article requests, {self.emitted} emitted"]
        if counts or not self.listing_failures:
            parts.append(counts or "nothing dropped or failed")
        if self.listing_failures:
            failures = ", ".join(f"{k}={v}" for k, v in self.listing_failures.items())
            parts.append(f"listings failed: {failures}")
        if self.done_before:
            parts.append(
                f"{self.done_before} articles in the listings were already emitted or dropped"
                f" by an earlier run ({START_AFRESH})"
            )
        head = "presswash: crawl failed, nothing emitted: " if self.failed else "presswash: "
        return f"{head}{'; '.join(parts)} (closed: {self.reason})"
