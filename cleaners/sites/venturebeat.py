"""VentureBeat (venturebeat.com): a WordPress theme.

The text sits in `article .article-content`. VentureBeat wraps the event and newsletter
pitches it runs before and after stories in `.boilerplate-before` / `.boilerplate-after`
(`.post-boilerplate`), and wire stories end with the agency's reporting credit.
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import SiteRule

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".article-content .post-boilerplate, .article-content .boilerplate-before, .article-content .boilerplate-after", why="event and newsletter pitches around the story"),
    DropRule(Kind.CREDIT, ".article-content > p", text=r"^\(\s*(reporting|writing|additional reporting) by\b", max_chars=400, why="a wire agency's closing credit line"),
    DropRule(Kind.AD_SLOT, ".article-content [id^=pressboard-ad]", why="the sponsored-content notice slot closing the story"),
)  # fmt: skip

RULE = SiteRule(
    site="venturebeat",
    domains=("venturebeat.com",),
    body="article .article-content",
    drops=DROPS,
)
