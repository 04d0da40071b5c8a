from cleaners.generic.promos import TextPromoCleaner
from tests.helpers import body_text, html, removed_kinds

PROMOS = [TextPromoCleaner()]


def test_follow_promo_keeps_article_sentence_about_following():
    body = html("<p>Follow ITPro on Google News for more.</p><p>Regulators follow the EU lead.</p>")
    assert removed_kinds(body, PROMOS) == ["follow-promo"]
    assert "Regulators follow" in body_text(body)


def test_signup_promo_removed_but_article_about_signups_kept():
    body = html(
        "<p>Sign up today and you will receive a free copy of our report</p>"
        "<p>Meta has said it won't sign up for the EU's code of practice.</p>"
    )
    assert removed_kinds(body, PROMOS) == ["signup-promo"]
    assert "won't sign up" in body_text(body)
