"""Downloader middlewares: politeness Scrapy does not provide by itself."""

from __future__ import annotations

from .pacing import HostPacingMiddleware
from .retry import BackoffRetryMiddleware

__all__ = ["BackoffRetryMiddleware", "HostPacingMiddleware"]
