"""The one-pass landmark finder selects exactly what the ElementPath queries select."""

from __future__ import annotations

import pytest

from cleaners.document import parse_html
from cleaners.landmarks import find_landmarks

PAGES = [
    "<html><head><title>T</title><meta name='a' content='1'></head><body><h1>H</h1></body></html>",
    "<html><head><title></title></head><body><p>no h1, no time</p></body></html>",
    "<html><body><h1>one</h1><h1>two</h1><time datetime='2025-01-01'>x</time><time>y</time>"
    "</body></html>",
    "<html><head><link rel='canonical' href='/a'><link rel='alternate' href='/b'>"
    "<link rel='canonical' href='/c'><script>1</script></head><body><script>2</script>"
    "<time datetime='d'></time></body></html>",
    "<html><head><title>a</title><title>b</title><meta property='og:x'></head>"
    "<body><div><h1><time>in h1</time></h1></div></body></html>",
]  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_one_pass_selects_what_the_queries_select(page: str) -> None:
    root = parse_html(page)
    found = find_landmarks(root)
    assert found.metas == list(root.iter("meta"))
    assert found.scripts == list(root.iter("script"))
    assert found.h1 is root.find(".//h1")
    assert found.body_h1 is root.find(".//body//h1")
    assert found.title is root.find(".//title")
    assert found.title_text == root.findtext(".//title")
    assert found.canonical is root.find(".//link[@rel='canonical']")
    assert found.dated_times == list(root.iterfind(".//time[@datetime]"))
    assert found.body_times == list(root.iterfind(".//body//time"))
