from cleaners.sites.theregister import RULE
from tests.sites.rule_helpers import kinds_removed


def test_promos_and_whitepaper_line_removed_but_sponsor_story_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div id="body"><div class="promo_article"><p><a href="/w">Sponsored: Keeping workers productive</a></p></div>'
        "<p>The event was sponsored by three chipmakers, one of which later withdrew.</p>"
        '<p class="wptl btm"><a href="/Week/">Get our <strong>Tech Resources</strong></a></p></div>',
    )
    assert kinds == ["ad-slot", "signup-promo"]
    assert "sponsored by three chipmakers" in text


def test_similar_topics_block_removed_but_topic_paragraph_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div id="body"><p>Similar topics came up at last year\'s hearing.</p>'
        '<div id="article_body_btm"><h3>Similar topics</h3><a href="/Tag/printers/">Printers</a></div></div>',
    )
    assert kinds == ["tags"]
    assert "last year's hearing" in text
