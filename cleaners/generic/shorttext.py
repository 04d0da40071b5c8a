"""The text of a block, read only when the block is short: what most text rules look at.

Promo, "read more" and bio rules ask it of every block of the body. A container surely
longer than the limit is not normalised (`longer_than`), and a text another cleaner read
already needs no such test.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ..text import TextMemo
from .textlength import longer_than


def short_text(texts: TextMemo, node: HtmlElement, limit: int) -> str | None:
    """`texts.text(node)` when it is at most `limit` characters long, else None."""
    text = texts.texts.get(node)
    if text is None:
        if longer_than(node, limit):
            return None
        text = texts.text(node)
    return text if len(text) <= limit else None
