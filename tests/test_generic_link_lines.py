"""A heading that links to itself is a permalink anchor, not a teaser of another page.

Constructed after the shape of blog and documentation headings (`<h3 id="x"><a
href="#x">`), never copied from a page. The near miss is a heading linking to another
page of the site, and a heading linking to another place (a forum post's own anchor).
"""

from __future__ import annotations

from cleaners.generic.density import ConditionalCleaner
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

from .test_generic_recall import TOPICS

CONDITIONAL = ConditionalCleaner()
PAGE = Page("https://garden.example.org/guides/soil/")


def test_a_heading_linking_to_itself_stays() -> None:
    body = html(
        f"<p>{TOPICS[0]}</p><h3 id='testing-the-soil'><a href='#testing-the-soil'>Testing the "
        f"soil</a></h3><p>{TOPICS[1]}</p>"
    )
    assert removed_kinds(body, [CONDITIONAL], PAGE) == []
    assert "Testing the soil" in body_text(body)


def test_a_heading_linking_to_another_page_or_place_still_goes() -> None:
    body = html(
        f"<p>{TOPICS[0]}</p><h3><a href='/guides/compost/'>Making compost at home</a></h3>"
        f"<h3><a href='#post-42'>Re: Making compost at home</a></h3><p>{TOPICS[1]}</p>"
    )
    assert removed_kinds(body, [CONDITIONAL], PAGE) == ["related-links", "related-links"]
