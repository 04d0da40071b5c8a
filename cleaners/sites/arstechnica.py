"""Ars Technica (arstechnica.com): Condé Nast's WordPress article template.

The text sits in `div.article-content` (`itemprop="articleBody"`). Inside it the editors
float "Further Reading" boxes (`aside.story-sidebar`) next to the paragraphs, and the
template drops in ad wrappers and, on some sections, a newsletter form. Below it come the
page numbers of multi-page stories, the author box and promoted comments, which the body
selector already leaves out. This rule was written against a reconstructed page (see
tests/fixtures/arstechnica/make_page.py) on the pre-October-2024 markup.

Valid from its reconstruction's date to the October 2024 redesign; it has met no real page.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.RELATED_LINKS, ".article-content aside.story-sidebar, .article-content .pullbox", text=r"^further reading\b", max_chars=400, why="'Further Reading' boxes floated beside the paragraphs"),
    DropRule(Kind.RELATED_LINKS, "aside", portable=True, text=r"^further reading\b", max_chars=400, why="the same boxes wherever a redesign puts them"),
    DropRule(Kind.SIGNUP_PROMO, ".article-content #mc_embed_signup, .article-content .newsletter-signup", why="the Mailchimp newsletter form some sections place in the story"),
    DropRule(Kind.AD_SLOT, ".article-content .ad_wrapper, .article-content .ad"),
    DropRule(Kind.NAVIGATION, ".article-content nav.page-numbers", why="page links of a story split over several pages"),
)  # fmt: skip

RULE = SiteRule(
    site="arstechnica",
    domains=("arstechnica.com",),
    body="div.article-content[itemprop=articleBody], .article-content.post-page",
    drops=DROPS,
    valid_from=date(2024, 3, 12),
    valid_until=date(2024, 10, 1),  # Ars Technica's October 2024 redesign
    validated_on=(
        Validation(
            "2024-03-12-reconstructed-fusion-record",
            PageOrigin.RECONSTRUCTION,
            "tests/fixtures/arstechnica/make_page.py",
        ),
    ),
    metadata=MetadataRule(
        description=".article-header [itemprop=description]",
        authors=".post-meta [rel=author] [itemprop=name]",
    ),
)
