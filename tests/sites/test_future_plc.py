"""Future plc's platform rule (ITPro, TechRadar, Tom's Hardware): each drop, a hit and a near miss."""

from __future__ import annotations

import pytest

from cleaners.sites import SiteRule, itpro, techradar, tomshardware
from cleaners.sites._future_plc import FUTURE_PLC
from tests.sites.rule_helpers import kinds_removed

PARA = (
    '<p class="paywall" aria-hidden="true">Paywalled paragraph of the story, which readers see.</p>'
)


def body(inner: str) -> str:
    return f'<div id="article-body" class="text-copy bodyCopy auto">{inner}{PARA}</div>'


@pytest.mark.parametrize(
    "rule", [itpro.RULE, techradar.RULE, tomshardware.RULE], ids=lambda r: r.site
)
def test_sites_share_the_platform_rule(rule: SiteRule) -> None:
    assert (rule.drops, rule.body) == (FUTURE_PLC.drops, FUTURE_PLC.body)


@pytest.mark.parametrize(
    ("inner", "kind"),
    [
        (
            '<div id="slice-container-newsletterForm-x" class="slice-container slice-container-newsletterForm"><div class="newsletter-form__header">Get daily insight</div></div>',
            "signup-promo",
        ),
        (
            '<div id="utility-bar"><button>Share</button><a href="#c">Join the conversation</a></div>',
            "share-bar",
        ),
        (
            '<aside data-component-name="Recirculation:ArticleRiver"><span>You may like</span><ul><li><a href="/a">A</a></li></ul></aside>',
            "related-links",
        ),
        ('<div id="ad-unit-1" class="ad-unit"></div>', "ad-slot"),
        ('<div id="this-will-be-used-for-mpu-2"></div>', "ad-slot"),
        (
            '<div><span class="jwp-carousel-title-desktop">Latest Videos From</span></div>',
            "media-embed",
        ),
        (
            '<div class="slice-container slice-author-bio"><p>Jo is a staff writer.</p></div>',
            "author-bio",
        ),
    ],
)
def test_platform_furniture_removed_and_paywall_paragraph_kept(inner: str, kind: str) -> None:
    kinds, text = kinds_removed(FUTURE_PLC, body(inner))
    assert kinds == [kind]
    assert text == "Paywalled paragraph of the story, which readers see."


@pytest.mark.parametrize(
    "inner",
    [
        "<p>Our newsletter team found that readers share links more on Fridays.</p>",
        "<figure><aside><p>A boxout inside a figure is part of the story.</p></aside></figure>",
        "<div><p>Latest videos from the launch show the handset's hinge in detail, and the "
        "company's engineers explained on stage why the crease is less visible this year, "
        "citing a new glass supplier, a wider fold radius and a thicker protective film.</p></div>",
        '<blockquote class="vanilla-quoteblock"><p>A pull quote from the interview.</p></blockquote>',
    ],
)
def test_story_blocks_resembling_furniture_are_kept(inner: str) -> None:
    kinds, _ = kinds_removed(FUTURE_PLC, body(inner))
    assert kinds == []
