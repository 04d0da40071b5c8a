"""What kind of page this is: an article, another page with a text of its own, or a listing.

A news crawler meets home pages, section fronts and shop categories under URLs that look
like any other. They hold teasers and no story, and extraction would return the teasers as
an "article", so they are refused (`NotAnArticle`). Forums, documentation, product and
service pages do have a main text: it is extracted as usual and `pageType` says what it
is, so a crawler can keep or drop it. `docs/page-types.md` states the policy.

The evidence is structural and works in any language: what the page declares (JSON-LD
`@type`, `og:type`), the shape of its URL, and how much of it is teaser cards (repeated
sibling blocks, each a headline link over a line of text or a picture) against prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .body import Measures
from .metadata import Metadata
from .teasers import teaser_card_run, teaser_headlines
from .text import WORD, link_density, link_text_length, node_text, normalise, serialised_text
from .urls import host_of


class PageType(StrEnum):
    """What an extracted page is; listings never get this far."""

    ARTICLE = "article"
    FORUM = "forum"
    DOCUMENTATION = "documentation"
    PRODUCT = "product"
    SERVICE = "service"


class Evidence(IntEnum):
    """How firmly the page says it is an article."""

    NONE = 0
    WEAK = 1  # og:type article: some templates set it on every page
    STRONG = 2  # a JSON-LD Article, NewsArticle, BlogPosting...


STRONG_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
     "scholarlyarticle", "report", "liveblogposting", "advertisercontentarticle",
     "satiricalarticle"}
)  # fmt: skip
# A page that calls itself a collection is one, whatever else it declares (og:type article
# is a template default on many shops).
COLLECTION_TYPES = frozenset(
    {"collectionpage", "searchresultspage", "productcollection", "offercatalog",
     "og:product.group"}
)  # fmt: skip
PRODUCT_TYPES = frozenset({"product", "productgroup", "og:product", "individualproduct"})
FORUM_TYPES = frozenset({"discussionforumposting", "qapage", "socialmediaposting"})
# A thread's own declaration; not SocialMediaPosting, which a profile listing posts repeats.
THREAD_TYPES = frozenset({"discussionforumposting", "qapage"})
SERVICE_TYPES = frozenset({"service", "softwareapplication", "webapplication", "localbusiness"})
DOCUMENTATION_TYPES = frozenset({"apireference", "howto"})

# A site's front page, and the archive pages of the common platforms (WordPress category
# and tag archives, Shopify collections): their paths are set by the software, not the site.
ARCHIVE_PATH = re.compile(
    r"^/(?:[^/]+/)*(?:category|tag)/[^/]+(?:/page/\d+)?/?$|^/collections/[^/]+/?$",
    re.IGNORECASE,
)
# Paths the forum, documentation and shop software set (Discourse /t/, phpBB viewtopic.php,
# vBulletin showthread.php, XenForo /threads/, Stack Exchange /questions/, Sphinx /docs/;
# MyBB's search-engine friendly /thread-123.html, /thread-123-page-2.html; phpBB SEO's and
# Tapatalk's /title-of-the-topic-t123.html).
FORUM_PATH = re.compile(
    r"/(?:forums?|threads?|topic|t|viewtopic\.php|showthread\.php|questions|discussions?)(?:/|$)"
    r"|/thread-\d+(?:-[a-z]+-\d+)*\.html$|-t\d+(?:-\d+)?\.html$"
)
DOCUMENTATION_PATH = re.compile(r"/(?:docs?|documentation|manual|reference|api|man-pages)(?:/|$)")
DOCUMENTATION_HOST = re.compile(r"^(?:docs?|developers?|wiki)\.")
SERVICE_PATH = re.compile(r"/(?:services?|solutions|pricing)(?:/|$)")
PRODUCT_PATH = re.compile(r"/(?:products?|dp|item|itm)/[^/]+")  # not /p/: Substack's posts

MIN_LISTING_TEASERS = 4  # linked headings in the body: a home page or a section front
# With og:type article or a date, linked headings make a listing only when they are most of
# the body: an article may head each section with a link (fitted on wcxb-dev: a news front
# holds 60 characters per teaser, articles over 1,500).
MAX_CHARS_PER_TEASER = 400
MIN_CARDS = 8  # a run of teaser cards shorter than this is a related-stories box
# Body characters per teaser card below which the cards are the page (fitted on wcxb-dev,
# checked on aeb: listings run 10 to 300, articles with article markup 80 and up).
MAX_CHARS_PER_CARD = {Evidence.NONE: 360, Evidence.WEAK: 50}
# A page with no article markup whose text is this much links is a list of links (wcxb-dev:
# listings up to 0.98, articles at most 0.86).
MIN_PAGE_LINK_DENSITY = 0.9
MIN_ARTICLE_WORDS = 40  # below this a page with no article markup is a listing or a stub
MAX_LISTING_LINK_DENSITY = 0.5  # a "body" mostly made of links is navigation
# A section front's address: at most two segments, the last one word naming a section
# (/news, /gaming/, /hub/science, /c/headlamps), no slug of several words and no id.
SECTION_PATH = re.compile(r"^/(?:[^/]{1,12}/)?[^\W\d_]{2,20}/?$")
# A section front's page is mostly links (fitted on wcxb-dev: section fronts 0.45 to 0.84;
# pages at such paths with eight or more cards that are no listings 0.14 at most).
MIN_SECTION_LINK_DENSITY = 0.4
# A shop grid: a price in most cards of the run, a currency sign or code beside a number.
PRICE = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:[€£]|(?:USD|EUR|GBP|CHF|kr|zł)(?!\w))")
MIN_PRICED_SHARE = 0.75  # most cards priced: a grid of products, not a price mentioned once
# Body characters per priced card below which the grid is the page (fitted on wcxb-dev:
# shop categories 380 to 590, a service page listing priced offers 1,830).
MAX_CHARS_PER_PRICED_CARD = 800
# The cards hold this much of their parent's text: a grid, even with a promo tile or two
# (wcxb-dev: 0.61), not a listicle's products between its paragraphs (0.1 to 0.3).
MIN_GRID_SHARE = 0.5
# Headings linking to other pages of the site, anywhere on a page at a section's address: a
# blog index that shows each story in full still heads each with a link to it, a shop's
# front each product's name (wcxb-dev: listings at such addresses link 6 to 71 headings,
# other pages there one at most; aeb has no page at such an address).
MIN_SECTION_TEASERS = 5
MIN_LINKED_ROWS = 20  # a table of this many rows each linking on: standings, a directory


@dataclass(frozen=True, slots=True)
class PageView:
    """What classification reads of a page once its body is located."""

    url: str | None
    meta: Metadata
    scope: HtmlElement  # the page's <body>
    body: HtmlElement  # the located article body, not yet cleaned
    measures: Measures  # of `scope`


def article_evidence(meta: Metadata) -> Evidence:
    if meta.page_types & STRONG_ARTICLE_TYPES:
        return Evidence.STRONG
    if "og:article" in meta.page_types:
        return Evidence.WEAK
    return Evidence.NONE


def listing_reason(page: PageView) -> str | None:
    """Why the page is a listing rather than an article, or None when it is not one."""
    path = _path(page.url)
    if path == "/":
        return "a site's front page"
    if path is not None and ARCHIVE_PATH.match(path):
        return "an archive URL"
    evidence = article_evidence(page.meta)
    if declared := page.meta.page_types & COLLECTION_TYPES:
        return f"declares {min(declared)}"
    if (
        "itemlist" in page.meta.page_types
        and evidence < Evidence.STRONG
        and not page.meta.page_types & PRODUCT_TYPES
    ):
        return "declares an item list and no article"
    if evidence == Evidence.STRONG or page.meta.page_types & THREAD_TYPES:
        return None  # an article, or a forum thread: its posts are no teasers
    if (
        evidence == Evidence.NONE
        and page.measures.link_density(page.scope) >= MIN_PAGE_LINK_DENSITY
    ):
        return "links hold nearly all of the page's text"
    teasers = teaser_headlines(page.body, page.url)
    if teasers >= MIN_LISTING_TEASERS and (
        evidence == Evidence.NONE or body_chars(page) <= MAX_CHARS_PER_TEASER * teasers
    ):
        return f"the best block holds {teasers} teasers"
    if "og:product" in page.meta.page_types:
        return None  # a product page, with its carousel of other products
    run = teaser_card_run(page.scope, page.measures, host_of(page.url))
    cards = len(run)
    if cards >= MIN_CARDS and (chars := body_chars(page)) <= MAX_CHARS_PER_CARD[evidence] * cards:
        return f"{cards} teaser cards around {chars} characters of text"
    if evidence == Evidence.NONE and (reason := shop_grid_reason(page, run)):
        return reason
    return section_front_reason(page, path, run)


def body_chars(page: PageView) -> int:
    """The located body's characters, read by the few tests that weigh them: most pages
    are decided before any of them runs."""
    return len(node_text(page.body))


def shop_grid_reason(page: PageView, run: list[HtmlElement]) -> str | None:
    """A shop grid on a page with no article markup, or None.

    It joins two pieces of evidence that articles have apart: prices in most cards of a
    long grid, and a grid that opens the page (a buying guide has prose between its
    products, and an article's related products come after its text).
    """
    priced = sum(1 for card in run if PRICE.search(node_text(card)))
    if (
        priced >= MIN_CARDS
        and _is_grid(run, page.measures)
        and _opens_or_fills(run[0], page.body)
        and priced >= MIN_PRICED_SHARE * len(run)
        and body_chars(page) <= MAX_CHARS_PER_PRICED_CARD * len(run)
        and not _is_product_url(page.url)
    ):
        return f"a grid of {priced} priced cards"
    return None


def section_front_reason(page: PageView, path: str | None, run: list[HtmlElement]) -> str | None:
    """A section front on a page with no JSON-LD article, or None.

    A section's address joined with a page of teaser links, of linked headlines or a table
    of linked rows (an article sits under a slug). `og:type` article does not save such a
    page: site builders set it on every page, a shop's front included.
    """
    if path is None or not SECTION_PATH.match(path):
        return None
    if len(run) >= MIN_CARDS and page.measures.link_density(page.scope) >= MIN_SECTION_LINK_DENSITY:
        return f"a section's address over {len(run)} teaser cards"
    teasers = teaser_headlines(page.scope, page.url)  # the whole page: stories shown in full
    if teasers >= MIN_SECTION_TEASERS:
        return f"a section's address over {teasers} linked headlines"
    rows = sum(1 for row in page.body.iter("tr") if row.find(".//a[@href]") is not None)
    if rows >= MIN_LINKED_ROWS:
        return f"a section's address over a table of {rows} linked rows"
    return None


def _is_product_url(url: str | None) -> bool:
    try:
        return PRODUCT_PATH.search(urlsplit(url or "").path) is not None
    except ValueError:
        return False  # an unparsable URL says nothing


def _is_grid(run: list[HtmlElement], measures: Measures) -> bool:
    """Whether the cards are all their parent holds: a grid, not products between paragraphs."""
    parent = run[0].getparent()
    total = measures.chars.get(parent, 0) if parent is not None else 0
    return sum(measures.chars.get(card, 0) for card in run) >= MIN_GRID_SHARE * total


def _opens_or_fills(card: HtmlElement, body: HtmlElement) -> bool:
    """Whether a card sits in the body or before it: the grid opens the page.

    A shop category shows its products first and its buying guide below them; an article
    ends with its related products, after the text.
    """
    chain = [body, *body.iterancestors()]
    rank = {node: depth for depth, node in enumerate(chain)}
    child = card
    for node in card.iterancestors():
        if node is body:
            return True
        if node in rank:
            return int(node.index(child)) < int(node.index(chain[rank[node] - 1]))
        child = node
    return False


def is_thin_or_linked(meta: Metadata, body: HtmlElement, words: int) -> bool:
    """A cleaned body too short, or mostly links, on a page that declares no article."""
    if meta.declares_article:
        return False  # a short story is still a story: a brief, a video's caption
    return is_thin_or_linked_body(body, words)


def reads_thin_or_linked(meta: Metadata, body: HtmlElement) -> bool:
    """`is_thin_or_linked` on the body as it stands, its words read only as far as the
    test needs them: not at all on a page that declares an article, and on the others up
    to `MIN_ARTICLE_WORDS` (counting a whole body cost as much as locating it)."""
    if meta.declares_article:
        return False
    return reads_thin_or_linked_body(body)


def reads_thin_or_linked_body(body: HtmlElement) -> bool:
    """`is_thin_or_linked_body` on the body as it stands, its words read up to
    `MIN_ARTICLE_WORDS`."""
    return is_thin_or_linked_body(body, words_up_to(body, MIN_ARTICLE_WORDS))


def words_up_to(node: HtmlElement, limit: int) -> int:
    """`word_count(node_text(node))`, or `limit` when it is more.

    `node_text` joins the pieces of text with spaces and only changes spaces, so its
    words are those of each piece, counted apart.
    """
    count = 0
    for piece in node.itertext():
        count += len(WORD.findall(piece))
        if count >= limit:
            return limit
    return count


def is_thin_or_linked_body(body: HtmlElement, words: int) -> bool:
    """Too short, or mostly links, whatever the page declares: no story was found here."""
    return words < MIN_ARTICLE_WORDS or mostly_links(body)


def mostly_links(body: HtmlElement) -> bool:
    """`link_density(body) > MAX_LISTING_LINK_DENSITY`, settled without reading the body's
    text piece by piece when its text serialised in C does: normalised, that text is never
    longer than `node_text` (it has fewer breaks between words), so a density it keeps
    under the bound is under it."""
    links = link_text_length(body)
    if not links:
        return False
    floor = len(normalise(serialised_text(body)))
    if floor and links / floor <= MAX_LISTING_LINK_DENSITY:
        return False
    return link_density(body) > MAX_LISTING_LINK_DENSITY


def _path(url: str | None) -> str | None:
    """The URL's path ("/" for a bare host), or None when the URL has a query or no host."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    if not parts.hostname or parts.query:
        return None  # "/?p=123" is a WordPress article
    return parts.path or "/"


def page_type(meta: Metadata, url: str | None) -> PageType:
    """What an extracted page is, from what it declares, then from its URL."""
    types = meta.page_types
    if types & STRONG_ARTICLE_TYPES - {"techarticle"}:
        return PageType.ARTICLE
    if types & FORUM_TYPES:
        return PageType.FORUM
    if types & PRODUCT_TYPES:
        return PageType.PRODUCT
    if "techarticle" in types or types & DOCUMENTATION_TYPES:
        return PageType.DOCUMENTATION
    if types & SERVICE_TYPES:
        return PageType.SERVICE
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return PageType.ARTICLE
    path, host = parts.path.lower(), (parts.hostname or "").removeprefix("www.")
    if FORUM_PATH.search(path):
        return PageType.FORUM
    if DOCUMENTATION_PATH.search(path) or DOCUMENTATION_HOST.match(host):
        return PageType.DOCUMENTATION
    if PRODUCT_PATH.search(path):
        return PageType.PRODUCT
    if SERVICE_PATH.search(path):
        return PageType.SERVICE
    return PageType.ARTICLE
