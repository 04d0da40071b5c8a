"""Engadget (engadget.com): Yahoo's content platform ("CaaS"), 2021-2023.

The text sits in `div.caas-body`. Engadget adds two stock lines to it as plain
paragraphs: the affiliate disclosure of commerce stories and, during events, a "Catch up
on all of the news from ... right here" pointer; the platform adds `caas-da` ad slots and
the `caas-readmore` button. This rule was written against a reconstructed page (see
tests/fixtures/engadget/make_page.py).
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

DROPS = (
    DropRule(Kind.AFFILIATE, ".caas-body > p", text=r"^all products recommended by engadget are selected by our editorial team", max_chars=400, why="the stock affiliate disclosure of commerce stories"),
    DropRule(Kind.RELATED_LINKS, ".caas-body > p", text=r"^(catch up on|follow) all (of )?the (latest )?news from .{0,120}\bright here\W*$", max_chars=200, why="the pointer to an event's coverage hub"),
    DropRule(Kind.AD_SLOT, ".caas-body .caas-da"),
    DropRule(Kind.PAGE_CHROME, ".caas-body .caas-readmore", why="Yahoo's 'Story continues' button"),
)  # fmt: skip

RULE = SiteRule(
    site="engadget",
    domains=("engadget.com",),
    body=".caas-body",
    drops=DROPS,
    metadata=MetadataRule(
        description=".caas-subheadline",
        authors=".caas-attr-item-author .caas-attr-provider-name",
    ),
)
