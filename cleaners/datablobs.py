"""Data written into the page as text: JSON state that scripts read, never prose.

Shops and page builders leave their widgets' state in an element's text instead of a
`<script>`: Amazon's `<div class="d-asin-grid-state aok-hidden">{"painterId":...}</div>`
holds 33,000 characters of JSON, which the locator took for the longest text of the page
and the extraction emitted as the article. Such text opens an object or an array and is
punctuation through and through; a code sample an article shows sits in `<pre>` or
`<code>`, and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .body import Measures

MIN_BLOB_CHARS = 200  # shorter data says nothing either way, and the locator ignores it
# JSON or a Python-style dict or list: an opening bracket, then a quoted key or a nested one.
DATA_OPENING = re.compile(r"""^\s*[\[{]\s*["'\[{]""")
DATA_PUNCTUATION = re.compile(r"""[{}\[\]"':,]""")
# Share of such punctuation in the text (wcxb-dev: data blobs 0.07 to 0.25; prose opening
# with a bracket, a "[Unit]" config in a <pre>, 0.01 to 0.04).
MIN_PUNCTUATION_SHARE = 0.06
CODE_TAGS = frozenset({"pre", "code", "textarea", "samp", "kbd"})


def data_blobs(measures: Measures) -> list[HtmlElement]:
    """The elements whose own text is data, from the measuring walk's own text lengths."""
    return [
        node
        for node, own in measures.inline_chars.items()
        if own >= MIN_BLOB_CHARS and is_data(node)
    ]


def is_data(node: HtmlElement) -> bool:
    text = node.text or ""
    if not DATA_OPENING.match(text) or node.tag in CODE_TAGS:
        return False
    if any(ancestor.tag in CODE_TAGS for ancestor in node.iterancestors()):
        return False
    return len(DATA_PUNCTUATION.findall(text)) >= MIN_PUNCTUATION_SHARE * len(text.strip())


def drop_data_blobs(blobs: list[HtmlElement]) -> None:
    """Remove the data's text, keeping the elements (and whatever else they hold)."""
    for node in blobs:
        node.text = None
