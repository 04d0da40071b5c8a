"""A thread's post says who wrote it and when; the member's profile card does not.

Forum software heads each post with its author's name, a link to their profile, and the
post's date: XenForo's `message-name` and `<time>`, phpBB's `p.author`, Discourse's
`.topic-meta-data`, Invision's `.ipsComment_meta`, Stack Exchange's `.user-info`, NodeBB's
`[component=post/header]`. Around the name the same software shows the member's card: a
rank or title ("Well-known member", "macrumors 6502"), counters ("Posts: 1,234",
"Joined: 2019", a reaction score, badges). A reader of a thread needs the first to tell
the posts apart; the second is the same box on every page the member posts on.

So in a thread's posts, a short block holding the author's profile link or the post's
`<time>` is the post's head and no shape cleaner takes it (`is_post_head`), nor the first
line of a quote naming whom it quotes (`is_quote_citation`), while the member's counters
and rank go (`MemberCardCleaner`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from .kinds import Kind
from .rules import Match, Page
from .text import class_and_id, serialised_text

# A post's head is a line or two: the name, the date, a post number. A longer block is the
# member's whole card or the post itself (fitted on wcxb-dev's forum pages: heads hold 5 to
# 120 characters with the card's counters).
MAX_HEAD_CHARS = 160
# The profile links of forum software: XenForo `/members/name.1/`, Discourse `/u/name`,
# Stack Exchange `/users/1/name`, Invision `/profile/1-name/`, NodeBB and Reddit
# `/user/name`, phpBB `memberlist.php?mode=viewprofile`, vBulletin and MyBB `member.php`.
PROFILE_LINK = re.compile(
    r"/(?:members?|u|users?|profile|profiles)/[^/?#]|memberlist\.php\?mode=viewprofile"
    r"|member\.php\?|[?&]uid=\d|/user-\d+",
    re.IGNORECASE,
)
# What a member's card names beside the member: ranks, titles, counters and badges
# (XenForo `userTitle`, `message-userExtras`, `userBanner`; vBulletin `usertitle`; phpBB
# `profile-rank`, `profile-posts`, `profile-joined`; MyBB `author_statistics`, `team-role`;
# Invision `cAuthorPane_info`,
# `ipsRepBadge`, `ipsEntry__authorStats`, `ipsEntry__group` and its hooks `postUserGroup`,
# `postUserCustomFields`; Stack Exchange `-flair`, `reputation-score`, `badge`), and the
# label saying the member opened the thread (`message-attribution-discussion-starter`);
# the thread's own counters shown in its opening post (`MessageCard__thread-info`: views,
# replies, participants).
CARD_CLASS = re.compile(
    r"user-?title|user-?extras|user-?banner|user-?stat(?:s|istics)|user-?badges?|user-?group"
    r"|user-?custom-?fields|custom-field|profile-(?:rank|posts|joined)|rep-?badge"
    r"|author[-_]?(?:pane_info|stats|statistics|fields)|entry__group|team-role"
    r"|discussion-starter|thread-?starter"
    r"|original-?poster|thread-?(?:info|stats)(?![a-z])"
    r"|(?<![a-z])(?:-flair|reputation-score|badge\d*|rank)(?![a-z])",
    re.IGNORECASE,
)
CARD_ATTRIBUTES = ("data-role", "data-ips-hook")  # Invision names its parts there
# A card's counters written as labels: "Posts: 1,234", "Joined: Feb 2019",
# "Join Date: Aug 2008", "Reaction score: 313", "Posts 27".
CARD_LABEL = re.compile(
    r"^\s*(?:posts|joined|join date|messages|reaction score|reputation|points|threads"
    r"|trophy points|likes received|solutions|rank|title|location|member since)\s*(?::|\d)",
    re.IGNORECASE,
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})  # a permalink there is a title
MAX_LABEL_CHARS = 60  # a counter is a short line
MAX_INITIAL_CHARS = 2  # an avatar drawn as letters holds the member's initials
# Who liked, thanked or voted for a post: a list of members under it, never its head
# (XenForo `reactionsBar`, vBulletin `vbseo_liked`, Discourse `post-likes`).
REACTIONS = re.compile(r"reaction|liked|likes|vote|thank", re.IGNORECASE)


def is_post_head(node: HtmlElement, post: HtmlElement | None = None) -> bool:
    """Whether `node`, inside `post`, is its head: short, naming one member (a profile
    link) or one date (a `<time>`, or a link to the post itself, phpBB's date; a heading
    linking to the post is its title, "Re: ..." on phpBB).

    A block naming several members is who liked the post; one naming another member than
    the post's author (its first profile link), the thread's stats ("last post by"); one
    with several dates, a list of other threads.
    """
    text = node.text_content()
    if len(" ".join(text.split())) > MAX_HEAD_CHARS:
        return False
    parts = [part for part in node.iter() if isinstance(part.tag, str)]
    if any(REACTIONS.search(part.get("class") or "") for part in parts):
        return False
    times = sum(1 for part in parts if part.tag == "time") or _links_to_post(node, parts, post)
    members = {
        href
        for part in parts
        if part.tag == "a" and PROFILE_LINK.search(href := part.get("href") or "")
    }
    if members and post is not None and members != {_author(post)}:
        return False  # another member: "last post by", the thread's stats
    return times <= 1 and len(members) <= 1 and times + len(members) > 0


def _links_to_post(node: HtmlElement, parts: list[HtmlElement], post: HtmlElement | None) -> int:
    """How many of the node's links point at the post itself (phpBB's date), outside a
    heading (a title).

    The post's ids are gathered only when the node holds a link with a fragment: reading
    every element of the post for each block asked about cost more than the rest of the
    test (4.8k calls on wcxb-dev's threads), and most blocks hold no such link.
    """
    fragments = [f for part in parts if part.tag == "a" and (f := _fragment(part)) is not None]
    if (
        not fragments
        or node.tag in HEADINGS
        or any(a.tag in HEADINGS for a in node.iterancestors())
    ):
        return 0
    anchors = _anchors(post)
    return sum(1 for fragment in fragments if fragment in anchors)


def _author(post: HtmlElement) -> str | None:
    """The post's author: the first profile its markup links to."""
    return next(
        (href for link in post.iter("a") if PROFILE_LINK.search(href := link.get("href") or "")),
        None,
    )


def _anchors(post: HtmlElement | None) -> set[str]:
    """The ids a link to the post points at: the post's own and its anchors'."""
    if post is None:
        return set()
    return {
        value for part in post.iter() if isinstance(part.tag, str) and (value := part.get("id"))
    }


def _fragment(link: HtmlElement) -> str | None:
    href = link.get("href") or ""
    return href.rpartition("#")[2] if "#" in href else None


def is_quote_citation(node: HtmlElement) -> bool:
    """Whether `node` is a quote's first line naming its source ("X said:", "X wrote:"):
    the head of the quoted post, as short as a post's head (XenForo's
    `bbCodeBlock-title`, Invision's `ipsQuote_citation`, phpBB's `cite`)."""
    parent = node.getparent()
    if node.tag != "cite" and (parent is None or parent.tag != "blockquote"):
        return False
    if node.tag != "cite" and next(iter(parent.iterchildren("*")), None) is not node:
        return False
    return len(" ".join(node.text_content().split())) <= MAX_HEAD_CHARS


@dataclass(frozen=True, slots=True)
class MemberCardCleaner:
    """Remove the member's rank and counters from a thread's posts, never the name."""

    name: str = "member-card"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        # Every post repeats the same few class strings; the search costs 6 us each
        card_names: dict[str, bool] = {}
        for node in root.iter(etree.Element):
            # a third of a thread's elements carry no attribute, so no name to read
            names = _card_names(node) if node.keys() else ""
            if names not in card_names:
                card_names[names] = CARD_CLASS.search(names) is not None
            if card_names[names]:
                yield Match(node, Kind.MEMBER_CARD, "thread~card-class", why="a member's rank")
            elif _is_drawn_avatar(node, names):
                yield Match(node, Kind.MEMBER_CARD, "thread~avatar", why="a member's initial")
            elif _is_counter(node):
                yield Match(node, Kind.MEMBER_CARD, "thread~card-label", why="a member's counter")


def _card_names(node: HtmlElement) -> str:
    """The class, id and Invision part names of a node, as one string of tokens."""
    return " ".join(
        token
        for token in (class_and_id(node), *(node.get(a) or "" for a in CARD_ATTRIBUTES))
        for token in token.split()
        # a state, not a part: phpBB's `no-profile-rank`, `has-profile-rank` on the name
        if not token.startswith(("no-", "has-"))
    )


def _is_drawn_avatar(node: HtmlElement, names: str) -> bool:
    """An avatar drawn as the member's initial ("J" before "julian": NodeBB, XenForo)."""
    return "avatar" in names and len(serialised_text(node).strip()) <= MAX_INITIAL_CHARS


def _is_counter(node: HtmlElement) -> bool:
    """A short label opening with a counter's name ("Posts: 1,234").

    Its text is `text_content()`, read as `serialised_text` reads it: a leaf's own text
    without the call, every element of a thread being asked.
    """
    text = serialised_text(node)
    return len(text) <= MAX_LABEL_CHARS and CARD_LABEL.match(text) is not None
