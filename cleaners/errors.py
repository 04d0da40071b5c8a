"""Errors raised by extraction. Every one carries the URL (or file) and a reason.

The spider catches `ExtractionError`, logs one line and counts
`presswash/skipped/<reason>`, so `reason` is a short slug fit for a stats key.
"""

from __future__ import annotations


class ExtractionError(Exception):
    """A page could not be turned into an article."""

    reason = "extraction-error"


class NotHtml(ExtractionError):
    """The input is not an HTML document (binary, PDF, image, JSON, empty)."""

    reason = "not-html"


class NotAnArticle(ExtractionError):
    """The page is HTML but holds no article: a home page, a listing, an error page."""

    reason = "not-an-article"


class NoBodyFound(ExtractionError):
    """No element with article text could be found."""

    reason = "no-body"


class TooLarge(ExtractionError):
    """The page is past the size or element count extraction handles in bounded time."""

    reason = "too-large"
