"""The chrome cleaners remember class screens across pages: safe when threads share them.

A library user may extract pages on several threads at once; the memos live on the
module's cleaner instances and are cleared when full, so a lookup must never fail between
another thread's clear and its own read.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from cleaners import extract_article
from cleaners.generic import tokens

PARAGRAPHS = "".join(
    f"<p class='para-{n}'>Paragraph {n} of the story tells what the council decided about "
    f"the bridge, who spoke for it and what it will cost the town over the years.</p>"
    for n in range(12)
)
PAGE = (
    "<html><head><title>Bridge</title></head><body>"
    "<nav class='site-nav'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    f"<article><h1>Council backs the bridge</h1>{PARAGRAPHS}"
    "<div class='related-posts'><a href='/a'>Another story</a> <a href='/b'>And one more</a></div>"
    "</article><footer class='site-footer'><p>About us and contact.</p></footer></body></html>"
)


def test_threads_sharing_the_memos_get_the_serial_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "MEMO_SIZE", 2)  # cleared all the time
    url = "https://news.example/2026/05/council-backs-the-bridge"
    expected = extract_article(PAGE, url, site_rules=False)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: extract_article(PAGE, url, site_rules=False), range(80)))
    assert "Paragraph 11 of the story" in expected.articleBody
    assert "Another story" not in expected.articleBody  # the related links' class screened
    assert all(result.articleBody == expected.articleBody for result in results)
    assert all(result.removed == expected.removed for result in results)
