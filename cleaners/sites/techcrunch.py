"""TechCrunch (techcrunch.com): the 2024 WordPress VIP article template.

The story sits in `article.article-container > div.article-content`, after a header with
the `h1.article__title`, the `.article__byline` (author link, relative time) and the
featured image, and before `footer.article-footer` (a shortlink input). Inside the body,
Piano injects an empty `.piano-inline-promo` slot where its newsletter and subscription
offers render. WordPress captions (`.wp-caption-text`, "Image Credits: ...") are left to the
generic caption cleaner. The first paragraph (`#speakable-summary`) is the lede and stays.
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

DROPS = (
    DropRule(Kind.SIGNUP_PROMO, ".piano-inline-promo", why="Piano's slot for newsletter and paywall offers, filled by script between paragraphs"),
    DropRule(Kind.BYLINE, ".article__byline", why="author and relative time, when a template puts the header inside the body"),
)  # fmt: skip

RULE = SiteRule(
    site="techcrunch",
    domains=("techcrunch.com",),
    body="article .article-content",
    drops=DROPS,
    metadata=MetadataRule(
        headline="h1.article__title", authors=".article__byline > a[href*='/author/']"
    ),
)
