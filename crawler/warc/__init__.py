"""Web archives in the crawler: record crawls as WARC, replay WARC through the pipelines."""

from __future__ import annotations

from .recorder import WarcRecorderMiddleware

__all__ = ["WarcRecorderMiddleware"]
