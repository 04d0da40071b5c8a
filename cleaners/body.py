"""Find the element that holds the article text.

Generic location works from structure and text length alone, so it needs no knowledge of
the page's language. It follows Readability's named steps:

1. measure every element once, bottom-up: its characters and the share inside links;
2. find the text blocks: elements whose own inline text (not counting block children) is
   prose-long, whether they are `<p>`, `<div>`s used as paragraphs or `<td>`s;
3. give each block points for its length and commas, discounted by its links, and credit
   its parent, grandparent and great-grandparent;
4. take the best container, climbing while an ancestor holds the text better, and merge
   the siblings that hold prose too (a lead block beside a body block).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from .parts import parts_holder
from .prose import Prose, reach_prose
from .text import class_and_id, serialised_text
from .urls import is_offsite
from .visibility import (
    CLASS_CACHE_SIZE,
    HIDDEN_CLASS_TOKENS,
    HIDDEN_STYLE,
    hides_by_class,
    is_collapsed_panel,
)

logger = logging.getLogger(__name__)

INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font",
     "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
     "sup", "time", "tt", "u", "var", "wbr", "label", "img"}
)  # fmt: skip
# Never article text, and a large share of a page's elements: not even measured. (Not
# <form>: ASP.NET pages wrap the whole page in one.)
UNREAD_TAGS = frozenset({"nav", "footer", "select", "button", "menu", "dialog", "textarea"})
# A <button> never holds paragraphs: one that does was left open by broken markup (a
# stray <div> inside a menu button) and the parser put the rest of the page inside it.
MIN_BLOCK_CHARS = 25  # shorter text blocks are labels and buttons, not prose
MIN_CJK_BLOCK_CHARS = 10  # CJK packs a word into one or two characters
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
COMMA_MARKS = (",", "，", "、", "،")  # Latin, full-width, ideographic, Arabic
SENTENCE_END = re.compile(r"[.!?。！？؟](?:\s|$)|[。！？]")
POSITIVE_TOKENS = "article body content entry main post story text blog prose rich-text paywall"
NEGATIVE_TOKENS = (
    "comment comments sidebar footer related promo widget share social nav menu recommend "
    "teaser card ad rail trending popular masthead header meta byline"
)
POSITIVE = re.compile(rf"(?<![a-z])(?:{'|'.join(POSITIVE_TOKENS.split())})(?![a-z])")
NEGATIVE = re.compile(rf"(?<![a-z])(?:{'|'.join(NEGATIVE_TOKENS.split())})(?![a-z])")
# Readers' comments are prose too, and a long thread outscores a short article; their
# text never counts towards a container's score.
COMMENT_THREAD = re.compile(
    r"(?<![a-z0-9])(?:comments?|comment-list|commentlist|comments-area|disqus(?:_thread)?|"
    r"respond|coral|viafoura|openweb|replies)(?![a-z0-9])"
)
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # between the words of `commentList`
# A COMMENT_THREAD match holds one of these: a cheap test that rules most classes out.
COMMENT_THREAD_WORDS = ("comment", "disqus", "respond", "coral", "viafoura", "openweb", "replies")
# The same test as one search in C: a class or id of every element with one is asked.
COMMENT_THREAD_WORD = re.compile("|".join(COMMENT_THREAD_WORDS))
# `visibility.hides_by_class` matches one of these tokens, so a class holding none of
# them is decided by one search in C, without the call (each new class of a page is asked).
HIDING_CLASS_WORD = re.compile("|".join(map(re.escape, HIDDEN_CLASS_TOKENS)))
CLASS_WEIGHT = 25.0
MIN_LABELLED_CHARS = 250  # a "content" class on a title-sized block says nothing
TAG_WEIGHT = {"div": 5.0, "article": 5.0, "main": 5.0, "section": 2.0, "pre": 3.0, "td": 3.0,
              "blockquote": 3.0, "ol": -3.0, "ul": -3.0, "li": -3.0, "form": -3.0, "dl": -3.0,
              "h1": -5.0, "h2": -5.0, "h3": -5.0, "th": -5.0, "header": -5.0}  # fmt: skip
ANCESTOR_SHARES = (1.0, 0.5, 1 / 3)  # parent, grandparent, great-grandparent
SIBLING_SHARE = 0.2  # a sibling scoring this share of the winner's score joins the body
MIN_SIBLING_SCORE = 10.0
# A part of a body the template repeats needs less: wcxb-dev pages with short parts (a
# paragraph between pictures) score 6-8 each; 2 to 5 give the same result on both sets.
MIN_TWIN_SCORE = 5.0
CLIMB_SHARE = 1 / 3  # an ancestor scoring below this share of the winner ends the climb
PROSE_SIBLING_CHARS = 80  # a sibling paragraph this long with few links is article text
PROSE_LINK_DENSITY = 0.25


@dataclass(slots=True)
class Measures:
    """Characters under each element and how many of them sit inside links."""

    chars: dict[HtmlElement, int] = field(default_factory=dict)
    link_chars: dict[HtmlElement, int] = field(default_factory=dict)
    inline_chars: dict[HtmlElement, int] = field(default_factory=dict)  # not in block children
    comment_threads: list[HtmlElement] = field(default_factory=list)  # marked by class or id
    hidden: list[HtmlElement] = field(default_factory=list)  # hidden from readers: no text
    joined: list[HtmlElement] = field(default_factory=list)  # built by the locator, unmeasured

    def link_density(self, node: HtmlElement) -> float:
        chars = self.chars.get(node, 0)
        return min(1.0, self.link_chars.get(node, 0) / chars) if chars else 0.0


def measure(root: HtmlElement, site: str | None = None) -> Measures:
    """One walk of the tree; each element is measured when its children are done.

    Hidden elements and `UNREAD_TAGS` are skipped whole, measured as empty: their text is
    never article text, and menus are a third of a page's elements. With `site` (a host),
    links to other sites do not count as links: a shop or a source the article cites is
    part of what it says, while menus and teasers link within the site.

    This walk visits every element of the page, so its loop is written for speed: the
    open element's running sums (characters, inline ones, linked ones) are local names,
    and those of the elements around it wait on a stack as tuples; a closing element
    adds its sums and its tail to its parent's as it takes them back. Names are bound
    locally. Comments are visited for their tails, which are text of their parent.
    """
    found = Measures()
    chars, links, inline = found.chars, found.link_chars, found.inline_chars
    inline_tags, unread_tags = INLINE_TAGS, UNREAD_TAGS
    waiting: list[tuple[int, int, int]] = []  # the sums of each enclosing open element
    push, pop = waiting.append, waiting.pop
    total = own = linked = 0  # the open element's characters, inline ones, linked ones
    walker = etree.iterwalk(root, events=("start", "end", "comment"))
    for event, node in walker:
        if event == "start":
            push((total, own, linked))
            linked = 0
            if (
                (node.tag in unread_tags or node.attrib)
                and node is not root
                and _unread(node, found)
            ):
                walker.skip_subtree()
                total = own = 0  # measured as empty
                continue
            text = node.text
            total = own = len(text.strip()) if text else 0
        elif event == "end":
            tag = node.tag
            if tag == "a" and not (site and is_offsite(node.get("href"), site)):
                linked = total
            chars[node] = total
            links[node] = linked
            inline[node] = own
            tail = node.tail
            length = len(tail.strip()) if tail else 0
            parent_total, parent_own, parent_linked = pop()
            own = parent_own + length + total if tag in inline_tags else parent_own + length
            total += parent_total + length
            linked += parent_linked
        elif tail := node.tail:  # a comment: its tail is text of the open element
            length = len(tail.strip())
            total += length
            own += length
    return found


def measure_body(
    root: HtmlElement, site: str | None, measured: tuple[HtmlElement, Measures] | None
) -> Measures:
    """`measure(root, site)`, from the locator's walk when `measured` holds it for `root`.

    The locator measured the page without a site host: every element under `root` has the
    same text lengths, and only the links to other sites differ. Correcting those costs a
    walk over the links instead of over every element. A body the locator joined from
    parts is measured from its parts. The hidden elements and comment threads kept are the
    whole walk's, not only those under `root`.
    """
    if measured is None or measured[0] is not root:
        return measure(root, site)
    known = measured[1]
    chars, links, inline = known.chars, dict(known.link_chars), known.inline_chars
    if any(wrapper is not root and _inside(wrapper, root) for wrapper in known.joined):
        return measure(root, site)  # a part was joined inside the body: walk it
    if root not in chars:
        if root not in known.joined or any(c not in chars for c in root if isinstance(c.tag, str)):
            return measure(root, site)
        chars, inline = dict(chars), dict(inline)
        _measure_joined(root, chars, links, inline)
    if site:
        _count_offsite_links_as_text(root, links, site)
    return Measures(chars, links, inline, known.comment_threads, known.hidden, known.joined)


def _measure_joined(
    wrapper: HtmlElement,
    chars: dict[HtmlElement, int],
    links: dict[HtmlElement, int],
    inline: dict[HtmlElement, int],
) -> None:
    """The wrapper's entries, as `measure` sums them, from its measured children."""
    text = wrapper.text
    total = own = len(text.strip()) if text else 0
    linked = 0
    for child in wrapper:
        tail = child.tail
        if tail:
            total += len(tail.strip())
            own += len(tail.strip())
        if isinstance(child.tag, str):
            total += chars[child]
            linked += links[child]
            if child.tag in INLINE_TAGS:
                own += chars[child]
    chars[wrapper], links[wrapper], inline[wrapper] = total, linked, own


def _count_offsite_links_as_text(
    root: HtmlElement, links: dict[HtmlElement, int], site: str
) -> None:
    """Correct link lengths measured without a site host: links to other sites are text."""
    offsite = [a for a in root.iter("a") if links.get(a) and is_offsite(a.get("href"), site)]
    for anchor in reversed(offsite):  # a link inside a link is corrected first
        delta = sum(links[c] for c in anchor if isinstance(c.tag, str)) - links[anchor]
        node = anchor
        while delta:
            links[node] += delta
            if node is root:
                break
            node = node.getparent()
            if node.tag == "a" and not is_offsite(node.get("href"), site):
                break  # a same-site link counts its whole text, whatever is inside


def _inside(node: HtmlElement, root: HtmlElement) -> bool:
    return node is root or any(ancestor is root for ancestor in node.iterancestors())


def _unread(node: HtmlElement, found: Measures) -> bool:
    """Whether to skip the element's subtree; notes comment threads on the way."""
    if node.tag in UNREAD_TAGS:
        return not (node.tag == "button" and node.find(".//p") is not None)
    attributes = node.attrib
    if not attributes:
        return False  # most elements: nothing more to read
    classes, ident, style = attributes.get("class"), attributes.get("id"), attributes.get("style")
    hiding_class, thread_class = _class_says(classes) if classes else (False, False)
    if (
        hiding_class
        or (style and HIDDEN_STYLE.search(style))
        or attributes.get("hidden") is not None  # the tests of visibility.hidden_by, inlined
    ) and not is_collapsed_panel(node):
        found.hidden.append(node)
        return True
    if thread_class or (ident and names_comment_thread_in(ident)):
        found.comment_threads.append(node)
    return False


@lru_cache(maxsize=CLASS_CACHE_SIZE)
def _class_says(classes: str) -> tuple[bool, bool]:
    """Whether a class attribute hides the element, and whether it names a comment thread.

    A page repeats a few hundred class attributes over thousands of elements.
    """
    lower = classes.lower()
    hiding = bool(HIDING_CLASS_WORD.search(lower)) and hides_by_class(lower)
    return hiding, names_comment_thread_in(classes)


def names_comment_thread_in(name: str) -> bool:
    """Whether a class or id, in any case, names a comment thread; camelCase words are
    read apart: `docComments` names comments as `doc-comments` does (a manual's "submit a
    correction" box outscored its text). The cheap word test runs first."""
    if not COMMENT_THREAD_WORD.search(name.lower()):
        return False
    return bool(COMMENT_THREAD.search(CAMEL_CASE.sub(" ", name).lower()))


def _block_points(text: str, chars: int) -> float:
    if text.isascii():  # most blocks, and a constant-time test: no CJK, one kind of comma
        return 1 + text.count(",") + min(chars / 100, 3)
    cjk_bonus = min(len(CJK.findall(text)) / 30, 3) if CJK.search(text) else 0.0
    return 1 + count_commas(text) + min(chars / 100, 3) + cjk_bonus


def count_commas(text: str) -> int:
    """Commas of any script in `text`; `str.count` runs in C and builds no list."""
    return sum(text.count(mark) for mark in COMMA_MARKS)


def _initial_score(node: HtmlElement, chars: int) -> float:
    positive, negative = class_labels(class_and_id(node))
    weight = TAG_WEIGHT.get(node.tag, 0.0)
    if positive and chars >= MIN_LABELLED_CHARS:
        weight += CLASS_WEIGHT
    if negative:
        weight -= CLASS_WEIGHT
    return weight


@lru_cache(maxsize=CLASS_CACHE_SIZE)
def class_labels(classes: str) -> tuple[bool, bool]:
    """Whether lower-case class and id name article text (`POSITIVE`), and page parts
    (`NEGATIVE`); cached, since a page repeats its class attributes."""
    return bool(POSITIVE.search(classes)), bool(NEGATIVE.search(classes))


def _own_text(node: HtmlElement) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag in INLINE_TAGS:  # a comment's tag is a function: never in the set
            parts.append(" ".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join(parts)


def _own_characters(node: HtmlElement) -> str:
    """`_own_text` for the tests that count characters (ASCII, CJK, commas) and never
    spaces: pieces joined without one, an inline child's text serialised in C rather
    than read piece by piece. Every text block of the page is scored on it."""
    parts = [node.text or ""]
    for child in node:
        if child.tag in INLINE_TAGS:
            parts.append(serialised_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def unscored(root: HtmlElement, measures: Measures) -> set[HtmlElement]:
    """Every element inside readers' comments (hidden ones were never measured)."""
    inside: set[HtmlElement] = set()
    for thread in measures.comment_threads:
        if thread is not root and thread.tag not in ("html", "body") and thread not in inside:
            inside.update(thread.iter())
    return inside


def score_candidates(
    root: HtmlElement,
    measures: Measures,
    earned: dict[HtmlElement, float] | None = None,
    prose: Prose | None = None,
) -> dict[HtmlElement, float]:
    """Each container's score; `earned`, when given, gets the part owed to text alone.

    `prose`, when given, gets the unlinked characters of the text blocks under each
    element, every ancestor up to the root: how much of the page's prose it holds.
    """
    scores: dict[HtmlElement, float] = {}
    earned = {} if earned is None else earned
    comments = unscored(root, measures)
    for node, own in measures.inline_chars.items():
        if own < MIN_CJK_BLOCK_CHARS or node.tag in INLINE_TAGS or node in comments:
            continue
        text = _own_characters(node)
        if own < MIN_BLOCK_CHARS and (text.isascii() or not CJK.search(text)):
            continue  # too short for a text block, unless written in CJK
        unlinked = 1 - measures.link_density(node)
        points = _block_points(text, own) * unlinked
        if prose is not None:
            prose.add(node, own * unlinked)
        for share, ancestor in zip(ANCESTOR_SHARES, node.iterancestors(), strict=False):
            if ancestor not in scores:
                scores[ancestor] = _initial_score(ancestor, measures.chars.get(ancestor, 0))
                earned[ancestor] = 0.0
            scores[ancestor] += points * share
            earned[ancestor] += points * share
    for node in earned:
        earned[node] *= 1 - measures.link_density(node)
    return {node: score * (1 - measures.link_density(node)) for node, score in scores.items()}


def locate_generic_body(
    root: HtmlElement,
    measures: Measures | None = None,
    notes: list[str] | None = None,
    *,
    hold_parts: bool = False,
) -> HtmlElement | None:
    """The best-scoring container, or None when the page has no paragraph text.

    `measures`, from `measure(root)`, may come from the caller, who can then keep it
    alive: it holds every element, so lxml keeps their Python proxies, and later walks of
    the same tree reuse them instead of building each one again (a tenth of the time).
    A body holding little of the page's prose is widened when an ancestor holds it (see
    `prose.reach_prose`); what happened goes to `notes`. With `hold_parts`, parts of the
    body repeated under different parents give their common ancestor (`parts.parts_holder`).
    """
    measures = measure(root) if measures is None else measures
    earned: dict[HtmlElement, float] = {}
    prose = Prose()
    scores = score_candidates(root, measures, earned, prose)
    if not scores:
        return None
    best = _best_container(root, measures, scores, earned, hold_parts)
    if best.tag in ("html", "body"):
        return best
    return reach_prose(best, prose, measures, root, notes)


def _best_container(
    root: HtmlElement,
    measures: Measures,
    scores: dict[HtmlElement, float],
    earned: dict[HtmlElement, float],
    hold_parts: bool = False,
) -> HtmlElement:
    best = max(scores, key=scores.__getitem__)
    if best.tag in ("html", "body"):
        return best
    top = scores[best]
    parts = _same_class_parts(best, scores, root)
    if len(parts) > 1:
        from .consent import dialog_mates  # here: consent's cleaners measure with this module

        parts = dialog_mates(best, parts)
    if len(parts) > 1:
        holder = parts_holder(parts, measures) if hold_parts else None
        return holder if holder is not None else wrap_parts(parts, measures)
    best = _climb(best, earned)
    scores[best] = max(scores.get(best, 0.0), top)
    if best.tag in ("html", "body"):
        return best
    return _with_prose_siblings(best, scores, measures)


def _same_class_parts(
    best: HtmlElement, scores: dict[HtmlElement, float], root: HtmlElement
) -> list[HtmlElement]:
    """The winner and the containers wearing its exact class, in reading order.

    Templates that break the text for ads or pictures repeat the body container
    (`<div class="post__content">` three times); each part scores alone, so without
    this the article would lose all but its best part. A part beside the winner, under
    the same parent, needs only `MIN_TWIN_SCORE`: a post builder that puts a call to
    action or a table of contents after the intro leaves a short rich-text block there.
    """
    classes = best.get("class")
    if not classes:
        return [best]
    threshold = max(MIN_TWIN_SCORE, scores[best] * SIBLING_SHARE)
    parent = best.getparent()
    twins = {
        node
        for node, score in scores.items()
        if node.tag == best.tag
        and node.get("class") == classes
        and (score >= threshold or (score >= MIN_TWIN_SCORE and node.getparent() is parent))
    }
    nested = {node for node in twins for ancestor in node.iterancestors() if ancestor in twins}
    twins -= nested
    if len(twins) < 2 or best not in twins:
        return [best]
    return [node for node in root.iter(best.tag) if node in twins]


def wrap_parts(parts: list[HtmlElement], measures: Measures) -> HtmlElement:
    """One new container holding `parts`, placed where the first one was; noted in `measures`.

    What lies between the parts (an ad slot, a reply box) stays out: the locator, the
    introduction and the thread's posts all join their parts this way."""
    wrapper: HtmlElement = parts[0].makeelement("div")
    measures.joined.append(wrapper)
    parts[0].addprevious(wrapper)
    for node in parts:
        wrapper.append(node)  # its tail moves with it: the text after it in reading order
    return wrapper


def levels_below_page(node: HtmlElement, root: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    """`node`, then its ancestors, at most `limit`, each with a parent inside the page's
    `<body>` and below `root`: where a block that belongs to the story (an introduction,
    its questions and answers) sits beside it, at some level of nesting."""
    for _ in range(limit):
        parent = node.getparent()
        if parent is None or parent is root or parent.tag in ("html", "body"):
            return
        yield node
        node = parent


def _climb(best: HtmlElement, scores: dict[HtmlElement, float]) -> HtmlElement:
    """Move up to an ancestor that holds the text better, or that wraps the winner alone.

    `scores` are the points earned by text alone: a class bonus on a page-wide `<main>`
    must not pull the body up to include everything around the article.
    """
    last = scores[best]
    floor = last * CLIMB_SHARE
    parent = best.getparent()
    while parent is not None and parent.tag not in ("html", "body"):
        score = scores.get(parent)
        if score is None:
            parent = parent.getparent()
            continue
        if score < floor:
            break
        if score > last:
            best = parent
            break
        last = score
        parent = parent.getparent()
    while (parent := best.getparent()) is not None and parent.tag not in ("html", "body"):
        if len([c for c in parent if isinstance(c.tag, str)]) != 1:
            break
        best = parent
    return best


def _with_prose_siblings(
    best: HtmlElement, scores: dict[HtmlElement, float], measures: Measures
) -> HtmlElement:
    """Join siblings that hold prose or score well: articles split over several blocks."""
    parent = best.getparent()
    if parent is None:
        return best
    threshold = max(MIN_SIBLING_SCORE, scores.get(best, 0.0) * SIBLING_SHARE)
    chosen = [
        sibling
        for sibling in parent
        if isinstance(sibling.tag, str)
        and (sibling is best or _joins(sibling, scores, measures, threshold))
    ]
    if len(chosen) == 1:
        return best
    return wrap_parts(chosen, measures)


def _joins(
    sibling: HtmlElement, scores: dict[HtmlElement, float], measures: Measures, threshold: float
) -> bool:
    if (sibling.get("class") or sibling.get("id")) and COMMENT_THREAD.search(class_and_id(sibling)):
        return False
    if scores.get(sibling, 0.0) >= threshold:
        return True
    if sibling.tag not in ("p", "div", "blockquote", "pre"):
        return False
    chars = measures.inline_chars.get(sibling, 0)  # a paragraph, not a container of them
    density = measures.link_density(sibling)
    if chars >= PROSE_SIBLING_CHARS and density < PROSE_LINK_DENSITY:
        return True
    return (
        0 < chars < PROSE_SIBLING_CHARS
        and density == 0
        and bool(SENTENCE_END.search(_own_text(sibling)))
    )
