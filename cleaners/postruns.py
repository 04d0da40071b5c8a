"""Forum threads: the body is the run of sibling posts, not the best single post.

When no run is found, `thread.py` grows the body the generic locator found to the
ancestor of every post instead.

A thread page is a run of posts, each a container of the same kind (phpBB's `div.post`,
XenForo's `article.message`, Invision Community's `article.cPost`) holding its author,
its date and its own text; the thread's text is the first post and the replies. The
generic locator looks for one article and misses that shape two ways: it picks one post
(phpBB alternates `bg1`/`bg2` on its posts, so they are no twins of one template), or it
finds nothing, because forum software marks the posts with the vocabulary of readers'
comments (`#comments`, `ipsComment`), which the locator skips. On a page that is a forum
thread, by its declaration or its address (`classify.page_type`), the posts are the page,
so they are scored like any text, and the run of alike siblings around the best block is
the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from lxml import etree
from lxml.html import HtmlElement

from .body import Measures, score_candidates, wrap_parts
from .classify import THREAD_TYPES
from .cleaning import Found
from .kinds import Kind
from .metadata import Metadata
from .postheads import MemberCardCleaner, is_post_head, is_quote_citation
from .prose import Prose
from .rules import Cleaner, Match, Page
from .text import class_and_id, names_may_hold
from .visibility import hidden_by

MIN_POSTS = 2  # one post is an article: the generic body is right
# The run must hold this share of the page's prose, comments counted: a run of short blocks
# inside one post (quotes, code boxes) or a rail holds less. Fitted on wcxb-dev's forum
# pages: post runs hold 0.53 to 0.99 of their page's prose.
MIN_THREAD_SHARE = 0.5
MAX_TAKEN_SHARE = 0.5  # a cleaner's find may take less than this share of a post's text
# An opening post apart from the replies holds its message and its head, not much more.
MAX_APART_GROWTH = 1.5
MIN_MESSAGE_SHARE = 0.5  # the posts' message blocks hold at least this share of their prose
# Never a post's text: what no reader sees and a member's signature.
NEVER_SPARED = frozenset({Kind.HIDDEN, Kind.CONSENT_BANNER, Kind.SIGNATURE})
# Attributes that say nothing about what an element is: every post has its own values.
UNTELLING_ATTRIBUTES = frozenset({"id", "class", "style"})
# A post's id: one stem, then its number (vBulletin's `edit37601655`, phpBB's `p550479`).
NUMBERED_ID = re.compile(r"^([^\W\d]+?)[-_]?\d+$")


def declares_thread(meta: Metadata) -> bool:
    """Whether the page's JSON-LD says it is a thread (`DiscussionForumPosting`, `QAPage`)."""
    return bool(meta.page_types & THREAD_TYPES)


@dataclass(frozen=True, slots=True)
class Thread:
    """The posts of a thread, the container the locator joined them in, and what holds
    each post's message: its message block, the post, and the elements between them."""

    body: HtmlElement
    posts: frozenset[HtmlElement]
    holders: frozenset[HtmlElement]
    chars: Mapping[HtmlElement, int]  # `Measures.chars`

    def spare_posts(self, found: list[Found]) -> list[Found]:
        """The finds that take no post's message.

        A short reply of a line and a link looks like a teaser to the shape cleaners, but
        it is the thread's text as much as a long one; who wrote a post and when is part
        of the thread too (its head: `postheads.is_post_head`). What a post holds beside
        them (the member's rank and counters, a signature, the buttons) still goes, and
        so does what no reader sees (hidden text, a copy of an earlier post).
        """
        return [item for item in found if not self._takes_a_post(item.match)]

    def _takes_a_post(self, match: Match) -> bool:
        if match.kind in NEVER_SPARED:
            return False
        node = match.node
        if node in self.holders:
            return True
        if match.kind is Kind.COMMENTS:
            return False  # readers' comments under a post (Stack Exchange's) are no post
        post = next((a for a in node.iterancestors() if a in self.posts), None)
        if post is None:
            return False
        message = next(a for a in node.iterancestors() if a in self.holders)
        most = self.chars.get(node, 0) >= MAX_TAKEN_SHARE * min(
            self.chars.get(post, 0), self.chars.get(message, 0)
        )
        if match.kind is Kind.MEMBER_CARD:
            return most  # a card class on the whole post (XenForo's original poster's)
        return (
            match.kind is Kind.BYLINE or most or is_post_head(node, post) or is_quote_citation(node)
        )


# What forum software calls a member's signature: phpBB's and vBulletin's `.signature`,
# XenForo's `.message-signature`, Invision's `[data-role=memberSignature]`.
SIGNATURE = re.compile(r"signature", re.IGNORECASE)
SIGNATURE_ATTRIBUTES = ("class", "id", "data-role")


@dataclass(frozen=True, slots=True)
class SignatureCleaner:
    """Remove the signatures under the posts of a thread: the same lines under every post
    of a member (a motto, a link to their build, their specs), never the post's text."""

    name: str = "signatures"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        for node in root.iter(etree.Element):
            if not names_may_hold(node, ("signature",), SIGNATURE_ATTRIBUTES):
                continue
            if SIGNATURE.search(f"{class_and_id(node)} {node.get('data-role') or ''}"):
                yield Match(node, Kind.SIGNATURE, "thread~signature", why="a member's signature")


def thread_cleaners(thread: Thread | None) -> tuple[Cleaner, ...]:
    """The cleaners a thread's body needs besides the configured ones."""
    return () if thread is None else (SignatureCleaner(), MemberCardCleaner())


def locate_thread(scope: HtmlElement, measures: Measures, declared: bool) -> Thread | None:
    """The posts of the thread, joined in one container; None when the page shows no run
    of posts, or when the run misses some: the generic locator then finds the body.

    Only a page that declares a thread (`declared`, its JSON-LD) may have posts marked as
    readers' comments: at a forum-like address alone (a newspaper's `/forum/` section),
    a run of comments is a comment section under a story.

    The run misses posts when the message container repeats outside it: Stack Exchange
    shows the question apart from the run of answers, and both wear `.js-post-body`,
    which the generic locator joins as parts of one body. The new container is noted in
    `measures.joined`, as the locator notes the bodies it joins.
    """
    counted = replace(measures, comment_threads=[])  # the posts wear comment classes
    prose = Prose()
    scores = score_candidates(scope, counted, prose=prose)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    longest = _longest_block(counted)
    for start in (best, longest, *_twins(longest, prose)):
        run = post_run(start, prose, scope)
        if run is not None:
            break
    if run is None:
        return None
    outside = [*_outside(best, run, prose), *_outside(start, run, prose)]
    if outside:
        apart = _posts_apart(outside, run, prose)
        if apart is None:
            return None
        run = _in_reading_order([*apart, *run], scope)
    if not declared and _in_comments(run, measures):
        return None
    holders = _message_holders(run, prose)
    return Thread(wrap_parts(run, measures), frozenset(run), holders, measures.chars)


def _message_holders(run: list[HtmlElement], prose: Prose) -> frozenset[HtmlElement]:
    """The posts, their message blocks and the elements between.

    The message block repeats in every post with one tag and class (phpBB's
    `div.content`, Invision's `[data-role=commentContent]`, NodeBB's `.content`): of the
    classes found in the most posts, it is the innermost holding most of the thread's
    prose. A quote, a preview of an earlier post or a signature holds less, or sits in
    fewer posts.
    """
    posts = set(run)
    total = sum(prose.chars.get(post, 0.0) for post in run)
    found: dict[tuple[str, str], list[HtmlElement]] = {}
    for post in run:
        for node in post.iterdescendants():
            classes = node.get("class") if isinstance(node.tag, str) else None
            if classes and prose.chars.get(node, 0.0) > 0:
                found.setdefault((node.tag, classes), []).append(node)
    widest = max((len({_post_of(n, posts) for n in nodes}) for nodes in found.values()), default=0)
    messages = min(
        (
            nodes
            for nodes in found.values()
            if len({_post_of(n, posts) for n in nodes}) == widest
            and sum(prose.chars.get(n, 0.0) for n in nodes) >= MIN_MESSAGE_SHARE * total
        ),
        # the innermost of equals: the post's wrapper holds as much as its message
        key=lambda nodes: (sum(prose.chars.get(n, 0.0) for n in nodes), -_depth(nodes[0])),
        default=[],
    )
    holders = set(posts)
    for message in messages:
        for node in (message, *message.iterancestors()):
            if node in posts:
                break
            holders.add(node)
    return frozenset(holders)


def _depth(node: HtmlElement) -> int:
    return sum(1 for _ in node.iterancestors())


def _post_of(node: HtmlElement, posts: set[HtmlElement]) -> HtmlElement | None:
    return next((a for a in node.iterancestors() if a in posts), None)


def _longest_block(measures: Measures) -> HtmlElement:
    """The element with the most text of its own: a paragraph of the longest post.

    The climb starts there when the best container holds every post (the list of posts
    gathers their points as their grandparent): from the list, no level is a run.
    """
    return max(measures.inline_chars, key=measures.inline_chars.__getitem__)


def _twins(block: HtmlElement, prose: Prose) -> list[HtmlElement]:
    """A visible block of the same tag and class as `block` elsewhere: a reply's message,
    when the longest block is an opening post shown apart from the replies."""
    classes = block.get("class")
    if not classes:
        return []
    for node in block.getroottree().iter(block.tag):
        if (
            node is not block
            and node.get("class") == classes
            and prose.chars.get(node, 0.0) > 0
            and not any(hidden_by(a) for a in (node, *node.iterancestors()))
        ):
            return [node]
    return []


def _in_comments(run: list[HtmlElement], measures: Measures) -> bool:
    """Whether the posts are, or sit in, elements the locator marked as readers' comments."""
    marked = set(measures.comment_threads)
    return any(post in marked or marked.intersection(post.iterancestors()) for post in run)


def _outside(message: HtmlElement, run: list[HtmlElement], prose: Prose) -> list[HtmlElement]:
    """The blocks of the message's tag and class holding prose outside the run (the
    elements around the run, such as the list of posts, are not outside it).

    A hidden block is no post a reader misses: XenForo themes keep a hidden copy of the
    opening post for their share dialog.
    """
    classes = message.get("class")
    if not classes:
        return []
    posts = set(run)
    around = set(run[0].iterancestors())
    return [
        node
        for node in run[0].getroottree().iter(message.tag)
        if node.get("class") == classes
        and prose.chars.get(node, 0.0) > 0
        and node not in posts
        and node not in around
        and not posts.intersection(node.iterancestors())
        and not any(hidden_by(a) for a in (node, *node.iterancestors()))
    ]


def _posts_apart(
    messages: list[HtmlElement], run: list[HtmlElement], prose: Prose
) -> list[HtmlElement] | None:
    """The posts shown apart from the run, or None when the messages outside the run are
    something else (Stack Exchange's question with its comments beside the answers: the
    generic locator joins the two).

    Forum themes put the opening post in its own container before the replies (XenForo's
    `js-originalPostContainer`), and nested replies in containers between the posts: a
    post apart is the messages' highest ancestor holding no post of the run, and it holds
    little more than its messages.
    """
    found: dict[HtmlElement, float] = {}
    for message in messages:
        post = message
        while (parent := post.getparent()) is not None and run[0] not in parent.iterdescendants():
            post = parent
        if parent is None:
            return None
        found[post] = found.get(post, 0.0) + prose.chars.get(message, 0.0)
    if any(prose.chars.get(post, 0.0) > MAX_APART_GROWTH * held for post, held in found.items()):
        return None
    return list(found)


def post_run(block: HtmlElement, prose: Prose, scope: HtmlElement) -> list[HtmlElement] | None:
    """The lowest run of alike siblings around `block` that holds most of the page's prose,
    with the posts shown apart from it (a long opening post above short replies)."""
    total = prose.chars.get(scope, 0.0)
    for node in (block, *block.iterancestors()):
        parent = node.getparent()
        if node is scope or parent is None:
            return None
        run = [sibling for sibling in parent if _alike(sibling, node)]
        with_text = [post for post in run if prose.chars.get(post, 0.0) > 0]
        if len(with_text) < MIN_POSTS:
            continue
        held = sum(prose.chars.get(post, 0.0) for post in run)
        share = MIN_THREAD_SHARE * total
        if held >= share:
            return run
        apart = (
            _posts_apart(outside, run, prose) if (outside := _outside(block, run, prose)) else None
        )
        if apart and held + sum(prose.chars.get(post, 0.0) for post in apart) >= share:
            return _in_reading_order([*apart, *run], scope)
    return None


def _in_reading_order(nodes: list[HtmlElement], scope: HtmlElement) -> list[HtmlElement]:
    order = {node: n for n, node in enumerate(scope.iter())}
    return sorted(set(nodes), key=order.__getitem__)


def _alike(one: HtmlElement, other: HtmlElement) -> bool:
    """Two elements of one template: the same tag, and most class tokens, the same
    telling attributes (NodeBB's `li[component=post][data-pid]`) or a numbered id of
    one stem."""
    if not isinstance(one.tag, str) or one.tag != other.tag:
        return False
    if one is other:
        return True
    tokens, others = _tokens(one), _tokens(other)
    if tokens and others and 2 * len(tokens & others) >= max(len(tokens), len(others)):
        return True
    if _signature(one) and _signature(one) == _signature(other):
        return True
    stem = _id_stem(one)
    return stem is not None and stem == _id_stem(other)


def _id_stem(node: HtmlElement) -> str | None:
    stem = NUMBERED_ID.match(node.get("id") or "")
    return stem[1] if stem is not None else None


def _signature(node: HtmlElement) -> tuple[tuple[str, str], ...]:
    """The attributes that say what an element is: `data-*` names (their values are the
    post's own: its number, its author) and the values of the others (`component`,
    `itemtype`, `role`: the main column and the sidebar differ there)."""
    return tuple(
        sorted(
            (name, "" if name.startswith("data-") else value)
            for name, value in node.attrib.items()
            if name not in UNTELLING_ATTRIBUTES
        )
    )


def _tokens(node: HtmlElement) -> set[str]:
    return set((node.get("class") or "").split())
