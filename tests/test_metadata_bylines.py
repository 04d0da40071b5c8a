"""The one-walk byline reader selects exactly what the `BYLINE_CSS` selectors select."""

from __future__ import annotations

import pytest
from lxml.cssselect import CSSSelector

from cleaners.document import parse_html
from cleaners.metadata import (
    BYLINE_CLASS_WORDS,
    BYLINE_CSS,
    NAME_CLASSES,
    byline_nodes,
    read_metadata,
)

PAGES = [
    '<p><a rel="author" href="/a">Ann Lee</a> <a rel="nofollow">Not</a></p>',
    '<div itemprop="author"><span itemprop="name">Bo Chan</span></div>'
    '<span itemprop="name">Site</span>',
    '<div itemprop="author" itemprop2="x"><b>Cy Dee</b></div>',
    '<span class="a byline__name\tb">Di Eve</span><span class="byline__names">No</span>',
    '<span class="c-byline__author-name">Ed Fox</span><i class=" author-name ">Fay Gu</i>',
    '<div class="byline">By <a href="/g">Gil Ho</a> and <a href="/i">Ida Jo</a></div>',
    '<a class="byline" href="/k">Kai Lu</a><div class="bylines"><a>Not</a></div>',
    '<div class="byline"><div class="byline"><a>Mo Ng</a></div></div><a>After</a>',
    '<p class="">empty class</p><p class="BYLINE">upper case is another class</p>',
    '<div class="byline"><a>A1</a><p class="x byline"><a>A2</a></p><a>A3</a></div><a>A4</a>'
    '<p class="byline">B</p>',
    '<div itemprop="name">outside</div>'
    '<section itemprop="author"><p><em itemprop="name">Ola</em></p></section>',
]  # fmt: skip


@pytest.mark.parametrize("body", PAGES)
def test_one_walk_selects_what_the_selectors_select(body: str) -> None:
    root = parse_html(f"<html><head><title>t</title></head><body>{body}</body></html>")
    expected = [CSSSelector(css, translator="html")(root) for css in BYLINE_CSS]
    assert byline_nodes(root) == expected


def test_authors_come_from_the_first_selector_that_finds_names() -> None:
    html = (
        '<html><body><div class="byline">By <a href="/x">Pat Q</a></div>'
        '<a rel="author">Rae S</a></body></html>'
    )
    meta = read_metadata(parse_html(html), "https://example.com/story")
    assert [author.name for author in meta.authors] == ["Rae S"]


def test_a_page_without_byline_markup_has_no_dom_authors() -> None:
    html = (
        "<html><body><p class='story'>By the river, a text with no byline markup.</p></body></html>"
    )
    assert read_metadata(parse_html(html), None).authors == []


def test_every_byline_class_holds_a_word_the_walk_looks_for_first() -> None:
    for name in NAME_CLASSES | {"byline"}:
        assert any(word in name for word in BYLINE_CLASS_WORDS), name
