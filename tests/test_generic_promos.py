"""Text promos: sign-up, follow and comment invitations to the reader, found by what they say.

Each pattern gets hits, and prose that merely mentions signing up, newsletters, following or
comments must stay.
"""

from __future__ import annotations

import pytest

from cleaners.generic.promos import TextPromoCleaner, TextRule, any_word, default_text_rules
from tests.helpers import body_text, html, removed_kinds

PROMOS = [TextPromoCleaner()]
PROSE = "<p>The regulator published its decision on Tuesday, after a two-year inquiry.</p>"


def test_follow_promo_keeps_article_sentence_about_following() -> None:
    body = html("<p>Follow ITPro on Google News for more.</p><p>Regulators follow the EU lead.</p>")
    assert removed_kinds(body, PROMOS) == ["follow-promo"]
    assert "Regulators follow" in body_text(body)


def test_signup_promo_removed_but_article_about_signups_kept() -> None:
    body = html(
        "<p>Sign up today and you will receive a free copy of our report</p>"
        "<p>Meta has said it won't sign up for the EU's code of practice.</p>"
    )
    assert removed_kinds(body, PROMOS) == ["signup-promo"]
    assert "won't sign up" in body_text(body)


@pytest.mark.parametrize(
    ("promo", "kind"),
    [
        ("Sign up for our free daily newsletter and get the news first.", "signup-promo"),
        ("Subscribe to our weekly security newsletter.", "signup-promo"),
        ("Get our daily newsletter in your inbox.", "signup-promo"),
        ("Download your free copy of the 2025 buyer's guide.", "signup-promo"),
        ("Follow us on Twitter for the latest.", "follow-promo"),
        ("Make sure to follow TechRadar on Google News.", "follow-promo"),
        ("Add us as a preferred source on Google.", "follow-promo"),
        ("What about you? Share your thoughts in the comments below.", "engagement-prompt"),
        ("Let us know what you think in the comments.", "engagement-prompt"),
        ("Sound off in the comments!", "engagement-prompt"),
    ],
)
def test_invitation_paragraph_removed(promo: str, kind: str) -> None:
    body = html(f"{PROSE}<p>{promo}</p>")
    assert removed_kinds(body, PROMOS) == [kind]
    assert (
        body_text(body)
        == "The regulator published its decision on Tuesday, after a two-year inquiry."
    )


@pytest.mark.parametrize(
    "prose",
    [
        "Users who sign up for the beta get the feature first, the company said.",
        "The newsletter, which has 40,000 readers, was sold to a rival publisher last year.",
        "Investors follow the Fed's lead on rates, and analysts follow the investors.",
        "The company will follow Apple on pricing, analysts expect.",
        "Readers were invited to share their thoughts in the comments, and thousands did.",
        "Users can leave a comment below each video, YouTube said.",
        "Related topics, such as energy prices, were left out of the report.",
        "Subscribers to the service pay $10 a month; the company did not say how many there are.",
    ],
)
def test_prose_mentioning_signups_follows_or_comments_kept(prose: str) -> None:
    body = html(f"<p>{prose}</p>{PROSE}")
    assert removed_kinds(body, PROMOS) == []


def test_long_paragraph_with_an_invitation_sentence_is_kept_whole() -> None:
    long_para = (
        "The agency said it would publish guidance in the spring. "
        "Follow us on Twitter, its spokesperson joked at the briefing, before answering "
        "questions about the budget, the staffing plan, the timetable for the consultation, "
        "the role of the devolved administrations, the costs to small firms and the reasons "
        "the earlier draft was withdrawn after a legal challenge from two trade bodies last year."
    )
    body = html(f"<p>{long_para}</p>")
    assert removed_kinds(body, PROMOS) == []


def test_follow_line_goes_with_the_words_around_its_bold_link() -> None:
    body = html(
        f"{PROSE}<p><em>Make sure to </em><a href='https://news.google.com/x'><em><strong>"
        "follow ITPro on Google News</strong></em></a>"
        "<em> to keep tabs on all our latest news.</em></p>"
    )
    assert removed_kinds(body, PROMOS) == ["follow-promo"]
    assert "keep tabs" not in body_text(body)


def test_promo_box_goes_with_its_heading() -> None:
    body = html(
        f"{PROSE}<div><h3>Newsletter</h3>"
        "<p>Sign up for our newsletter to get the news first.</p></div>"
    )
    assert removed_kinds(body, PROMOS) == ["signup-promo"]
    assert "Newsletter" not in body_text(body)


def test_promo_inside_a_paragraph_run_leaves_the_neighbours() -> None:
    body = html(
        "<div><p>First paragraph of the story, long enough to be prose on its own.</p>"
        "<p>Sign up today for our free newsletter.</p>"
        "<p>Second paragraph of the story, also long enough to be prose.</p></div>"
    )
    assert removed_kinds(body, PROMOS) == ["signup-promo"]
    assert body_text(body).count("paragraph of the story") == 2


def _alternatives_outside_groups(pattern: str) -> int:
    """How many `|` the pattern has outside any group or character class."""
    depth, in_class, escaped, bars = 0, False, False, 0
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            bars += 1
    return bars


@pytest.mark.parametrize(
    "rule", [rule for rule in default_text_rules() if rule.anchored], ids=lambda rule: rule.rule_id
)
def test_a_rule_tried_pattern_first_is_anchored_to_the_block_start(rule: TextRule) -> None:
    assert rule.pattern.pattern.startswith("^")
    assert _alternatives_outside_groups(rule.pattern.pattern) == 0


CUE_WORDS = [cue for rule in default_text_rules() for cue in rule.cues]


@pytest.mark.parametrize(
    "text",
    ["sign up for our newsletter", "log in to reply", "seguici su", "the regulator ruled", "", "a"],
)
def test_any_word_finds_a_text_exactly_when_one_of_the_words_is_in_it(text: str) -> None:
    expected = any(word in text for word in CUE_WORDS)
    assert (any_word(CUE_WORDS).search(text) is not None) is expected
