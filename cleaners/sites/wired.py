"""Wired (wired.com): Condé Nast's article templates.

Until 2024-04-28 (`RULE_2019`, validated on two real pages of November 2019): long stories
are cut into chunks by full-width ad rows, so the text sits in several `.article__body`
blocks under `.article__chunks`; the site rule joins them, where generic location keeps
only the largest. Between and after the paragraphs sit subscription callouts,
consumer-marketing units and the "More Great WIRED Stories" list. Pull quotes
(`.pullquote-embed`) and inline embeds are part of the story and stay.

From 2024-04-28 (`RULE`): the current template puts each chunk's text in a
`.body__inner-container` (public per-site parser code, Fundus's Wired parser, reads the
story from `.body__inner-container > p` and `h2`, the standfirst from `ContentHeaderDek`).
Commerce stories open with the stock affiliate disclosure, buying guides set product boxes
(`ProductEmbed...`) between the paragraphs, and photos carry a `.caption__credit`. The date is the first day the project knows the new markup to be served
(a real page of that day missed the 2019 rule); no page of it is in the project's sources,
so this version is validated on a CONSTRUCTED page (`tests/fixtures/wired/make_verso_page.py`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

AEB = "the article-extraction benchmark (Zyte, MIT), captured November 2019"

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".article__body .consumer-marketing-unit", why="subscription offers injected mid-article"),
    DropRule(Kind.SIGNUP_PROMO, ".article__body .callout", text=r"^subscribe\b", max_chars=300, why="the 'SUBSCRIBE to WIRED' inset; other callouts are story asides"),
    DropRule(Kind.MORE_FROM_LINKS, ".article__body > .heading-h3", text=r"^more great wired stories", max_chars=60, why="the styled label (a div, not an h3) over the end-of-story list"),
    DropRule(Kind.MORE_FROM_LINKS, ".article__body > .heading-h3 + ul", min_link_density=0.3, why="the list under that label (its teasers mix links and plain text); in-story lists follow real headings"),
    DropRule(Kind.AD_SLOT, ".article__body .ad, .article__chunks .full-bleed-ad"),
)  # fmt: skip

AFFILIATE = DropRule(Kind.AFFILIATE, "p", text=r"^if you buy something using links in our stories, we may earn a commission", max_chars=300, why="the stock disclosure opening commerce stories", portable=True)  # fmt: skip

CURRENT_DROPS = (
    AFFILIATE,
    DropRule(Kind.CREDIT, ".caption__credit", why="photo credits beside the caption text"),
    DropRule(Kind.AFFILIATE, ".body__inner-container [class^=ProductEmbed]", why="a buying guide's product box (name, specs, shop button) between the paragraphs"),
)  # fmt: skip

SWITCH = date(2024, 4, 28)

RULE_2019 = SiteRule(
    site="wired",
    domains=("wired.com",),
    body=".article__chunks .article__body",
    drops=(*DROPS, AFFILIATE),
    metadata=MetadataRule(description=".content-header__dek"),
    valid_from=date(2019, 11, 20),
    valid_until=SWITCH,
    validated_on=(
        Validation("2019-11-20-instagram-business-accounts-analytics", PageOrigin.REAL, AEB),
        Validation("2019-11-20-the-future-of-banking-is-youre-broke", PageOrigin.REAL, AEB),
    ),
)

RULE = replace(
    RULE_2019,
    body=".body__inner-container",
    drops=CURRENT_DROPS,
    metadata=MetadataRule(description="[class*=ContentHeaderDek]"),
    valid_from=SWITCH,
    valid_until=None,
    validated_on=(
        Validation(
            "2024-04-28-constructed-verso-instagram-analytics",
            PageOrigin.CONSTRUCTED,
            "the 2019 real page's text in the template as Fundus's Wired parser describes it",
        ),
    ),
)

RULES = (RULE_2019, RULE)
