"""Wired (wired.com): Condé Nast's article template.

Long stories are cut into chunks by full-width ad rows, so the text sits in several
`.article__body` blocks under `.article__chunks`; the site rule joins them, where generic
location keeps only the largest. Between and after the paragraphs sit subscription
callouts, consumer-marketing units and the "More Great WIRED Stories" list. Pull quotes
(`.pullquote-embed`) and inline embeds are part of the story and stay.
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".article__body .consumer-marketing-unit", why="subscription offers injected mid-article"),
    DropRule(Kind.SIGNUP_PROMO, ".article__body .callout", text=r"^subscribe\b", max_chars=300, why="the 'SUBSCRIBE to WIRED' inset; other callouts are story asides"),
    DropRule(Kind.MORE_FROM_LINKS, ".article__body > .heading-h3", text=r"^more great wired stories", max_chars=60, why="the styled label (a div, not an h3) over the end-of-story list"),
    DropRule(Kind.MORE_FROM_LINKS, ".article__body > .heading-h3 + ul", min_link_density=0.3, why="the list under that label (its teasers mix links and plain text); in-story lists follow real headings"),
    DropRule(Kind.AD_SLOT, ".article__body .ad, .article__chunks .full-bleed-ad"),
)  # fmt: skip

RULE = SiteRule(
    site="wired",
    domains=("wired.com",),
    body=".article__chunks .article__body",
    drops=DROPS,
    metadata=MetadataRule(description=".content-header__dek"),
)
