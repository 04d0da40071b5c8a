"""TechCrunch (techcrunch.com): WordPress VIP, in two templates.

Until 2024-05-08 (`RULE_2024`): the story sits in `article.article-container >
div.article-content`, after a header with the `h1.article__title`, the `.article__byline`
(author link, relative time) and the featured image, and before `footer.article-footer` (a
shortlink input). Inside the body, Piano injects an empty `.piano-inline-promo` slot where
its newsletter and subscription offers render. WordPress captions (`.wp-caption-text`,
"Image Credits: ...") are left to the generic caption cleaner. The first paragraph
(`#speakable-summary`) is the lede and stays. Validated on a real page of 2024-04-28.

From 2024-05-08 (`RULE`): TechCrunch moved to a WordPress block theme. The story sits in
`div.entry-content` (`wp-block-post-content`), under `h1.wp-block-post-title`, with a
floating `wp-block-techcrunch-social-share` bar; the lede keeps `#speakable-summary`.
The date and the selectors are those of public per-site parser code (Fundus's TechCrunch
parser, versions V1 and V1_1); no page served after the switch was available, so this
version is validated on a CONSTRUCTED page: the real 2024-04-28 page re-marked-up as that
description says (`tests/fixtures/techcrunch/make_block_theme.py`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".piano-inline-promo", why="Piano's slot for newsletter and paywall offers, filled by script between paragraphs"),
    DropRule(Kind.BYLINE, ".article__byline", why="author and relative time, when a template puts the header inside the body"),
)  # fmt: skip

BLOCK_THEME_DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".piano-inline-promo", why="Piano's slot, kept by the block theme"),
    DropRule(Kind.SHARE_BAR, ".wp-block-techcrunch-social-share", why="the floating share bar"),
)  # fmt: skip

SWITCH = date(2024, 5, 8)  # the block theme's first day, per Fundus's TechCrunch parser

RULE_2024 = SiteRule(
    site="techcrunch",
    domains=("techcrunch.com",),
    body="article .article-content",
    drops=DROPS,
    metadata=MetadataRule(
        headline="h1.article__title", authors=".article__byline > a[href*='/author/']"
    ),
    valid_until=SWITCH,
    validated_on=(
        Validation(
            "2024-04-28-rpa-vendors-ai-agents",
            PageOrigin.REAL,
            "Fundus parser test data (flairNLP/fundus, MIT)",
        ),
    ),
)

RULE = replace(
    RULE_2024,
    body="div.entry-content",
    drops=BLOCK_THEME_DROPS,
    metadata=MetadataRule(headline="h1.wp-block-post-title"),
    valid_from=SWITCH,
    valid_until=None,
    validated_on=(
        Validation(
            "2024-05-20-constructed-rpa-vendors-ai-agents",
            PageOrigin.CONSTRUCTED,
            "the real 2024-04-28 page in the block theme's markup as Fundus's parser describes it",
        ),
    ),
)

RULES = (RULE_2024, RULE)
