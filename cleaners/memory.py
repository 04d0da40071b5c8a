"""Site memory: boilerplate learned from what repeats across one site's pages.

A site's furniture (a newsletter pitch, a "follow us" line, the author box, a "More from"
rail, a legal line) comes back on page after page, while the story changes. So a block of
the located body whose normalised text also appears on other pages of the same site is
furniture, even when no rule names it, and a block unique to one page is content.

Story text can repeat too: a quote two articles share, a standard paragraph of press
releases, a subheading such as "Specifications". So a block is only removed when

- it is not a heading on its own (a linked "Click here to subscribe" heading aside);
- it is a rail of links or a call to action ("sign up", "follow us on", "click here")
  seen on at least one other page; or it is at most a short paragraph, seen on at least
  two other pages, and not a paragraph among paragraphs no other page has (there it is
  the story's: a press release's standard paragraph, the same quote in a follow-up);
- and all the blocks removed this way hold at most `MAX_BODY_SHARE` of the body's text:
  past that the page is probably a near-copy of another (a syndicated story, a live blog
  re-served), and nothing is removed, with a note saying so.

The thresholds were read off the development set bench/data/aeb (its 55 same-host page
pairs, `python bench/memory.py`): see the constants.

`SiteMemory` holds one site's evidence: for each block fingerprint, the (hashed) keys of
the pages that carried it. A page is learned from its whole `<body>` (furniture may sit
outside another page's located body), before its own furniture is looked up, and a page
never counts as evidence for itself, so learning it twice changes nothing. It serialises
to JSON, so a crawl can keep it in its state and resume with it. A page extracted in
another process uses `RecordingMemory` over a copy: it returns the page's `Contribution`
and the `Lookups` it made, which the owner learns and checks (`SiteMemory.answers_as`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from lxml.html import HtmlElement

from .article import Removal
from .cleaning import Found, apply
from .kinds import Kind
from .render import BLOCK_TAGS
from .rules import Match
from .text import HEADING_TAGS, link_density, node_text, word_count

logger = logging.getLogger(__name__)

# Thresholds, read off the 110 paired pages of bench/data/aeb (2019-2020 news pages).
MIN_BLOCK_CHARS = 3  # "Ad" and bullets say nothing; "Share" and "Advertisement" do
MAX_LEARN_CHARS = 4_000  # blocks longer than a long rail are never furniture candidates
MAX_RAW_CHARS = 4 * MAX_LEARN_CHARS  # the same, before whitespace (indentation) is collapsed
LINK_HEAVY = 0.5  # a block half made of link text is navigation, not prose
MIN_RAIL_LINKS = 2  # one link alone is often the story's own (a signature, a source URL)
MAX_PARAGRAPH_CHARS = 500  # longer repeated blocks are kept: a press-release boilerplate
# A sibling this long (paragraph, list item), seen on no other page and not a link, is story.
STORY_SIBLING_CHARS = {"p": 80, "li": 20}
# One word ("Note", "Dimensions", "Specs") labels the content's own structure as often as it
# is furniture; on wcxb-dev's product and docs pages such labels are content.
MIN_BLOCK_WORDS = 2
MIN_PAGES_LINKS = 1  # other pages that must carry a rail of links or a call to action
MIN_PAGES_PARAGRAPH = 2  # other pages that must carry a paragraph-sized block
MAX_BODY_SHARE = 0.5  # past half the body, the page is a near-copy of another: keep it all
MAX_PAGES_KEPT = 4  # page keys kept per fingerprint: no rule asks for more than two others
MAX_FINGERPRINTS = 60_000  # per site; past it, blocks seen on one page only are forgotten
DEFAULT_WARMUP = 1  # other pages the memory must hold before it removes anything

# Calls to action: repeated on one other page, a line asking the reader to act is a promo.
CALL_TO_ACTION = re.compile(
    r"\b(click|tap) (here|to)\b|\bsubscribe\b|\bsign(ing)? up\b|\bnewsletter\b"
    r"|\bfollow (us|[\w.]+ on)\b|\btell us\b|\bshare this\b|\bclick to tweet\b"
    r"|\bget the\b.{0,40}\bapp\b|\bjoin (us|our)\b",
    re.IGNORECASE,
)
LETTER = re.compile(r"[^\W\d_]")
QUOTATION = re.compile(r"[\u201c\u201d\u00ab\u00bb\u300c\u300d]|\"[^\"]{3,}\"")
BLOCKS = BLOCK_TAGS - {"body", "html"} | {"figcaption"}  # inline elements are never a block


def fingerprint(text: str) -> str:
    """A short hash of the block's text, case ignored.

    Numbers count: two dates or two prices are two texts.
    """
    folded = " ".join(text.lower().split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def page_key(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


@dataclass(slots=True)
class SiteMemory:
    """What one site's pages have in common, block by block.

    `warmup` is the number of other pages the memory must have learned before it removes
    anything: before that, pages are extracted as without memory.
    """

    warmup: int = DEFAULT_WARMUP
    blocks: dict[str, list[str]] = field(default_factory=dict)
    pages: dict[str, None] = field(default_factory=dict)  # keys of pages learned, in order

    def learn(self, root: HtmlElement, key: str) -> None:
        """Record the blocks of one page (idempotent per `key`)."""
        self.learn_blocks(Contribution(page_key(key), block_fingerprints(root)))

    def learn_blocks(self, page: Contribution) -> None:
        """Record what one page contributes, as `learn` does from its tree (idempotent)."""
        if page.page in self.pages:
            return
        self.pages[page.page] = None
        for fp in page.fingerprints:
            keys = self.blocks.setdefault(fp, [])
            if len(keys) < MAX_PAGES_KEPT:
                keys.append(page.page)
        if len(self.blocks) > MAX_FINGERPRINTS:
            self.forget_singletons()

    def forget_singletons(self) -> None:
        """Drop the oldest blocks seen on one page only, down to three quarters of the cap."""
        excess = len(self.blocks) - MAX_FINGERPRINTS * 3 // 4
        for fp in [fp for fp, keys in self.blocks.items() if len(keys) == 1][:excess]:
            del self.blocks[fp]

    def other_pages(self, text: str, key: str) -> int:
        """How many pages other than `key` carried a block with this text."""
        return self.pages_carrying(fingerprint(text), page_key(key))

    def pages_carrying(self, fp: str, hashed: str) -> int:
        """How many pages other than the one hashed as `hashed` carried this fingerprint."""
        return sum(1 for k in self.blocks.get(fp, ()) if k != hashed)

    def answers_as(self, lookups: Lookups, hashed: str) -> bool:
        """Whether this memory gives the answers a page's extraction got from another one.

        Extraction depends on the memory through these answers only, so when they agree
        the page would come out the same with this memory.
        """
        if lookups.warm is not None and self.warm_for(hashed) != lookups.warm:
            return False
        return all(self.pages_carrying(fp, hashed) == n for fp, n in lookups.counts.items())

    def is_warm(self, key: str) -> bool:
        return self.warm_for(page_key(key))

    def warm_for(self, hashed: str) -> bool:
        return len(self.pages) - (hashed in self.pages) >= self.warmup

    def to_json(self) -> str:
        return json.dumps({"warmup": self.warmup, "pages": list(self.pages), "blocks": self.blocks})

    @classmethod
    def from_json(cls, text: str) -> SiteMemory:
        """A memory saved by `to_json`; raises ValueError on anything else."""
        data: Any = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("blocks"), dict):
            raise ValueError("not a saved site memory")
        memory = cls(warmup=int(data.get("warmup", DEFAULT_WARMUP)))
        memory.pages = dict.fromkeys(str(k) for k in data.get("pages", ()))
        memory.blocks = {str(fp): [str(k) for k in keys] for fp, keys in data["blocks"].items()}
        return memory


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one page adds to its site's memory: its hashed key and its block fingerprints.

    Small and picklable, so a page extracted in a worker process can hand it back to the
    process that owns the memory.
    """

    page: str  # page_key() of the page
    fingerprints: tuple[str, ...]  # distinct, in document order


class MemoryLookup(Protocol):
    """What extraction needs of a site memory: learn the page, then look its blocks up."""

    def learn(self, root: HtmlElement, key: str) -> None: ...

    def other_pages(self, text: str, key: str) -> int: ...

    def is_warm(self, key: str) -> bool: ...


@dataclass(slots=True)
class RecordingMemory:
    """A memory that records the page it extracts instead of learning it.

    The lookups answer as `memory` would after learning the page (a page never counts as
    evidence for itself), so extraction gives the same article; `contribution` is what the
    owner of the memory learns afterwards, and `lookups` the answers, so the owner can tell
    whether its memory, which may have learned more pages since, would answer the same.
    This lets a worker process extract with a copy of the memory that it never changes.
    """

    memory: SiteMemory
    contribution: Contribution | None = None
    lookups: Lookups = field(default_factory=lambda: Lookups(None, {}))

    def learn(self, root: HtmlElement, key: str) -> None:
        self.contribution = Contribution(page_key(key), block_fingerprints(root))

    def other_pages(self, text: str, key: str) -> int:
        fp = fingerprint(text)
        pages = self.lookups.counts[fp] = self.memory.pages_carrying(fp, page_key(key))
        return pages

    def is_warm(self, key: str) -> bool:
        warm = self.lookups.warm = self.memory.is_warm(key)
        return warm


@dataclass(slots=True)
class Lookups:
    """The answers a page's extraction got from a memory (see `SiteMemory.answers_as`)."""

    warm: bool | None  # None: never asked (the page failed before)
    counts: dict[str, int]  # fingerprint: other pages carrying it


def block_fingerprints(root: HtmlElement) -> tuple[str, ...]:
    """The distinct fingerprints of the page's blocks (two texts differing in case are one)."""
    return tuple(dict.fromkeys(fingerprint(text) for text in block_texts(root)))


def block_texts(root: HtmlElement) -> Iterator[str]:
    """The text of every block-like element under the page's `<body>`, up to a length."""
    body = root.find("body")
    scope = body if body is not None else root
    for node, text in short_subtree_texts(scope).items():
        if node.tag in BLOCKS and MIN_BLOCK_CHARS <= len(text) <= MAX_LEARN_CHARS:
            yield text


def short_subtree_texts(scope: HtmlElement) -> dict[HtmlElement, str]:
    """`node_text` of every element whose raw text is at most `MAX_RAW_CHARS`, bottom-up.

    Reading each element's text on its own walks its subtree again at every level (a
    page's size times its depth, in Python). Here the children's texts are joined, in C,
    and an element holding a longer text (so do all its ancestors) is never built.
    """
    raw: dict[HtmlElement, str] = {}
    texts: dict[HtmlElement, str] = {}
    for node in reversed(list(scope.iter())):
        if not isinstance(node.tag, str):
            continue
        pieces = [node.text or ""]
        for child in node:
            if isinstance(child.tag, str) and child not in raw:
                break  # a child too long: so is this element
            pieces.append(raw.get(child, ""))
            pieces.append(child.tail or "")
        else:
            text = " ".join(pieces)
            if len(text) <= MAX_RAW_CHARS:
                raw[node] = text
                texts[node] = " ".join(text.split())
    return texts


def pages_needed(node: HtmlElement, text: str, memory: MemoryLookup, key: str) -> int | None:
    """Other pages that must carry this block before it counts as furniture; None: never."""
    if len(text) > MAX_LEARN_CHARS or not LETTER.search(text):
        return None
    links = link_density(node, text)
    if node.tag in HEADING_TAGS:  # a subheading is story, but a linked "Click here to ..." is not
        return MIN_PAGES_LINKS if links >= LINK_HEAVY and CALL_TO_ACTION.search(text) else None
    if links >= LINK_HEAVY and len(node.xpath(".//a[@href]")) >= MIN_RAIL_LINKS:
        return MIN_PAGES_LINKS
    quoted = QUOTATION.search(text) is not None  # a quote asks nothing of the reader
    if not quoted and len(text) <= MAX_PARAGRAPH_CHARS and CALL_TO_ACTION.search(text):
        return MIN_PAGES_LINKS
    if word_count(text) < MIN_BLOCK_WORDS or len(text) > MAX_PARAGRAPH_CHARS:
        return None
    return None if among_story_paragraphs(node, memory, key) else MIN_PAGES_PARAGRAPH


def among_story_paragraphs(node: HtmlElement, memory: MemoryLookup, key: str) -> bool:
    """A paragraph or list item next to ones no other page has is part of that story.

    A press release's standard closing paragraph, a short line the writer reuses, a spec
    shared by two reviews sits among the story's own paragraphs or items; a bio or a legal
    line sits in a box of its own, and a rail's items are links.
    """
    least = STORY_SIBLING_CHARS.get(str(node.tag))
    parent = node.getparent()
    if least is None or parent is None:
        return False
    for sibling in parent.iterchildren(node.tag):
        text = node_text(sibling)
        if sibling is node or len(text) < least or link_density(sibling, text) >= LINK_HEAVY:
            continue
        if memory.other_pages(text, key) == 0:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Furniture:
    """What site memory found in one body: the matches, or why it removed nothing."""

    matches: tuple[Match, ...] = ()
    skipped: str | None = None  # set when the share bound undid the removals


def find_furniture(body: HtmlElement, memory: MemoryLookup, key: str) -> Furniture:
    """The outermost blocks of `body` that other pages of the site also carry."""
    if not memory.is_warm(key):
        return Furniture()
    matches: list[Match] = []
    removed_chars = 0
    stack = list(reversed(body))
    while stack:
        node = stack.pop()
        if node.tag not in BLOCKS:
            continue
        text = node_text(node)
        if not text:
            continue
        needed = pages_needed(node, text, memory, key)
        pages = memory.other_pages(text, key) if needed is not None else 0
        if needed is not None and pages >= needed:
            matches.append(
                Match(node, Kind.SITE_FURNITURE, f"repeated on {pages} other page(s) of the site")
            )
            removed_chars += len(text)
            continue
        stack.extend(reversed(node))
    total = len(node_text(body))
    if matches and removed_chars > MAX_BODY_SHARE * total:
        share = removed_chars / total
        logger.info(
            "site memory kept %d repeated blocks: %.0f%% of the body", len(matches), 100 * share
        )
        return Furniture(skipped=f"{len(matches)} repeated blocks kept, {share:.0%} of the body")
    return Furniture(tuple(matches))


def remove_site_furniture(body: HtmlElement, memory: MemoryLookup, key: str) -> Removed:
    """Remove what `find_furniture` found, traced under the cleaner name "site-memory"."""
    found = find_furniture(body, memory, key)
    trace = apply(body, [Found("site-memory", match) for match in found.matches], protect=body)
    return Removed(trace, found.skipped)


@dataclass(frozen=True, slots=True)
class Removed:
    trace: list[Removal]
    skipped: str | None


def page_identity(html: str | bytes) -> str:
    """What tells pages apart in a memory: their bytes (a URL may be missing or shared)."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    return hashlib.sha1(data).hexdigest()


def learn_html(memory: SiteMemory, html: str | bytes) -> None:
    """Learn a page from its bytes, without extracting it (`presswash extract --learn`)."""
    key = page_identity(html)
    from lxml import etree

    from .document import parse_html
    from .extract import NON_CONTENT_TAGS  # the same text extraction sees

    root = parse_html(html, None, source=key)
    etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)
    memory.learn(root, key)
