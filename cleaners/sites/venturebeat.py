"""VentureBeat (venturebeat.com): a WordPress theme.

The text sits in `article .article-content`. VentureBeat wraps the event and newsletter
pitches it runs before and after stories in `.boilerplate-before` / `.boilerplate-after`
(`.post-boilerplate`), and wire stories end with the agency's reporting credit.

Valid from its one real page (2019-11-20); no end is known.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".article-content .post-boilerplate, .article-content .boilerplate-before, .article-content .boilerplate-after", why="event and newsletter pitches around the story"),
    DropRule(Kind.CREDIT, "p", portable=True, text=r"^\(\s*(reporting|writing|additional reporting) by\b", max_chars=400, why="a wire agency's closing credit line"),
    DropRule(Kind.AD_SLOT, ".article-content [id^=pressboard-ad]", why="the sponsored-content notice slot closing the story"),
)  # fmt: skip

RULE = SiteRule(
    site="venturebeat",
    domains=("venturebeat.com",),
    body="article .article-content",
    drops=DROPS,
    valid_from=date(2019, 11, 20),
    validated_on=(
        Validation(
            "2019-11-20-new-york-state-attorney-general-investigating-wework",
            PageOrigin.REAL,
            "the article-extraction benchmark (Zyte, MIT), captured November 2019",
        ),
    ),
)
