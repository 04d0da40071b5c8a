"""Texts read bottom-up for the short-block rules: the same as each element read alone."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from cleaners.generic.shorttext import read_short_lines, read_subtree, short_text, subtree_text
from cleaners.generic.textlength import longer_than, raw_texts, short_lines
from cleaners.text import TextMemo, node_text, normalise

PAGE = (
    "<div id='body'><p>Sign <b>up</b><!-- a comment -->today</p>"
    "<div><span>\n  Latest\t</span><br>videos<i></i></div>"
    "<section><p>" + "a long paragraph " * 20 + "</p><p>a short one</p></section>"
    "<p>\xa0" + "\xa0" * 80 + "x</p></div>"
)


@pytest.mark.parametrize("limit", [5, 20, 60, 400])
def test_raw_texts_read_each_element_as_node_text_and_longer_than_do(limit: int) -> None:
    root = lxml.html.fromstring(PAGE)
    raw = raw_texts(root, limit)
    for node in root.iter(etree.Element):
        text = raw[node]
        assert (text is None) is longer_than(node, limit)
        if text is not None:
            assert normalise(text) == node_text(node)


@pytest.mark.parametrize("limit", [5, 20, 60, 400])
def test_short_text_is_the_same_with_the_subtree_read_first(limit: int) -> None:
    root = lxml.html.fromstring(PAGE)
    read = TextMemo()
    read_subtree(read, root)
    for node in root.iter(etree.Element):
        assert short_text(read, node, limit) == short_text(TextMemo(), node, limit)


@pytest.mark.parametrize("limit", [5, 20, 60])
def test_read_short_lines_yields_what_short_lines_yields(limit: int) -> None:
    root = lxml.html.fromstring(PAGE)
    tags = ("p", "div", "span", "b")
    expected = list(short_lines(root, tags, limit))
    assert list(read_short_lines(TextMemo(), root, tags, limit)) == expected


@pytest.mark.parametrize("limit", [5, 60])
def test_subtree_text_of_a_long_element_is_its_node_text(limit: int) -> None:
    root = lxml.html.fromstring(PAGE)
    read = TextMemo(raw=raw_texts(root, limit))
    for node in root.iter(etree.Element):
        assert subtree_text(read, node) == node_text(node)
