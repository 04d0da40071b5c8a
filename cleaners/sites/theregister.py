"""The Register (theregister.com, formerly theregister.co.uk): Situation Publishing's own CMS.

`div#article` holds the head (headline, standfirst, byline and share buttons) and
`div#body`, the text. Inside `#body` the template places ad units (`.adun`), sponsored
whitepaper teasers (`.promo_article`), the "Get our Tech Resources" line (`p.wptl`) and,
last, `#article_body_btm` with "Similar topics" and share buttons. This rule was written
against a reconstructed page (see tests/fixtures/theregister/make_page.py).

Valid from its reconstruction's date; it has met no real page.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.AD_SLOT, "#body .adun, #body [class^=adun_]"),
    DropRule(Kind.AD_SLOT, "#body .promo_article", why="sponsored whitepaper teasers between paragraphs"),
    DropRule(Kind.SIGNUP_PROMO, "#body p.wptl", why="'Get our Tech Resources' whitepaper-library link"),
    DropRule(Kind.TAGS, "#body #article_body_btm", why="'Similar topics' tag links and share buttons closing the story"),
)  # fmt: skip

RULE = SiteRule(
    site="theregister",
    domains=("theregister.com", "theregister.co.uk"),
    body="#article #body",
    drops=DROPS,
    valid_from=date(2023, 5, 17),
    validated_on=(
        Validation(
            "2023-05-17-reconstructed-printer-firmware",
            PageOrigin.RECONSTRUCTION,
            "tests/fixtures/theregister/make_page.py",
        ),
    ),
    metadata=MetadataRule(
        description="#article .article_head h2",
        authors="#article .byline_and_share a.byline",
    ),
)
