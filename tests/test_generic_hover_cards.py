"""A hover card goes with its headlines; the word it is shown for stays in the sentence.

Constructed after how sites build them: a glossary term linking with a `tooltip` class
(documentation sites), and a person's card of latest headlines, longer than a short block.
"""

from __future__ import annotations

from cleaners.generic.chrome import CHROME
from tests.helpers import body_text, html, removed_kinds

PROSE = (
    "The committee met on Tuesday to review the proposal, and after a long debate it voted "
    "to send the plan back to the drafting group for another round of revisions. "
) * 6


def test_a_glossary_term_with_a_tooltip_class_stays_in_its_sentence() -> None:
    body = html(
        "<p>A Pod is a group of one or more <a class='glossary-tooltip' href='/docs/containers' "
        f"data-toggle='tooltip'>containers</a>, with shared storage. {PROSE}</p>"
    )
    assert removed_kinds(body, [CHROME]) == []
    assert "one or more containers, with shared storage" in body_text(body)


def test_a_long_hover_card_of_headlines_goes() -> None:
    headlines = "".join(
        f"<a href='/news/{n}'>Another headline about the senator, story number {n} of many</a>"
        for n in range(8)
    )
    body = html(
        "<p>Sen. <span class='rollover-people'><a class='rollover-people-link' href='/people/x'>"
        f"Jane Doe</a><span class='rollover-people-block'><a href='/people/x'>Jane Doe</a>"
        f"{headlines}</span></span> said the plan was sound. {PROSE}</p>"
    )
    assert "hidden" in removed_kinds(body, [CHROME])
    assert body_text(body).startswith("Sen. Jane Doe said the plan was sound.")
