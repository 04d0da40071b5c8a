from cleaners.sites.arstechnica import RULE
from tests.sites.rule_helpers import kinds_removed


def test_further_reading_box_removed_but_story_sidebar_with_prose_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article-content"><aside class="pullbox sidebar story-sidebar right"><h3>Further Reading</h3>'
        '<a href="/a">Why fusion walls are hard</a></aside>'
        '<aside class="story-sidebar"><p>How a divertor works: heat leaks along a narrow band.</p></aside></div>',
    )
    assert kinds == ["related-links"]
    assert "How a divertor works" in text


def test_newsletter_form_removed_but_paragraph_about_newsletters_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article-content"><div id="mc_embed_signup"><form><h3>Ars Science newsletter</h3></form></div>'
        "<p>The lab announced the result in its newsletter.</p></div>",
    )
    assert kinds == ["signup-promo"]
    assert "in its newsletter" in text
