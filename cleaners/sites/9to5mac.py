"""9to5Mac (9to5mac.com): 9to5's WordPress theme, shared with 9to5Google and 9to5Toys.

The text sits in `.post-body` inside `article.post-content` (the comment area carries
`post-body` too, so it is excluded). Stories end with a YouTube channel pitch and, on
deals posts, the channel's latest videos.

Valid from its first real page (2019-11-20); no end is known, `presswash check-site` tells.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.FOLLOW_PROMO, "p, h2, h3", portable=True, text=r"^subscribe to (the )?9to5\w+ (on youtube|youtube channel)", max_chars=200, why="the YouTube channel pitch closing the story"),
    DropRule(Kind.RELATED_LINKS, "p", portable=True, text=r"\[video\]$", max_chars=200, min_link_density=0.9, why="the channel's latest videos listed under that pitch, one linked '... [Video]' title a line"),
)  # fmt: skip

RULE = SiteRule(
    site="9to5mac",
    domains=("9to5mac.com",),
    body="article.post-content .post-body:not(.comments-area)",
    drops=DROPS,
    valid_from=date(2019, 11, 20),
    validated_on=(
        Validation(
            "2019-11-20-macbook-deals-airpods-more",
            PageOrigin.REAL,
            "the article-extraction benchmark (Zyte, MIT), captured November 2019",
        ),
        Validation(
            "2019-11-20-techy-gift-guide",
            PageOrigin.REAL,
            "the article-extraction benchmark (Zyte, MIT), captured November 2019",
        ),
    ),
    metadata=MetadataRule(authors=".post-meta .byline [itemprop=name]"),
)
