"""The vocabulary of boilerplate: what a removed block was.

Kinds are named by concept, so a trace reads as a list of reasons and stats keys
(`presswash/removed/author-bio`) group removals across sites.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    SIGNUP_PROMO = "signup-promo"
    FOLLOW_PROMO = "follow-promo"
    SHARE_BAR = "share-bar"
    AUTHOR_BIO = "author-bio"
    MORE_FROM_LINKS = "more-from-links"
    RELATED_LINKS = "related-links"
    LATEST_NEWS_LIST = "latest-news-list"
    AD_SLOT = "ad-slot"
    COMMENTS = "comments"
    CONSENT_BANNER = "consent-banner"
    HIDDEN = "hidden"
    NAVIGATION = "navigation"
    PAGE_CHROME = "page-chrome"
    TAGS = "tags"
    BYLINE = "byline"
    MEDIA_EMBED = "media-embed"
    CREDIT = "credit"
    AFFILIATE = "affiliate"
    HEADLINE = "headline"
    ENGAGEMENT_PROMPT = "engagement-prompt"
    DISCLOSURE = "disclosure"
    DONATION = "donation"
    PAYWALL = "paywall"
    SYNDICATION = "syndication-note"
    SIGNATURE = "signature"  # a forum member's signature under each of their posts
    MEMBER_CARD = "member-card"  # a forum member's rank and counters beside each post
    SITE_FURNITURE = "site-furniture"  # learned: the block repeats on other pages of the site
