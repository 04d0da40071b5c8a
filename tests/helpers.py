"""Small builders for rule tests: inline HTML in, removed kinds and remaining text out."""

from __future__ import annotations

from collections.abc import Iterable

import lxml.html
from lxml.html import HtmlElement

from cleaners.cleaning import apply, find_matches
from cleaners.render import block_text
from cleaners.rules import Cleaner, Page


def html(fragment: str) -> HtmlElement:
    """A `<div>` body holding `fragment`."""
    return lxml.html.fragment_fromstring(fragment, create_parent="div")


def removed_kinds(
    body: HtmlElement, cleaners: Iterable[Cleaner], page: Page | None = None
) -> list[str]:
    """Apply `cleaners` to `body` (mutating it) and return the kinds they removed."""
    trace = apply(body, find_matches(body, cleaners, page or Page()), protect=body)
    return [removal.kind.value for removal in trace]


def body_text(body: HtmlElement) -> str:
    return block_text(body)
