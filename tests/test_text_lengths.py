"""Texts read bottom-up for the short-block rules: the same as each element read alone."""

from __future__ import annotations

import re

import lxml.html
import pytest
from lxml import etree

from cleaners.generic.furniture import UI_LABEL, UI_LABEL_OPENING
from cleaners.generic.shorttext import read_short_lines, read_subtree, short_text, subtree_text
from cleaners.generic.textlength import longer_than, raw_texts, short_lines
from cleaners.shoplabels import SHOP_LABEL, SHOP_LABEL_OPENING
from cleaners.text import TextMemo, class_and_id, names_may_hold, node_text, normalise

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


# Labels of each alternative, some written across elements ("<b>Ad</b>vertisement").
UI_LABELS = [
    "Advertisement", "— Ad —", "Sponsored", "Anzeige", "Publicidad", "Publicité", "Pubblicità",
    "Реклама", "광고", "広告", "إعلان", "Story continues below advertisement",
    "Article continues below", "Continue reading the main story", "Skip to content",
    "Image 1 of 5", "Photo 2 of 9", "Slide 3 of 4", "Enlarge image", "Caption", "Close",
    "Video", "View gallery", "Report an error", "Print", "Email", "Share", "Tweet",
    "Share this on Facebook",
]  # fmt: skip
SHOP_LABELS = [
    "Add to cart", "Buy it now", "Notify me when available", "In stock", "Out of stock",
    "Sold out", "Only 3 left in stock", "Low in stock", "Free shipping on orders over $75",
    "Returns & exchanges accepted", "Exchanges not accepted", "Order today to get it by",
    "Frequently bought together", "Shipping & returns policy",
    "Customers who bought this item also bought", "Write a review", "Quantity", "Qty",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "opening", "labels"),
    [(UI_LABEL, UI_LABEL_OPENING, UI_LABELS), (SHOP_LABEL, SHOP_LABEL_OPENING, SHOP_LABELS)],
)
def test_a_label_s_opening_holds_on_every_label_its_pattern_matches(
    pattern: re.Pattern[str], opening: re.Pattern[str], labels: list[str]
) -> None:
    for label in labels:
        assert pattern.match(label), label
        assert opening.match("".join(label.split())), label


def test_a_label_written_across_elements_is_read_whole() -> None:
    root = lxml.html.fromstring(
        "<div><p><b>Ad</b>vertisement</p><p><span>Sha</span><span>re</span></p>"
        "<p><b>Fig</b>ure 1 of 5</p><p>\n  Image\t2  of 5 </p><p>A caption</p></div>"
    )
    lines = read_short_lines(TextMemo(), root, ("p",), 40, UI_LABEL_OPENING)
    assert [text for _, text in lines] == ["Advertisement", "Share", "Image 2 of 5"]


@pytest.mark.parametrize(
    ("markup", "may"),
    [
        ("<div class='Customer-Reviews'></div>", True),  # lower-cased as class_and_id does
        ("<div id='reviews'></div>", True),
        ("<div class='product' id='specs'></div>", False),
        ("<div></div>", False),
        ("<div class='ſignature-rev'></div>", True),  # not ASCII: left to the pattern
    ],
)
def test_names_may_hold_says_no_only_when_class_and_id_cannot_hold_the_word(
    markup: str, may: bool
) -> None:
    node = lxml.html.fragment_fromstring(markup)
    assert names_may_hold(node, ("review",)) is may
    if not may:
        assert "review" not in class_and_id(node)
