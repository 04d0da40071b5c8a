"""The conditional cleaner's measures, taken from the locator's walk, equal a new walk."""

from __future__ import annotations

import lxml.html
import pytest

from cleaners.body import Measures, locate_generic_body, measure, measure_body, wrap_parts

PARAGRAPH = "<p>" + "A sentence of the story, with words, commas, and more words. " * 4 + "</p>"
PAGES = {
    "links to other sites and within it": (
        "<div class='story'>"
        + PARAGRAPH * 3
        + "<p>See <a href='https://shop.example/x'>the <a href='/y'>shop</a> page</a> and "
        "<a href='https://news.example.com/z'>our story</a>.</p><div hidden><p>gone</p></div>"
        "</div><ul><li><a href='/a'>Menu</a></li></ul>"
    ),
    "a body joined from parts": (
        "<div class='part'>" + PARAGRAPH * 2 + "</div><aside>Ad</aside>tail text"
        "<div class='part'>" + PARAGRAPH * 2 + "<a href='https://other.example/'>a source</a></div>"
    ),
}


def _entries(root: lxml.html.HtmlElement, measures: Measures) -> dict[object, tuple[int, int, int]]:
    return {
        node: (measures.chars[node], measures.link_chars[node], measures.inline_chars[node])
        for node in root.iter()
        if node in measures.chars
    }


@pytest.mark.parametrize("markup", PAGES.values(), ids=PAGES.keys())
def test_measures_from_the_locator_walk_equal_a_new_walk(markup: str) -> None:
    scope = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>").find("body")
    known = measure(scope)
    body = locate_generic_body(scope, known)
    assert body is not None
    reused = measure_body(body, "news.example.com", (body, known))
    assert _entries(body, reused) == _entries(body, measure(body, "news.example.com"))


def test_a_body_joined_around_an_earlier_joined_body_is_measured_anew() -> None:
    """A column of sections joined around a body the locator joined from parts: the inner
    wrapper was never measured, so the outer one cannot be summed from its children."""
    scope = lxml.html.document_fromstring(
        "<html><body><section><div class='part'>" + PARAGRAPH + "</div><div class='part'>"
        "<a href='https://news.example.com/z'>our story</a>" + PARAGRAPH + "</div></section>"
        "<section>" + PARAGRAPH + "</section></body></html>"
    ).find("body")
    known = measure(scope)
    first, second = scope.findall("section")
    inner = wrap_parts(list(first), known)
    outer = wrap_parts([first, second], known)
    reused = measure_body(outer, "news.example.com", (outer, known))
    assert inner in known.joined
    assert _entries(outer, reused) == _entries(outer, measure(outer, "news.example.com"))
