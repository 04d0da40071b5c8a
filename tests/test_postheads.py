"""A thread's posts keep their head (who wrote each post, and when), never the member's
card (rank, counters) nor the list of members who liked the post."""

from __future__ import annotations

import lxml.html
import pytest

from cleaners import extract_article
from cleaners.classify import PageType, page_type
from cleaners.metadata import Metadata
from cleaners.postheads import MemberCardCleaner, is_post_head

NAV = "".join(f'<li><a href="/forums/{n}/">Board {n}</a></li>' for n in range(10))
POSTS = [
    "The new firmware bricked my router twice this week. Has anyone found a way to roll "
    "back to the previous release without the recovery cable that nobody sells anymore?",
    "Hold the reset button for thirty seconds while plugging it in, then upload the old "
    "image from the recovery page. It worked on mine after the same update last month.",
    "Thanks, that did it. The recovery page only shows up on the second port, by the way, "
    "so anyone trying this should move the cable before holding the button down.",
]
MEMBERS = ["routerfan", "netgeek", "oldtimer"]


def xenforo_like_posts() -> str:
    """Posts built as XenForo builds them: the member's card beside each message (name,
    rank, counters), a head with the post's date, and the reactions under it; the last
    reply quotes the first post under a line naming its source."""
    quote = (
        '<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">'
        f'<a href="/goto/post?id=0">{MEMBERS[0]} said:</a></div>'
        '<div class="bbCodeBlock-content">Has anyone found a way to roll back?</div></blockquote>'
    )
    texts = [*POSTS[:-1], quote + POSTS[-1]]
    return "".join(
        f'<article class="message message--post" id="js-post-{n}">'
        f'<div class="message-cell message-cell--user"><div class="message-userDetails">'
        f'<h4 class="message-name"><a href="/members/{name}.{n}/">{name}</a></h4>'
        f'<h5 class="userTitle">Well-known member</h5></div>'
        f'<div class="message-userExtras"><dl><dt>Joined</dt><dd>Jul 6, 2010</dd></dl>'
        f"<dl><dt>Messages</dt><dd>{n * 311}</dd></dl></div></div>"
        f'<div class="message-cell message-cell--main"><header class="message-attribution">'
        f'<a href="/threads/router.9/post-{n}"><time datetime="2024-05-0{n + 1}">'
        f"May {n + 1}, 2024</time></a></header>"
        f'<div class="message-content"><div class="bbWrapper">{text}</div></div>'
        f'<footer><div class="reactionsBar">Reactions: '
        f'<a href="/members/a.7/">anna</a>, <a href="/members/b.8/">bert</a></div></footer>'
        f"</div></article>"
        for n, (name, text) in enumerate(zip(MEMBERS, texts, strict=True))
    )


def page(posts: str) -> str:
    return (
        "<html><head><title>Router bricked</title></head><body>"
        f'<header><nav><ul class="menu">{NAV}</ul></nav></header>'
        f'<main><h1>Router bricked</h1><div class="block-body">{posts}</div></main>'
        "<footer><p>Community platform · Terms · Privacy</p></footer></body></html>"
    )


def test_each_post_keeps_its_author_and_date_without_the_members_card():
    article = extract_article(
        page(xenforo_like_posts()), "https://forum.example.org/threads/router.9/"
    )
    body = article.articleBody
    assert all(name in body for name in MEMBERS)
    assert "May 2, 2024" in body and "May 3, 2024" in body
    assert "Well-known member" not in body
    assert "Joined" not in body and "Messages" not in body
    assert "Reactions" not in body and "anna" not in body
    assert f"{MEMBERS[0]} said:" in body


def test_a_head_names_one_member():
    head = lxml.html.fromstring('<div><a href="/members/netgeek.2/">netgeek</a> said:</div>')
    likes = lxml.html.fromstring(
        '<div><a href="/members/a.7/">anna</a> and <a href="/members/b.8/">bert</a> like this</div>'
    )
    assert is_post_head(head)
    assert not is_post_head(likes)


def test_a_head_is_short():
    long_text = " ".join(POSTS)
    quote = lxml.html.fromstring(
        f'<blockquote><a href="/members/netgeek.2/">netgeek</a> said: {long_text}</blockquote>'
    )
    assert not is_post_head(quote)


def test_member_counters_go_but_a_sentence_about_posts_stays():
    root = lxml.html.fromstring(
        "<div><dd>Posts: 8292</dd><dd>Joined: Sun Dec 28, 2014 3:02 pm</dd>"
        "<p>Posts: 3 of mine vanished after the upgrade, and the moderators could not say "
        "why they were removed.</p></div>"
    )
    found = {match.node.text_content() for match in MemberCardCleaner().find(root, None)}
    assert found == {"Posts: 8292", "Joined: Sun Dec 28, 2014 3:02 pm"}


def phpbb_like_posts() -> str:
    """Posts built as phpBB builds them: the name in `dt.no-profile-rank` when the member
    has no rank, counters as labelled lines, and the date as a link to the post itself,
    under a heading that also links to the post ("Re: ...")."""
    return "".join(
        f'<div id="p{700 + n}" class="post has-profile bg{1 + n % 2}"><div class="inner">'
        f'<dl class="postprofile"><dt class="no-profile-rank">'
        f'<a href="./memberlist.php?mode=viewprofile&amp;u={n}" class="username">{name}</a>'
        f"</dt><dd>Posts: {n * 97 + 3}</dd><dd>Joined: Sun Dec 17, 2023</dd></dl>"
        f'<div class="postbody"><h3><a href="#p{700 + n}">Re: Router bricked</a></h3>'
        f'<p class="author"><a href="./viewtopic.php?p={700 + n}#p{700 + n}">'
        f"Wed Dec 2{n}, 2023 11:04 am</a></p>"
        f'<div class="content">{text}</div></div></div></div>'
        for n, (name, text) in enumerate(zip(MEMBERS, POSTS, strict=True))
    )


def test_a_link_to_the_post_dates_it_and_a_heading_linking_to_it_is_its_title():
    article = extract_article(
        page(phpbb_like_posts()), "https://forum.example.org/viewtopic.php?t=9"
    )
    body = article.articleBody
    assert all(name in body for name in MEMBERS)
    assert "Wed Dec 21, 2023 11:04 am" in body
    assert "Re: Router bricked" not in body
    assert "Posts:" not in body and "Joined:" not in body


LINKED_THREADS = "".join(
    f'<br><a href="/threads/{n}/">Campaign thread number {n} for the general election</a>'
    for n in range(8)
)
ACTIONS = [
    "Report this post",
    "Quote",
    "Reply",
    "Watch this thread",
    "Share this post",
    "Copy the link to this post",
    "Follow the member",
    "Show the member's profile",
    "Show the member's other posts",
    "Send a private message",
    "Block the member",
    "Ignore the member's posts in every thread",
    "Show the member's badges",
    "Show the member's reputation",
    "Show the boards the member moderates",
]
# Replies longer than the opening post: the thread is prose, whatever its first post links to.
LONG_REPLIES = [
    f"<p>{text}</p><p>{more}</p>"
    for text, more in zip(
        POSTS,
        [
            "Turnout in the last election was the lowest in two decades, and most polls "
            "suggest that younger voters will decide several of the marginal seats this time.",
            "My constituency has had the same member for twenty years, so a change there "
            "would tell us more about the national mood than any of the polls published so far.",
            "The debates on television will matter less than the leaflets, in my experience, "
            "because most people I know decide in the last week, after reading the post.",
        ],
        strict=True,
    )
]


def thread_with_a_linking_opening_post() -> str:
    """An opening post that is mostly links to other threads, under a box of the thread's
    actions longer than its message, which the replies lack: its message block is the
    post's text."""
    box = (
        '<div class="member-box">'
        + "".join(f'<a href="/action/{n}/">{action}</a> ' for n, action in enumerate(ACTIONS * 2))
        + "</div>"
    )
    opening = (
        "<span>The election will take place in July.<br><br>This is the thread to discuss "
        f"the campaign.<br><br>See also the other threads:{LINKED_THREADS}</span>"
    )
    return "".join(
        f'<div class="post-wrap"><div class="thread-post">{box if n == 0 else ""}'
        f'<div class="post-content" id="post-content{n}"><div itemprop="text">{text}</div>'
        "</div></div></div>"
        for n, text in enumerate([opening, *LONG_REPLIES])
    )


def test_an_opening_post_made_of_links_is_kept():
    html = page(thread_with_a_linking_opening_post())
    article = extract_article(html, "https://forum.example.org/showthread.php?t=9")
    assert "body-thread: a run of 4 posts" in article.notes
    assert "Campaign thread number 7 for the general election" in article.articleBody
    assert all(text in article.articleBody for text in POSTS)


MORE_REPLIES = [
    "Mine came back after the same trick, though I had to try three times before the "
    "recovery page loaded. Patience seems to be the main ingredient here, and a laptop "
    "with a wired port, since the page never appears over the wireless network at all.",
    "For what it is worth, the vendor has now pulled the firmware from its download page "
    "and promised a fixed release by the end of the month.",
]


LONG_OPENING = (
    f"{POSTS[0]} I have tried the reset button, the recovery page and two older images, and "
    "every time the lights blink orange for a minute before the router restarts on the broken "
    "release. The support line says a technician will call within ten working days, which is "
    "a long time without a connection at home. The shop will not take it back either, since "
    "the box was opened and the warranty card was already registered online last spring. "
    "Before I buy a new one, is there anything else worth trying, such as a serial console?"
)


def theme_with_the_opening_post_apart(opening: str = POSTS[0]) -> str:
    """A forum theme that shows the opening post in its own container above the replies,
    keeps a hidden copy of it for its share dialog, and marks it as the starter's."""

    def card(n: int, name: str, text: str) -> str:
        return (
            f'<div class="MessageCard" id="js-post-{n}">'
            f'<div class="MessageCard__user-info"><a href="/members/{name}.{n}/">{name}</a>'
            f'<span class="message-attribution-discussion-starter">Discussion starter</span>'
            f'</div><time datetime="2024-01-1{n}">Jan 1{n}, 2024</time>'
            f'<article class="message-body"><div class="bbWrapper">{text}</div></article></div>'
        )

    replies = POSTS[1:] + MORE_REPLIES
    copy = f'<div class="hidden">{card(0, MEMBERS[0], opening)}</div>'
    first = card(0, MEMBERS[0], opening)
    runs = "".join(
        f'<article class="js-post" id="post-{n}">{card(n, f"member{n}", text)}</article>'
        for n, text in enumerate(replies, start=1)
    )
    return f'{copy}<div class="thread-opening">{first}</div><div class="block-body">{runs}</div>'


@pytest.mark.parametrize("opening", [POSTS[0], LONG_OPENING], ids=["short", "longest"])
def test_an_opening_post_shown_apart_joins_the_replies_once(opening):
    html = page(theme_with_the_opening_post_apart(opening))
    article = extract_article(html, "https://forum.example.org/threads/router.9/")
    assert "body-thread: a run of 5 posts" in article.notes
    assert article.articleBody.count(POSTS[0][:50]) == 1
    assert all(text in article.articleBody for text in [opening, *POSTS[1:], *MORE_REPLIES])
    assert "Discussion starter" not in article.articleBody


def test_a_head_names_the_posts_author():
    post = lxml.html.fromstring(
        '<div><a href="/members/netgeek.2/">netgeek</a><div class="stats">12 replies, last '
        'post by <a href="/members/anna.7/">anna</a></div><p>Text of the post.</p></div>'
    )
    stats = post.find_class("stats")[0]
    name = post.find("a")
    assert is_post_head(name, post)
    assert not is_post_head(stats, post)


def test_seo_thread_addresses_of_forum_software_are_threads():
    meta = Metadata()
    assert page_type(meta, "https://community.example.org/thread-222085.html") is PageType.FORUM
    assert page_type(meta, "https://community.example.org/thread-2-page-3.html") is PageType.FORUM
    assert page_type(meta, "https://board.example.org/g/new-fish-t17351.html") is PageType.FORUM
    assert page_type(meta, "https://news.example.org/thread-of-the-day.html") is PageType.ARTICLE
    assert page_type(meta, "https://news.example.org/the-t-shirt-2024.html") is PageType.ARTICLE


def test_mybb_author_statistics_and_group_are_the_card():
    root = lxml.html.fromstring(
        '<div class="post_author"><div class="author_information"><a href="user-1.html">'
        'member1</a><p class="team-role">Big Board Owner</p></div>'
        '<div class="author_statistics">Posts: 116<br>Threads: 23<br>Joined: Feb 2019</div></div>'
    )
    found = {match.node.get("class") for match in MemberCardCleaner().find(root, None)}
    assert found == {"team-role", "author_statistics"}


def test_an_avatar_drawn_as_an_initial_goes_but_a_named_avatar_link_stays():
    root = lxml.html.fromstring(
        '<div><span class="avatar avatar-rounded" style="background:#f44">J</span>'
        '<a class="avatar-name" href="/user/julian">julian</a></div>'
    )
    found = [match.node.text_content() for match in MemberCardCleaner().find(root, None)]
    assert found == ["J"]


def test_a_class_naming_a_state_is_no_card_part():
    root = lxml.html.fromstring(
        '<dl><dt class="has-profile-rank has-avatar"><a href="/memberlist.php?mode=viewprofile'
        '&amp;u=6">discusfishies</a><div class="profile-rank">Member</div>'
        '<div class="user-statistics">457</div></dt></dl>'
    )
    found = {match.node.get("class") for match in MemberCardCleaner().find(root, None)}
    assert found == {"profile-rank", "user-statistics"}
