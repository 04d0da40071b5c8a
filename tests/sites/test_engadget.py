from cleaners.sites.engadget import RULE
from tests.sites.rule_helpers import kinds_removed


def test_affiliate_disclosure_removed_but_paragraph_about_recommendations_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="caas-body"><p><em>All products recommended by Engadget are selected by our editorial team, '
        "independent of our parent company.</em></p>"
        "<p>All products recommended by the regulator must carry the new label.</p></div>",
    )
    assert kinds == ["affiliate"]
    assert "by the regulator" in text


def test_event_pointer_removed_but_sentence_about_the_event_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="caas-body"><p>Catch up on all of the news from WWDC <a href="/wwdc">right here</a>.</p>'
        "<p>Catch up on sleep before the keynote, which ran for two hours right here in Cupertino.</p></div>",
    )
    assert kinds == ["related-links"]
    assert "ran for two hours" in text
