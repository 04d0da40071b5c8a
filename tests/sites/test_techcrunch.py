"""TechCrunch's 2024 template: Piano's inline promo slot and the byline go, the lede stays."""

from __future__ import annotations

from cleaners.sites.techcrunch import RULE_2024 as RULE
from tests.sites.rule_helpers import kinds_removed

LEDE = '<p id="speakable-summary">What is the next big thing in enterprise automation?</p>'


def test_piano_promo_slot_removed_but_lede_kept() -> None:
    kinds, text = kinds_removed(
        RULE,
        f'<div class="article-content">{LEDE}<div class="piano-inline-promo"></div>'
        "<p>Piano, the paywall vendor, raised a new round this week.</p></div>",
    )
    assert kinds == ["signup-promo"]
    assert text.startswith("What is the next big thing") and "Piano, the paywall vendor" in text


def test_byline_block_removed_but_a_paragraph_naming_the_author_kept() -> None:
    kinds, text = kinds_removed(
        RULE,
        '<div class="article-content"><div class="article__byline"><a href="/author/kyle-wiggers/">'
        "Kyle Wiggers</a><span>7 hours</span></div>"
        "<p>Kyle Wiggers contributed reporting from San Francisco.</p></div>",
    )
    assert kinds == ["byline"]
    assert text == "Kyle Wiggers contributed reporting from San Francisco."
