"""Ars Technica (arstechnica.com): Condé Nast's WordPress article template.

The text sits in `div.article-content` (`itemprop="articleBody"`). Inside it the editors
float "Further Reading" boxes (`aside.story-sidebar`) next to the paragraphs, and the
template drops in ad wrappers and, on some sections, a newsletter form. Below it come the
page numbers of multi-page stories, the author box and promoted comments, which the body
selector already leaves out. This rule was written against a reconstructed page (see
tests/fixtures/arstechnica/make_page.py) on the pre-October-2024 markup.
"""

from __future__ import annotations

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, SiteRule

DROPS = (
    DropRule(Kind.RELATED_LINKS, ".article-content aside.story-sidebar, .article-content .pullbox", text=r"^further reading\b", max_chars=400, why="'Further Reading' boxes floated beside the paragraphs"),
    DropRule(Kind.SIGNUP_PROMO, ".article-content #mc_embed_signup, .article-content .newsletter-signup", why="the Mailchimp newsletter form some sections place in the story"),
    DropRule(Kind.AD_SLOT, ".article-content .ad_wrapper, .article-content .ad"),
    DropRule(Kind.NAVIGATION, ".article-content nav.page-numbers", why="page links of a story split over several pages"),
)  # fmt: skip

RULE = SiteRule(
    site="arstechnica",
    domains=("arstechnica.com",),
    body="div.article-content[itemprop=articleBody], .article-content.post-page",
    drops=DROPS,
    metadata=MetadataRule(
        description=".article-header [itemprop=description]",
        authors=".post-meta [rel=author] [itemprop=name]",
    ),
)
