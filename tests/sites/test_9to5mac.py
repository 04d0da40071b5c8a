from importlib import import_module

from tests.sites.rule_helpers import kinds_removed

RULE = import_module("cleaners.sites.9to5mac").RULE


def test_youtube_pitch_removed_but_paragraph_about_youtube_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="post-body"><p><a href="https://www.youtube.com/c/9to5mac">Subscribe to 9to5Mac on YouTube for more Apple news:</a></p>'
        "<p>Subscribers to YouTube Premium get the feature first.</p></div>",
    )
    assert kinds == ["follow-promo"]
    assert "YouTube Premium" in text


def test_video_teaser_links_removed_but_linked_paragraph_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="post-body"><p style="text-align: center"><a href="/r">Headset Review: my new favourite [Video]</a></p>'
        '<p>Apple <a href="/v">released a video</a> showing the new feature in use at home.</p></div>',
    )
    assert kinds == ["related-links"]
    assert "released a video" in text


def test_body_selector_skips_comment_area_that_shares_its_class():
    from lxml.html import fromstring

    page = fromstring(
        '<div><article class="post-content"><div class="post-body"><p>Story.</p></div></article>'
        '<div id="comments" class="comments-area post-body"></div></div>'
    )
    assert [n.get("class") for n in RULE.body_selector(page)] == ["post-body"]
