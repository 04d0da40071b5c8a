"""The measuring walk's and the cleaners' shortcuts give what the plain definitions give.

Each shortcut (running sums, reading a line's first text pieces, reading the body from
its end, counting commas with `str.count`) is checked against the slow, obvious version
of the same rule on markup built to hit its edge cases.
"""

from __future__ import annotations

import re

import lxml.html
import pytest
from lxml import etree
from lxml.html import HtmlElement

from cleaners.body import (
    INLINE_TAGS,
    _block_points,
    _own_characters,
    _own_text,
    count_commas,
    measure,
)
from cleaners.classify import MAX_LISTING_LINK_DENSITY, mostly_links, words_up_to
from cleaners.cleaning import GUARD_MIN_CHARS, MAX_REMOVED_SHARE, ScopeSize
from cleaners.generic.density import (
    LIST_LINK_DENSITY,
    MAX_LABELLED_LINK_DENSITY,
    MAX_LINK_DENSITY,
    PICTURES_MAX_CHARS,
    _figures,
    _link_shape,
    is_link_or_media_block,
    last_first,
    link_blocks,
    spells_an_address,
    starts_like_url,
)
from cleaners.headerdates import surely_longer
from cleaners.text import link_density, node_text, serialised_text, word_count
from cleaners.visibility import hidden_by

MARKUP = (
    "<div class='story'><p>  Lead <b>bold<!-- a note --> text</b> tail  <!-- c --> after</p>"
    "<nav><a href='/'>Home</a></nav> text after the menu"
    "<p>See <a href='/x'>a <i>linked</i> story</a>.<span hidden>never read</span> end</p>"
    "<div style='display: none'><p>hidden paragraph</p></div>"
    "<div class='accordion' hidden><p>a closed panel is read</p></div></div>"
)


def _body(markup: str) -> HtmlElement:
    body: HtmlElement = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>")[0]
    return body


def _stripped(text: str | None) -> int:
    return len(text.strip()) if text else 0


def _reference(node: HtmlElement, root: HtmlElement) -> tuple[int, int, int]:
    """Characters, linked characters and inline characters, read by recursion."""
    if node is not root and (node.tag in ("nav", "footer") or hidden_by(node) is not None):
        return 0, 0, 0
    total = own = _stripped(node.text)
    linked = 0
    for child in node:
        total += _stripped(child.tail)
        own += _stripped(child.tail)
        if isinstance(child.tag, str):
            chars, links, _ = _reference(child, root)
            total += chars
            linked += links
            own += chars if child.tag in INLINE_TAGS else 0
    return total, total if node.tag == "a" else linked, own


def test_measure_equals_a_recursive_reading_in_closing_order() -> None:
    body = _body(MARKUP)
    found = measure(body)
    closing = [node for event, node in etree.iterwalk(body, events=("end",))]
    assert list(found.chars) == [n for n in closing if n in found.chars]
    for node in found.chars:
        entry = (found.chars[node], found.link_chars[node], found.inline_chars[node])
        assert entry == _reference(node, body)


URL_LINES = [
    "<p>https://example.com/a</p>",
    "<p>  <b>ht</b>tp://example.com/b</p>",
    "<p><span> </span><span>w</span>ww.example.com</p>",
    "<p>\n<!-- c -->www.example.com</p>",
    "<p>htt</p>",
    "<p>The https://example.com page</p>",
    "<p></p>",
]


@pytest.mark.parametrize("markup", URL_LINES)
def test_starts_like_url_reads_the_text_as_serialised(markup: str) -> None:
    node = _body(markup)[0]
    raw = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
    assert starts_like_url(node) == raw.lstrip().startswith(("http", "www."))


@pytest.mark.parametrize("markup", URL_LINES)
def test_a_body_spelling_no_address_has_no_line_starting_like_one(markup: str) -> None:
    body = _body(f"<div><p>Lead <b>text</b></p>{markup}<p>tail</p></div>")[0]
    if any(starts_like_url(node) for node in body.iter()):
        assert spells_an_address(body)
    assert not spells_an_address(_body("<div><p>ht <b>tp</b>, w.w.w and hypertext</p></div>")[0])


def test_last_first_is_reading_order_reversed() -> None:
    body = _body(MARKUP)
    assert list(last_first(body)) == list(reversed(list(body.iter())))


def test_count_commas_counts_every_script_as_the_pattern_does() -> None:
    text = "a, b，c、d،e,, and no more"
    assert count_commas(text) == len(re.findall(r"[,，、،]", text))


@pytest.mark.parametrize(
    "markup",
    [
        "<p>  plain &amp; simple\u00a0text </p>",
        "<p></p>",
        "<p>a<br>b</p>",
        "<p>lead <!-- note --> tail</p>",
        "<p>x<b>bold</b> y<i></i></p>",
    ],
)
def test_serialised_text_reads_as_libxml2_serialises(markup: str) -> None:
    for node in _body(markup).iter(etree.Element):
        raw = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
        assert serialised_text(node) == raw


@pytest.mark.parametrize("limit", [0, 3, 8, 12, 20])
def test_surely_longer_never_says_longer_of_a_text_that_is_not(limit: int) -> None:
    body = _body("<div><p>Dec<b>17</b>,\u00a02025</p><p>a <i>b</i>  c\n d</p><span>x</span></div>")
    for node in body.iter(etree.Element):
        if surely_longer(node, limit):
            assert len(node_text(node)) > limit


@pytest.mark.parametrize(
    "markup",
    [
        "<div><p>No links at all in this short paragraph.</p></div>",
        "<div><p>Read <a href='/a'>this</a>, then <a href='/b'>that</a>.</p></div>",
        "<div><a href='/a'>One</a><a href='/b'>Two</a><a href='/c'>Three</a> x</div>",
        "<div><p>a<b>b</b>c</p><a href='/a'>d</a><a href='/b'>e</a><a href='/c'>f</a></div>",
        "<div><p>word \u00a0 word</p><ul><li><a href='/a'>a long headline link</a></li></ul></div>",
    ],
)
def testmostly_links_agrees_with_the_link_density_of_the_body(markup: str) -> None:
    body = _body(markup)[0]
    assert mostly_links(body) == (link_density(body) > MAX_LISTING_LINK_DENSITY)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Lead, <b>bold,</b> <a href='/x'>a <i>link</i></a>, tail</p>",
        "<p>東京<b>、大阪</b>，<span>京都</span> and Latin</p>",
        "<p>plain text only, no children</p>",
        "<p>x<!-- c -->y<br>z</p>",
    ],
)
def test_own_characters_count_as_the_own_text_does(markup: str) -> None:
    node = _body(markup)[0]
    characters, text = _own_characters(node), _own_text(node)
    assert characters.isascii() == text.isascii()
    assert _block_points(characters, 100) == _block_points(text, 100)
    assert characters.replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("words", [10, 120])
def test_scope_size_guards_as_the_plain_share_rule(words: int) -> None:
    markup = "".join(f"<span>wo</span>rd{i}<b>s</b> " for i in range(words))
    body = _body(f"<div><p>{markup}</p></div>")[0]
    total = len(node_text(body))
    for chars in range(0, 2 * total, 7):
        plain = total >= GUARD_MIN_CHARS and chars > MAX_REMOVED_SHARE * total
        assert ScopeSize(body).guards(chars) == plain


@pytest.mark.parametrize("limit", [1, 4, 7, 40])
def test_words_up_to_counts_the_words_of_node_text_until_the_limit(limit: int) -> None:
    body = _body("<div><p>one<b>two</b> three-four<!-- c -->five</p><p>\u00a0six,seven</p></div>")
    for node in body.iter(etree.Element):
        assert words_up_to(node, limit) == min(limit, word_count(node_text(node)))


ITEM = "<li>" + "x" * 20 + "</li>"
FEW_LINKS = [
    f"<div class='related'><ul>{ITEM * 9}<li><a href='/a'>{'y' * 20}</a></li></ul></div>",
    f"<div><p>{'z' * 196}</p><img src='a'><img src='b'><img src='c'><a href='/b'>link</a></div>",
    "<div class='widget'>" + ("<p>" + "w" * 60 + "</p>") * 4 + "</div>",
]


@pytest.mark.parametrize("markup", FEW_LINKS)
def test_a_long_block_with_few_links_fails_every_shape_test(markup: str) -> None:
    node = _body(markup)[0]
    measures = measure(node)
    chars, linked = measures.chars[node], measures.link_chars[node]
    assert chars >= PICTURES_MAX_CHARS and linked / chars <= LIST_LINK_DENSITY
    figures = _figures(node, measures)
    for limit in (MAX_LINK_DENSITY, MAX_LABELLED_LINK_DENSITY):
        assert _link_shape(node, figures, limit) is None
    assert is_link_or_media_block(node, measures, link_blocks(measures)) is None
