"""Page furniture found by markup: navigation, ads, comments, consent, share bars.

Templates name these blocks the same way across sites, so class and id tokens find them.
Every rule with a token that could also name content carries `max_chars`, so a wrapper
that merely wears such a class is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..kinds import Kind
from ..rules import Match, Page
from ..visibility import is_heading_toggle
from .tokens import TokenCleaner, TokenRule

SHORT_BLOCK = 400  # promos, bars and bylines are short; a longer block is probably content
RAIL_BLOCK = 3000
BYLINE_BLOCK = 200  # "By A. Writer and B. Writer, Updated 5:27 am, Wednesday, November 20, 2019"  # a rail of headlines can be long, but not article-long

# Page builders call every element of a page a widget, the story's paragraphs and headings
# too (Elementor's `elementor-widget elementor-widget-text-editor`, HubSpot's
# `widget-span widget-type-cell`): there the token says nothing about what a block holds.
PAGE_BUILDER_ELEMENTS = ("elementor-widget", "elementor-widget-container", "widget-span")

RULES = (
    TokenRule(
        Kind.CONSENT_BANNER,
        (
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "cmp",
            "onetrust",
            "cookie-banner",
            "privacy-banner",
            "optanon",
            "didomi",
            "qc cmp2",
            "sp message",
            "cybotcookiebotdialog",
            "usercentrics",
        ),
        why="consent platforms and cookie banners; extract.py drops them past the guard",
    ),
    TokenRule(
        Kind.COMMENTS,
        (
            "comments",
            "comment-list",
            "comments-area",
            "disqus",
            "disqus_thread",
            "respond",
            "commentlist",
            "comment-form",
            "coral",
            "viafoura",
            "openweb",
        ),
        max_chars=None,
        why="reader comments are not the article",
    ),
    TokenRule(
        Kind.AD_SLOT,
        (
            "ad",
            "ads",
            "advert",
            "advertisement",
            "ad-slot",
            "ad-unit",
            "adunit",
            "ad-container",
            "ad-wrapper",
            "dfp",
            "gpt-ad",
            "sponsored",
            "taboola",
            "outbrain",
            "advertising",
            "adsbygoogle",
            "banner-ad",
            "mpu",
            "leaderboard",
            "ad-unit",
            "affiliate-disclosure",
            "commercial",
        ),
        max_chars=SHORT_BLOCK,
        why="ad slots and sponsored units are named so for the ad server",
    ),
    TokenRule(
        Kind.SHARE_BAR,
        (
            "share",
            "sharing",
            "social-share",
            "share-bar",
            "sharebar",
            "share-buttons",
            "social-links",
            "social",
            "sociallinks",
            "utility-bar",
            "share-tools",
            "addthis",
            "sharethis",
        ),
        max_chars=SHORT_BLOCK,
        spares_quotes=True,  # a share bar holds buttons; a quoted tweet is content
        why="share buttons and social links carry no text of the story",
    ),
    TokenRule(
        Kind.NAVIGATION,
        (
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "pager",
            "skip-link",
            "skip-to-content",
            "menu",
            "navbar",
            "nav",
            "site-header",
            "site-footer",
            "masthead",
            "toolbar",
        ),
        max_chars=RAIL_BLOCK,
        spares_prose=True,
        why="menus, breadcrumbs and pagers are navigation",
    ),
    TokenRule(
        Kind.TAGS,
        (
            "tags",
            "tag-list",
            "tag-links",
            "post-tags",
            "article-tags",
            "topics",
            "categories",
            "entry-tags",
            "keywords",
        ),
        max_chars=SHORT_BLOCK,
        min_link_density=0.5,
        why="a short list of topic links under the story",
    ),
    TokenRule(
        Kind.AUTHOR_BIO,
        (
            "author-bio",
            "author-box",
            "authorbox",
            "about-author",
            "about-the-author",
            "author-info",
            "author-card",
            "bio",
            "author-profile",
            "contributor-bio",
            "author-details",
            "slice-author-bio",
        ),
        max_chars=1500,
        why="a box about the author, named so by the template",
    ),
    TokenRule(
        Kind.SIGNUP_PROMO,
        (
            "newsletter",
            "signup",
            "sign-up",
            "subscribe",
            "subscription",
            "newsletter-signup",
            "inline-newsletter",
            "paywall-prompt",
            "registration-wall",
            "membership-promo",
        ),
        max_chars=SHORT_BLOCK * 2,
        why="newsletter and subscription boxes, named so by the template",
    ),
    TokenRule(
        Kind.RELATED_LINKS,
        (
            "related",
            "related-posts",
            "related-articles",
            "related-content",
            "related-stories",
            "recommended",
            "recommendations",
            "read-next",
            "read-more",
            "more-stories",
            "you-may-like",
            "further-reading",
            "see-also",
            "also-read",
            "jp-relatedposts",
            "yarpp",
            "recirculation",
            "more-from",
        ),
        max_chars=RAIL_BLOCK,
        spares_prose=True,
        why="blocks of links to other stories",
    ),
    TokenRule(
        Kind.LATEST_NEWS_LIST,
        (
            "trending",
            "popular",
            "most-popular",
            "most-read",
            "mostread",
            "latest",
            "latest-news",
            "top-stories",
            "sidebar",
            "rail",
            "right-rail",
        ),
        max_chars=RAIL_BLOCK,
        spares_prose=True,
        spares_quotes=True,
        why="rails of the latest or most read stories",
    ),
    TokenRule(
        Kind.LATEST_NEWS_LIST,
        ("widget",),
        max_chars=RAIL_BLOCK,
        spares_prose=True,
        spares_quotes=True,
        spares=PAGE_BUILDER_ELEMENTS,
        why="a sidebar's widgets: the latest stories, categories, a tag cloud",
    ),
)

# The card shown on hover is a box; the link or term it is shown for (a glossary term's
# `<a class="glossary-tooltip">`) is a word of the sentence and stays.
HOVER_CARD_TAGS = frozenset({"div", "span", "aside", "section", "ul", "ol", "dl", "dialog"})
HOVER_CARD_LINK_DENSITY = 0.8  # a card of a name and headlines is links; a note is not
BYLINE_RULES = (
    TokenRule(
        Kind.HIDDEN,
        ("rollover", "tooltip", "popover", "hovercard", "popup"),
        tags=HOVER_CARD_TAGS,
        max_chars=SHORT_BLOCK,
        why="a card shown on hover repeats a name and headlines inside the sentence",
    ),
    TokenRule(
        Kind.HIDDEN,
        ("rollover", "tooltip", "popover", "hovercard"),
        tags=HOVER_CARD_TAGS,
        min_link_density=HOVER_CARD_LINK_DENSITY,
        innermost=True,  # the wrapper also holds the linked name the card is shown for
        why="a hover card listing the person's latest headlines: links, however long",
    ),
    TokenRule(
        Kind.BYLINE,
        (
            "byline",
            "by-line",
            "author",
            "authors",
            "author-name",
            "dateline",
            "date",
            "pubdate",
            "timestamp",
            "time",
            "published",
            "updated",
            "post-meta",
            "entry-meta",
            "article-meta",
            "meta",
            "posted-on",
            "article-info",
            "publish-info",
        ),
        max_chars=BYLINE_BLOCK,
        why="who wrote it and when are fields of their own; the text is the article",
    ),
    TokenRule(
        Kind.CREDIT,
        (
            "caption",
            "captions",
            "credit",
            "credits",
            "figcaption",
            "wp-caption-text",
            "photo-credit",
            "image-credit",
            "media-credit",
            "copyright",
        ),
        max_chars=SHORT_BLOCK,
        spares_figures=True,
        why="captions and credits outside a figure float loose in the text; inside one they "
        "stay for the HTML, and the text renderer leaves them out",
    ),
)

# Elements that are never article text whatever their class.
CHROME_TAGS = frozenset(
    {"nav", "footer", "form", "button", "select", "input", "textarea", "dialog", "menu"}
)


@dataclass(frozen=True, slots=True)
class ChromeTagCleaner:
    name: str = "chrome-tags"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in root.iter(*CHROME_TAGS):
            if node.tag == "button" and is_heading_toggle(node):
                continue  # an accordion's question
            yield Match(
                node,
                Kind.PAGE_CHROME,
                f"<{node.tag}>",
                why="forms, buttons and menus are never text",
            )


CHROME = TokenCleaner("chrome", RULES + BYLINE_RULES)
