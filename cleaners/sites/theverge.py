"""The Verge (theverge.com): Vox Media's Chorus platform.

The text sits in `.c-entry-content`. Chorus floats its furniture in among the paragraphs:
"Related" link boxes and newsletter sign-ups as `aside`s or `.c-float-*` blocks, and
Chorus-wide `.c-related-list` lists. Floats also hold pull quotes, which repeat article
text, so a float is only dropped when it says what it is ("Related", a sign-up form).

Valid from its first real page (2019-11-20) until the redesign of 2022-09-13 (a public
relaunch date, not checked on a page).
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.RELATED_LINKS, ".c-entry-content > aside, .c-entry-content > .c-float-left, .c-entry-content > .c-float-right", text=r"^related\b", max_chars=400, why="floated 'Related' boxes; other floats are pull quotes and stay"),
    DropRule(Kind.RELATED_LINKS, "aside", portable=True, text=r"^related\b", max_chars=400, why="the same boxes wherever a redesign puts them: an aside that says it is 'Related'"),
    DropRule(Kind.RELATED_LINKS, ".c-entry-content .c-related-list", why="Chorus 'Related' story lists placed between paragraphs"),
    DropRule(Kind.SIGNUP_PROMO, ".c-entry-content .c-newsletter_signup_box", why="the newsletter box Chorus injects into long stories"),
)  # fmt: skip

RULE = SiteRule(
    site="theverge",
    domains=("theverge.com",),
    body=".c-entry-content",
    drops=DROPS,
    valid_from=date(2019, 11, 20),
    valid_until=date(2022, 9, 13),  # The Verge left Chorus for its current design that day
    validated_on=(
        Validation(
            "2019-11-20-star-trek-4-noah-hawley",
            PageOrigin.REAL,
            "the article-extraction benchmark (Zyte, MIT), captured November 2019",
        ),
        Validation(
            "2019-11-21-reconstructed-chorus-furniture",
            PageOrigin.RECONSTRUCTION,
            "tests/fixtures/theverge/make_page.py",
        ),
    ),
    metadata=MetadataRule(
        description=".c-entry-summary",
        authors=".c-byline__author-name",
    ),
)
