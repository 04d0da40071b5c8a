"""One colour per removal kind, shared by both reports, grouped by family so that a
glance tells promos (warm) from link blocks (blue), people (purple) and chrome (grey)."""

from __future__ import annotations

from cleaners.kinds import Kind

KIND_COLOURS: dict[Kind, str] = {
    Kind.SIGNUP_PROMO: "#d62728",
    Kind.FOLLOW_PROMO: "#e8590c",
    Kind.ENGAGEMENT_PROMPT: "#f08c00",
    Kind.AFFILIATE: "#c2255c",
    Kind.AD_SLOT: "#b08900",
    Kind.CONSENT_BANNER: "#8f7a00",
    Kind.AUTHOR_BIO: "#7048e8",
    Kind.BYLINE: "#9c36b5",
    Kind.CREDIT: "#ae3ec9",
    Kind.MORE_FROM_LINKS: "#1c7ed6",
    Kind.RELATED_LINKS: "#1971c2",
    Kind.LATEST_NEWS_LIST: "#0b7285",
    Kind.COMMENTS: "#0ca678",
    Kind.SHARE_BAR: "#5c940d",
    Kind.TAGS: "#66a80f",
    Kind.HEADLINE: "#2b8a3e",
    Kind.MEDIA_EMBED: "#a0522d",
    Kind.NAVIGATION: "#495057",
    Kind.PAGE_CHROME: "#868e96",
    Kind.HIDDEN: "#343a40",
}
OTHER_COLOUR = "#212529"  # a kind added later, before it gets its own colour


def colour(kind: Kind | str) -> str:
    try:
        return KIND_COLOURS.get(Kind(kind), OTHER_COLOUR)
    except ValueError:  # a crawl file from another version may hold unknown kinds
        return OTHER_COLOUR


def kind_css() -> str:
    """One rule per kind setting the colour variables that the report's styles read."""
    return "\n".join(f".pw-k-{kind.value}{{--c:{hex_}}}" for kind, hex_ in KIND_COLOURS.items())
