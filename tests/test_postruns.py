"""Forum threads: the body is the run of posts (first post and replies), whatever the
forum software calls them, while an article's comment section built the same way stays
out of the article."""

from __future__ import annotations

import json

import lxml.html
import pytest

from cleaners import extract_article
from cleaners.body import measure
from cleaners.postruns import locate_thread

NAV = "".join(f'<li><a href="/forum/{n}">Board {n}</a></li>' for n in range(10))
OPENING = (
    "I don't like the new look at all. The previous interface was much more sophisticated, "
    "functional and at the same time very user friendly, with borders between the sections."
)
REPLIES = [
    "I agree with you. I chose this application years ago because it was trim and intuitive, "
    "and now I cannot find anything, the settings are gone and the interface is ugly.",
    'Thanks, that fixed it. See the <a href="/topic/2-changelog/">changelog</a>.',
    "We can only speculate about the inner workings of the company, but I don't expect any "
    "reversal. If you are not satisfied, use the feedback link and be precise about it.",
]
SIGNATURE = "My setup: an old laptop and a lot of patience since 2009"


def thread_page(posts: str, head: str = "") -> str:
    return (
        f"<html><head><title>New UI</title>{head}</head><body>"
        f'<header><nav><ul class="menu">{NAV}</ul></nav></header>'
        f'<main id="content"><h1>New UI 2024</h1>{posts}'
        '<div class="pagination"><a href="?page=2">Next page</a></div></main>'
        "<footer><p>Powered by forum software · Privacy · Terms</p></footer></body></html>"
    )


def json_ld(kind: str) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "headline": "New UI 2024"}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def invision_posts(texts: list[str]) -> str:
    """Invision Community's markup: each post an `article.cPost` in `#comments`."""
    posts = "".join(
        f'<a id="comment-{n}"></a>'
        f'<article id="elComment_{n}" class="cPost ipsBox ipsComment ipsClearfix">'
        f'<aside class="ipsComment_author cAuthorPane"><h3><a href="/profile/{n}-member{n}/">'
        f"Member{n}</a></h3><ul><li>{n * 7} posts</li></ul></aside>"
        f'<div id="comment-{n}_wrap" class="ipsComment_content">'
        f'<div class="ipsComment_meta">Posted <time datetime="2024-03-0{n}">March {n}, 2024'
        f'</time></div><div data-role="commentContent" class="ipsType_richText"><p>{text}</p>'
        f'</div><div data-role="memberSignature"><p>{SIGNATURE}</p></div></div></article>'
        for n, text in enumerate(texts, start=1)
    )
    feed = f'<div data-role="commentFeed"><form>{posts}</form></div>'
    return f'<div id="comments" class="cTopic">{feed}</div>'


def phpbb_posts(texts: list[str]) -> str:
    """phpBB's markup: posts alternate `bg1` and `bg2`, so no two neighbours match."""
    return "".join(
        f'<div id="p{5500 + n}" class="post has-profile bg{1 + n % 2}"><div class="inner">'
        f'<dl class="postprofile"><dt><a href="./memberlist.php?u={n}">member{n}</a></dt>'
        f"<dd>Posts: {n * 3}</dd></dl>"
        f'<div class="postbody"><h3><a href="#p{5500 + n}">Re: New UI 2024</a></h3>'
        f'<p class="author">by member{n} » 11. Sep 2024</p>'
        f'<div class="content">{text}</div>'
        f'<div class="signature">{SIGNATURE}</div></div></div></div>'
        for n, text in enumerate(texts)
    )


def plain(text: str) -> str:
    return lxml.html.fromstring(f"<p>{text}</p>").text_content()


@pytest.mark.parametrize(
    ("posts", "head", "url"),
    [
        (invision_posts, json_ld("DiscussionForumPosting"), "https://forum.example.org/x/1/"),
        (phpbb_posts, "", "https://forum.example.org/viewtopic.php?t=42"),
    ],
    ids=["invision-declared", "phpbb-by-address"],
)
def test_thread_body_holds_every_post(posts, head, url):
    article = extract_article(thread_page(posts([OPENING, *REPLIES]), head), url)
    assert article.pageType == "forum"
    assert "body-thread: a run of 4 posts" in article.notes
    for text in [OPENING, *REPLIES]:
        assert plain(text) in article.articleBody


@pytest.mark.parametrize(
    ("posts", "head"),
    [(invision_posts, json_ld("DiscussionForumPosting")), (phpbb_posts, "")],
    ids=["invision", "phpbb"],
)
def test_thread_drops_members_signatures(posts, head):
    url = "https://forum.example.org/viewtopic.php?t=42"
    article = extract_article(thread_page(posts([OPENING, *REPLIES]), head), url)
    assert SIGNATURE not in article.articleBody
    assert "signature" in {removal.kind for removal in article.removed}


def test_article_keeps_its_comment_section_out():
    story = "".join(
        f"<p>Paragraph {n} of the story: the council voted on Tuesday to close the old bridge, "
        f"and residents said the detour would add twenty minutes to their commute.</p>"
        for n in range(6)
    )
    comments = invision_posts([OPENING, *REPLIES])
    page = thread_page(f"<article>{story}</article>{comments}", json_ld("NewsArticle"))
    article = extract_article(page, "https://news.example.org/2024/03/bridge-closes")
    assert article.pageType == "article"
    assert "Paragraph 5 of the story" in article.articleBody
    assert plain(REPLIES[0]) not in article.articleBody


def test_question_shown_apart_from_its_answers_is_kept():
    body = '<div class="s-prose js-post-body"><p>{}</p></div>'
    question = f'<div class="question" id="question">{body.format(OPENING)}</div>'
    answers = "".join(
        f'<div class="answer js-answer" id="answer-{n}">{body.format(text)}</div>'
        for n, text in enumerate(REPLIES)
    )
    page = thread_page(f'{question}<div id="answers">{answers}</div>')
    article = extract_article(page, "https://qa.example.org/questions/42/new-ui")
    assert plain(OPENING) in article.articleBody
    assert plain(REPLIES[2]) in article.articleBody


def test_main_column_and_sidebar_are_no_run_of_posts():
    prose = f"<p>{OPENING}</p><p>{REPLIES[0]}</p>"
    page = lxml.html.fromstring(
        f'<html><body><div><div role="main">{prose * 3}</div>'
        f'<div role="complementary"><p>{REPLIES[2]}</p></div></div></body></html>'
    )
    scope = page.find("body")
    assert locate_thread(scope, measure(scope), declared=True) is None


def test_comments_under_a_story_at_a_forum_address_stay_out():
    story = "".join(
        f"<p>Paragraph {n} of the opinion piece: the city should reopen the old tram line, "
        f"which would take cars off the bridge and cost less than the new bypass.</p>"
        for n in range(3)
    )
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><div class="comment-author">Reader{n}</div>'
        f'<div class="comment-body">{f"<p>{REPLIES[0]} {OPENING}</p>" * 3}</div></li>'
        for n in range(8)
    )
    page = thread_page(f'<article>{story}</article><ol class="commentlist">{comments}</ol>')
    article = extract_article(page, "https://paper.example.org/forum/reopen-the-tram-line")
    assert "Paragraph 2 of the opinion piece" in article.articleBody
    assert plain(REPLIES[0]) not in article.articleBody
