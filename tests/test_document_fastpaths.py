"""The fast paths of parsing give the answers of the slow tests they stand in for."""

from __future__ import annotations

import lxml.html
import pytest

from cleaners.document import (
    MAX_ELEMENT_LEVELS,
    NOT_IN_XML,
    TooLarge,
    most_elements,
    parse_html,
    refuse_costly_tree,
    surely_cheap,
    xml_safe,
)


@pytest.mark.parametrize(
    "text",
    ["plain text", "tab\tand\nnewline\r", "bell\x07here", "form\x0cfeed", "\x00start", "end\x1f",
     "non-char\ufffe", "non-char\uffff", "accents déjà vu ✓", "lone \ud800 surrogate"],
)  # fmt: skip
def test_xml_safe_matches_the_regex_it_replaces(text: str) -> None:
    expected = NOT_IN_XML.sub(" ", text.encode("utf-8", "replace").decode("utf-8"))
    assert xml_safe(text) == expected


def test_text_after_a_control_character_is_kept() -> None:
    root = parse_html("<html><body><p>before\x0bafter</p></body></html>")
    assert root.findtext(".//p") == "before after"


def nested(depth: int, leaf: str) -> str:
    return "<div>" * depth + leaf + "</div>" * depth


@pytest.mark.parametrize(
    ("depth", "width", "proved"),
    [
        (3, 10, True),  # small: the counts alone prove it
        (100, 5000, True),  # many elements: one path query shows none deeper than 256
        (300, 5000, False),  # deeper than the bound allows: left to the walk, which passes
    ],
)
def test_the_bounds_prove_only_what_the_walk_confirms(depth: int, width: int, proved: bool) -> None:
    root = parse_html(f"<html><body>{nested(depth, '<p>x</p>' * width)}</body></html>")
    elements = int(root.xpath("count(//*)"))
    assert surely_cheap(root, elements, 10 * elements) is proved
    refuse_costly_tree(root, "<test>")  # a cheap tree: the exact walk passes it too


def test_a_costly_tree_fails_the_bounds_and_the_walk() -> None:
    depth = 400
    wide = "<p>x</p>" * (MAX_ELEMENT_LEVELS // depth)
    with pytest.raises(TooLarge):
        parse_html(f"<html><body>{nested(depth, wide)}</body></html>")


def test_markup_heavy_with_attributes_is_proved_cheap_by_its_text() -> None:
    """A long attribute on every paragraph makes the markup too big for a bound on it."""
    attribute = "a" * 1000
    markup = f"<html><body>{nested(20, f'<p data-x={attribute!r}>x</p>' * 1500)}</body></html>"
    root = parse_html(markup)
    elements = int(root.xpath("count(//*)"))
    assert surely_cheap(root, elements, len(markup))
    refuse_costly_tree(root, "<test>")


@pytest.mark.parametrize(
    "markup",
    ["just text", "<p>a</p>", "x</p></p></p>", "x<b>y</b>z<i>w", "<td>a<td>b<tr><li>c",
     "<html><head><title>t</title></head><body>b</body></html>", "a<br>b<br>c<br>",
     "<frameset><frame></frameset>text", "x</br></br>", "<p/><p/>text<p/>", "<select><option>a"],
)  # fmt: skip
def test_the_element_bound_is_never_below_what_libxml2_makes(markup: str) -> None:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    assert int(root.xpath("count(//*)")) <= most_elements(markup)
