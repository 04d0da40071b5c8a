from cleaners.sites.theverge import RULE
from tests.sites.rule_helpers import kinds_removed

PULL_QUOTE = (
    '<div class="c-float-right"><aside><q>This will be the studio\'s biggest bet</q></aside></div>'
)


def test_related_float_removed_but_pull_quote_float_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="c-entry-content"><p>The studio confirmed the deal on Tuesday.</p>'
        '<aside><h3>Related</h3><a href="/a">Paramount picks a director</a></aside>'
        f"{PULL_QUOTE}</div>",
    )
    assert kinds == ["related-links"]
    assert "biggest bet" in text


def test_chorus_related_list_removed_but_article_list_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="c-entry-content"><ul class="c-related-list"><li><a href="/b">Earlier story</a></li></ul>'
        "<ul><li>Three scripts are still in contention.</li></ul></div>",
    )
    assert kinds == ["related-links"]
    assert "Three scripts" in text


def test_newsletter_box_removed_but_paragraph_about_newsletters_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="c-entry-content"><div class="c-newsletter_signup_box"><p>Sign up for Command Line</p></div>'
        "<p>The company's newsletter reached a million readers.</p></div>",
    )
    assert kinds == ["signup-promo"]
    assert "a million readers" in text
