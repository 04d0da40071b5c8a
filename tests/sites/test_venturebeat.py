from cleaners.sites.venturebeat import RULE
from tests.sites.rule_helpers import kinds_removed


def test_wire_credit_removed_but_paragraph_citing_reporting_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article-content"><p>Reporting by the Times showed the cuts were deeper.</p>'
        "<p>(<em>Reporting by Jane Roe; editing by John Doe.</em>)</p></div>",
    )
    assert kinds == ["credit"]
    assert "Reporting by the Times" in text


def test_boilerplate_blocks_removed_but_story_div_kept():
    kinds, text = kinds_removed(
        RULE,
        '<div class="article-content"><div class="post-boilerplate boilerplate-before"><p>Join us at Transform</p></div>'
        "<div><p>The company raised $40 million.</p></div>"
        '<div class="post-boilerplate boilerplate-after"><p>VentureBeat\'s mission is to be a town square.</p></div></div>',
    )
    assert kinds == ["signup-promo", "signup-promo"]
    assert "raised $40 million" in text
