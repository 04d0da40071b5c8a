"""9to5Mac (9to5mac.com): 9to5's WordPress theme, shared with 9to5Google and 9to5Toys.

The text sits in `.post-body` inside `article.post-content` (the comment area carries
`post-body` too, so it is excluded). Stories end with a YouTube channel pitch and, on
deals posts, the channel's latest videos.
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

DROPS = (
    DropRule(Kind.FOLLOW_PROMO, ".post-body > p, .post-body > h2, .post-body > h3, .post-body > div", text=r"^subscribe to (the )?9to5\w+ (on youtube|youtube channel)", max_chars=200, why="the YouTube channel pitch closing the story"),
    DropRule(Kind.RELATED_LINKS, ".post-body > p", text=r"\[video\]$", max_chars=200, min_link_density=0.9, why="the channel's latest videos listed under that pitch, one linked '... [Video]' title a line"),
)  # fmt: skip

RULE = SiteRule(
    site="9to5mac",
    domains=("9to5mac.com",),
    body="article.post-content .post-body:not(.comments-area)",
    drops=DROPS,
    metadata=MetadataRule(authors=".post-meta .byline [itemprop=name]"),
)
