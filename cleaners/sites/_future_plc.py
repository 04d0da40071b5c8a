"""Future plc's publishing platform (ITPro, TechRadar, Tom's Hardware, PC Gamer, Space.com).

The body is `#article-body`. Future injects its furniture as siblings of the paragraphs:
newsletter slices, "You may like" / "What to read next" asides, ad units, a video player,
and, after the last paragraph, a "Follow X on Google News" line. Real paragraphs carry
`class="paywall"`, so no rule may treat that class as boilerplate.

Valid from the earliest Future page the project holds (2025-07-18, the constructed ITPro
seed; the real TechRadar page is of 2026-05-21); no end is known.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

BODY = "#article-body"

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, "[class*=newsletterForm], [class*=newsletter-], .slice-container-newsletterForm", why="newsletter slices injected between paragraphs"),
    DropRule(Kind.SHARE_BAR, "#utility-bar, .utility-bar", why="share and follow buttons above the first paragraph"),
    DropRule(Kind.RELATED_LINKS, "#article-body > aside", why="'You may like' and 'What to read next' asides between paragraphs"),
    DropRule(Kind.AD_SLOT, ".ad-unit, [id^=this-will-be-used-for-mpu]"),
    DropRule(Kind.MEDIA_EMBED, "#article-body > div", text=r"^latest videos from", max_chars=200, why="the video player's title bar"),
    DropRule(Kind.AUTHOR_BIO, ".slice-author-bio, .author-bio, .author-byline__bio"),
)  # fmt: skip

METADATA = MetadataRule(
    description=".strapline, p.strapline",
    authors=".author-byline__author-name, .author-byline__link, a[rel=author]",
)

FUTURE_PLC = SiteRule(
    site="_future_plc",
    domains=("futurecdn.net",),
    body=BODY,
    drops=DROPS,
    metadata=METADATA,
    valid_from=date(2025, 7, 18),  # the earliest page of the platform the project holds
)
