"""A thread's posts keep their head (who wrote each post, and when), never the member's
card (rank, counters) nor the list of members who liked the post."""

from __future__ import annotations

import lxml.html

from cleaners import extract_article
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
    rank, counters), a head with the post's date, and the reactions under it."""
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
        for n, (name, text) in enumerate(zip(MEMBERS, POSTS, strict=True))
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
