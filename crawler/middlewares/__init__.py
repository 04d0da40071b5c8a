"""Downloader middlewares: politeness Scrapy does not provide by itself."""

from __future__ import annotations

from .pacing import HostPacingMiddleware
from .retry import BackoffRetryMiddleware
from .robots import RobotsTxtOnceMiddleware

__all__ = ["BackoffRetryMiddleware", "HostPacingMiddleware", "RobotsTxtOnceMiddleware"]
