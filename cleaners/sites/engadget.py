"""Engadget (engadget.com): Yahoo's content platform ("CaaS"), 2021-2023.

The text sits in `div.caas-body`. Engadget adds two stock lines to it as plain
paragraphs: the affiliate disclosure of commerce stories and, during events, a "Catch up
on all of the news from ... right here" pointer; the platform adds `caas-da` ad slots and
the `caas-readmore` button. This rule was written against a reconstructed page (see
tests/fixtures/engadget/make_page.py).

Valid 2021-2023, the years of that template; it has met no real page.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.AFFILIATE, "p", portable=True, text=r"^all products recommended by engadget are selected by our editorial team", max_chars=400, why="the stock affiliate disclosure of commerce stories"),
    DropRule(Kind.RELATED_LINKS, "p", portable=True, text=r"^(catch up on|follow) all (of )?the (latest )?news from .{0,120}\bright here\W*$", max_chars=200, why="the pointer to an event's coverage hub"),
    DropRule(Kind.AD_SLOT, ".caas-body .caas-da"),
    DropRule(Kind.PAGE_CHROME, ".caas-body .caas-readmore", why="Yahoo's 'Story continues' button"),
)  # fmt: skip

RULE = SiteRule(
    site="engadget",
    domains=("engadget.com",),
    body=".caas-body",
    drops=DROPS,
    valid_from=date(2021, 1, 1),  # the CaaS template years the docstring states, 2021-2023
    valid_until=date(2024, 1, 1),
    validated_on=(
        Validation(
            "2022-06-07-reconstructed-watch-battery",
            PageOrigin.RECONSTRUCTION,
            "tests/fixtures/engadget/make_page.py",
        ),
    ),
    metadata=MetadataRule(
        description=".caas-subheadline",
        authors=".caas-attr-item-author .caas-attr-provider-name",
    ),
)
