from cleaners.sites.wired import RULE_2019 as RULE
from tests.sites.rule_helpers import kinds_removed


def test_subscribe_callout_removed_but_story_callout_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article__body"><div class="callout"><p>SUBSCRIBE</p><p>Subscribe to WIRED and stay smart.</p></div>'
        '<div class="callout"><p>How we tested: each phone ran the same video loop.</p></div></div>',
    )
    assert kinds == ["signup-promo"]
    assert "How we tested" in text


def test_more_great_stories_label_and_list_removed_but_list_under_heading_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article__body"><h3>What the banks offer</h3><ul><li><a href="/a">Early paychecks</a></li></ul>'
        '<hr><div class="heading-h3">More Great WIRED Stories</div>'
        '<ul><li><a href="/b">The strange life of a coder</a></li><li><a href="/c">Facebook and speech</a></li></ul></div>',
    )
    assert kinds == ["more-from-links", "more-from-links"]
    assert "Early paychecks" in text


def test_consumer_marketing_unit_removed_but_pull_quote_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article__body"><div class="consumer-marketing-unit"><p>Get WIRED for $5</p></div>'
        '<aside class="pullquote-embed">No one bothered mentioning the real problem.</aside></div>',
    )
    assert kinds == ["signup-promo"]
    assert "No one bothered" in text
