"""ZDNet (zdnet.com): CBS Interactive's article template.

The text sits in `.storyBody`. Editors thread it with "relatedContent" pin boxes,
"Also: ..." cross-links to sister stories, and image-gallery embeds with their pager. The
"See it now: <shop>" line under each product of a buying guide stays: it says where the
product is sold. Generic link-density cleaning would take those one-link lines, so this
rule runs without the generic body cleaners and names every block it removes.

Valid from its one real page (2019-11-20); no end is known.
"""

from __future__ import annotations

from datetime import date

from ..kinds import Kind
from ..rules import DropRule
from .rule import MetadataRule, PageOrigin, SiteRule, Validation

DROPS = (
    DropRule(Kind.RELATED_LINKS, ".storyBody .relatedContent", why="pin boxes linking to related stories and guides"),
    DropRule(Kind.RELATED_LINKS, "p", portable=True, text=r"^(also|see also|read also|related)\s*:", max_chars=200, min_link_density=0.5, why="'Also:' lines that are only a link to another story"),
    DropRule(Kind.MEDIA_EMBED, ".storyBody .shortcodeGalleryWrapper", why="gallery embed: its title, 'SEE FULL GALLERY' and pager"),
    DropRule(Kind.AD_SLOT, ".storyBody [class^=ad-], .storyBody .sharethrough-top"),
    DropRule(Kind.HIDDEN, ".storyBody [hidden], .storyBody [style*='display:none'], .storyBody [style*='display: none']"),
)  # fmt: skip

RULE = SiteRule(
    site="zdnet",
    domains=("zdnet.com",),
    body=".storyBody",
    drops=DROPS,
    valid_from=date(2019, 11, 20),
    validated_on=(
        Validation(
            "2019-11-20-best-tech-gadgets",
            PageOrigin.REAL,
            "the article-extraction benchmark (Zyte, MIT), captured November 2019",
        ),
    ),
    generic_cleaners=False,
    # JSON-LD datePublished is the last update and has no zone; the byline's <time> is the
    # publication time the page shows, in GMT.
    metadata=MetadataRule(date_published="article .byline time[datetime]"),
)
