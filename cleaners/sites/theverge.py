"""The Verge (theverge.com): Vox Media's Chorus platform.

The text sits in `.c-entry-content`. Chorus floats its furniture in among the paragraphs:
"Related" link boxes and newsletter sign-ups as `aside`s or `.c-float-*` blocks, and
Chorus-wide `.c-related-list` lists. Floats also hold pull quotes, which repeat article
text, so a float is only dropped when it says what it is ("Related", a sign-up form).
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

DROPS = (
    DropRule(Kind.RELATED_LINKS, ".c-entry-content > aside, .c-entry-content > .c-float-left, .c-entry-content > .c-float-right", text=r"^related\b", max_chars=400, why="floated 'Related' boxes; other floats are pull quotes and stay"),
    DropRule(Kind.RELATED_LINKS, ".c-entry-content .c-related-list", why="Chorus 'Related' story lists placed between paragraphs"),
    DropRule(Kind.SIGNUP_PROMO, ".c-entry-content .c-newsletter_signup_box", why="the newsletter box Chorus injects into long stories"),
)  # fmt: skip

RULE = SiteRule(
    site="theverge",
    domains=("theverge.com",),
    body=".c-entry-content",
    drops=DROPS,
    metadata=MetadataRule(
        description=".c-entry-summary",
        authors=".c-byline__author-name",
    ),
)
