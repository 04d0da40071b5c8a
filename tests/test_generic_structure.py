"""A short box holding a heading or a line of code is the text's structure, not chrome.

Constructed after MediaWiki's heading markup (`<div class="mw-heading"><h2>`) and a code
viewer's one `<div>` per line, never copied from a page.
"""

from __future__ import annotations

from cleaners.generic.density import ConditionalCleaner
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

from .test_generic_recall import TOPICS

CONDITIONAL = ConditionalCleaner()


def test_a_heading_in_its_own_short_box_stays() -> None:
    body = html(
        f"<p>{TOPICS[0]}</p><div class='mw-heading mw-heading2'><h2 id='Installation'>"
        f"Installation</h2></div><p>{TOPICS[1]}</p>"
    )
    assert removed_kinds(body, [CONDITIONAL], Page("https://wiki.example.org/SSH")) == []
    assert "Installation" in body_text(body)


def test_a_line_of_code_in_its_own_short_box_stays() -> None:
    body = html(
        f"<p>{TOPICS[0]}</p><pre><code><div class='token-line'><span>npm start</span></div>"
        f"</code></pre><p>{TOPICS[1]}</p>"
    )
    removed_kinds(body, [CONDITIONAL], Page("https://docs.example.org/start"))
    assert "npm start" in body_text(body)


def test_a_short_box_of_a_label_alone_still_goes() -> None:
    body = html(f"<p>{TOPICS[0]}</p><div class='slot'>Advertisement</div><p>{TOPICS[1]}</p>")
    assert removed_kinds(body, [CONDITIONAL], Page("https://wiki.example.org/SSH")) == [
        "page-chrome"
    ]


def test_a_short_list_with_icons_stays() -> None:
    icon = "<img src='/icons/check.svg' alt=''>"
    pros = "".join(f"<li>{word}</li>" for word in ("Careful", "Quick", "Polite"))
    cons = "".join(f"<li>{word}</li>" for word in ("Costly", "Busy"))
    body = html(
        f"<p>{TOPICS[0]}</p><div class='pros-cons'>{icon}<b>Pros</b><ul>{pros}</ul>"
        f"{icon}<b>Cons</b><ul>{cons}</ul></div>"
    )
    removed_kinds(body, [CONDITIONAL], Page("https://example.org/best-movers"))
    assert "Polite" in body_text(body)


def test_a_strip_of_pictures_still_goes() -> None:
    pictures = "".join(f"<img src='/photos/{n}.jpg' alt=''>" for n in range(3))
    body = html(f"<p>{TOPICS[0]}</p><div class='strip'>{pictures}<span>Photos</span></div>")
    assert removed_kinds(body, [CONDITIONAL], Page("https://example.org/best-movers")) == [
        "related-links"
    ]
