"""What a teaser looks like: the headlines and cards by which a listing shows other pages.

A listing is made of teasers, each a headline linking to another page of the site over a
line of text or a picture. `classify.py` counts them to tell listings from articles; this
module only finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from .body import Measures
from .text import node_text
from .urls import host_of, is_offsite

CARD_MAX_CHARS = 600  # a card is a headline and a line or two
CARD_LINK_CHARS = 15  # a headline link, not an icon or "More"
CARD_OWN_CHARS = 15  # a card's text beside its link: a summary, a price, a date
CARD_CLIMB = 6  # levels from a link up to its card
TEASER_HEADING_TAGS = ("h1", "h2", "h3", "h4")
LINK_LINE_DENSITY = 0.9  # the whole heading is a link


def teaser_headlines(root: HtmlElement, url: str | None) -> int:
    """How many headings are links to other pages of the site: the cards of a listing.

    An article may link a subheading or two; a home page or a section front is a column
    of such headings, each over its summary. A heading linking to itself ("#section", the
    permalink of documentation pages) is no teaser.
    """
    host = host_of(url)
    here = _PlaceFinder(root, url)
    count = 0
    for heading in root.iter(*TEASER_HEADING_TAGS):
        text = node_text(heading)
        links = links_away(heading)
        if (
            text
            and links
            and is_linked_headline(text, links, host, node_text)
            and not here.holds(links[0].get("href"))
        ):
            count += 1
    return count


def links_away(heading: HtmlElement) -> list[HtmlElement]:
    """The heading's links that lead off this place (not `#...`, not empty)."""
    return [a for a in heading.iter("a") if (a.get("href") or "#")[:1] != "#"]


def is_linked_headline(
    text: str, links: list[HtmlElement], host: str, text_of: Callable[[HtmlElement], str]
) -> bool:
    """Whether a heading reading `text` is all one link to another page of the site."""
    linked = sum(len(text_of(a)) for a in links)
    return linked >= LINK_LINE_DENSITY * len(text) and not is_offsite(links[0].get("href"), host)


class _PlaceFinder:
    """Whether a link leads to a place on this page rather than to another page.

    Forum software heads each post with its permalink: the thread's own address with the
    post's number and an anchor to that post (phpBB's `viewtopic.php?p=7732260#p7732260`).
    Such a heading names a post shown here, not a teaser of another page. The page's
    anchors are read once, and only when a link names one.
    """

    def __init__(self, root: HtmlElement, url: str | None) -> None:
        self.root = root
        self.url = url or ""
        self.anchors: set[str] | None = None

    def holds(self, href: str | None) -> bool:
        if not href or "#" not in href:
            return False
        try:
            target = urlsplit(urljoin(self.url, href))
            own_path = urlsplit(self.url).path
        except ValueError:
            return False  # an unparsable link says nothing
        if not target.fragment or target.path != own_path:
            return False
        if self.anchors is None:
            document = self.root.getroottree().getroot()
            self.anchors = {str(name) for name in document.xpath("//@id | //a/@name")}
        return target.fragment in self.anchors


def teaser_card_run(scope: HtmlElement, measures: Measures, host: str) -> list[HtmlElement]:
    """The longest run of sibling teaser cards on the page.

    A card is the largest block around a headline link that holds no other headline link:
    a product tile, a story teaser. Cards are counted per parent and per class, so one grid
    or one column counts, not the page's scattered links.
    """
    chars, link_chars = measures.chars, measures.link_chars
    targets: dict[HtmlElement, str] = {}  # each block: the one headline target it holds
    crowded: set[HtmlElement] = set()  # blocks holding two or more targets
    links = []
    for link in scope.iter("a"):
        if chars.get(link, 0) < CARD_LINK_CHARS:
            continue  # most links of a page: icons, "More", a menu's single words
        href = (link.get("href") or "").split("#", 1)[0]
        if href and not is_offsite(href, host):
            links.append((link, href))
    for link, href in links:
        for node in islice(link.iterancestors(), CARD_CLIMB):
            if node is scope:
                break
            if targets.setdefault(node, href) != href:
                crowded.add(node)
    runs: dict[tuple[HtmlElement, str, str], list[HtmlElement]] = {}
    seen: set[HtmlElement] = set()
    for link, _ in links:
        card = link
        for node in islice(link.iterancestors(), CARD_CLIMB):
            if node in crowded or chars.get(node, 0) > CARD_MAX_CHARS:
                break
            card = node
        parent = card.getparent()
        if card in seen or parent is None:
            continue
        seen.add(card)
        own = chars.get(card, 0) - link_chars.get(card, 0)
        if own >= CARD_OWN_CHARS or card.find(".//img") is not None:
            runs.setdefault((parent, card.tag, card.get("class") or ""), []).append(card)
    return max(runs.values(), key=len, default=[])
