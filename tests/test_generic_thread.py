"""A forum thread comes out with every post, without the members' signatures.

The pages are constructed after how forum software builds a thread (Discourse's posts,
phpBB's signatures), never copied from a page.
"""

from __future__ import annotations

from cleaners import extract_article

from .test_generic_recall import TOPICS, page

REPLIES = [
    "Same here after the update, the beds dried out twice as fast this summer.",
    "Mulch fixed it for me, straw works fine and costs next to nothing at the farm.",
    "Thanks, that worked. Marking this as solved for anyone who finds the thread later.",
]


def thread() -> str:
    """A thread as Discourse serves it: a long opening post, short replies, one markup."""
    texts = ["".join(f"<p>{p}</p>" for p in TOPICS * 2), *(f"<p>{r}</p>" for r in REPLIES)]
    posts = "".join(
        f'<div id="post_{n}" class="topic-body crawler-post"><div class="creator">'
        f'<span itemprop="name">member{n}</span></div><div class="post">{text}</div>'
        '<div class="signature"><p>My garden blog, updated every other week.</p></div></div>'
        for n, text in enumerate(texts)
    )
    return page(f'<div id="main-outlet"><h1>Beds drying out</h1>{posts}</div>')


def test_every_post_of_a_forum_thread_is_kept() -> None:
    article = extract_article(
        thread(), "https://forum.example.org/t/beds-drying-out/123", site_rules=False
    )
    assert article.pageType == "forum"
    assert TOPICS[0][:60] in article.articleBody
    assert all(reply[:50] in article.articleBody for reply in REPLIES)


def test_members_signatures_are_removed_from_a_forum_thread() -> None:
    article = extract_article(
        thread(), "https://forum.example.org/t/beds-drying-out/123", site_rules=False
    )
    assert "My garden blog" not in article.articleBody


def test_comments_shaped_like_posts_under_an_article_are_still_removed() -> None:
    story = "".join(f"<p>{p}</p>" for p in TOPICS)
    comments = "".join(
        f'<div id="comment-{n}" class="comment"><p>{reply}</p></div>'
        for n, reply in enumerate(REPLIES)
    )
    html = page(f'<article class="post">{story}<div class="comments">{comments}</div></article>')
    article = extract_article(html, "https://example.org/blog/beds", site_rules=False)
    assert TOPICS[-1][:60] in article.articleBody
    assert REPLIES[0][:50] not in article.articleBody
