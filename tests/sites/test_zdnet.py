from cleaners.sites.zdnet import RULE
from tests.sites.rule_helpers import kinds_removed


def test_also_link_line_removed_but_sentence_starting_with_also_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="storyBody"><p><strong>Also: </strong><a href="/x">See Black Friday coverage at CNET</a></p>'
        "<p>Also: the battery lasts two days, which matters more than the screen.</p></div>",
    )
    assert kinds == ["related-links"]
    assert "battery lasts two days" in text


def test_related_pin_box_and_gallery_removed_but_buying_line_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="storyBody"><div class="relatedContent alignRight"><h3>Black Friday</h3><a href="/d">Top picks</a></div>'
        '<div class="shortcodeGalleryWrapper"><a>SEE FULL GALLERY</a><span>1 - 5 of 36</span></div>'
        '<ul><li><strong>See it now:</strong> <a href="https://shop.example/">Amazon</a></li></ul></div>',
    )
    assert kinds == ["related-links", "media-embed"]
    assert "See it now: Amazon" in text
