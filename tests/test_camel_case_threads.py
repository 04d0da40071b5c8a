"""A comment box named in camelCase (`docComments`, `userComments`) is a comment box.

The page is constructed after how a manual builds a chapter's index page (a table of
contents, a short introduction, and a box inviting corrections under it), never copied
from one.
"""

from __future__ import annotations

import pytest

from cleaners import extract_article
from cleaners.body import names_comment_thread_in

INTRO = (
    "Indexes are a common way to enhance the performance of a database, since the server "
    "finds rows much faster with one; they also add overhead, so use them sensibly."
)
CORRECTION = (
    "If you see anything in the documentation that is not correct, does not match your "
    "experience with the release, or needs further clarification, please use this form "
    "to report a documentation issue, and we will look into it."
)


def chapter_page(box_id: str) -> str:
    toc = "".join(
        f'<li><a href="/docs/indexes-{n}.html">11.{n}. Index topic number {n}</a></li>'
        for n in range(1, 13)
    )
    return (
        "<html><head><title>Indexes</title></head><body>"
        '<div class="container"><div id="pgContentWrap">'
        f'<div id="docContent"><h1>Chapter 11. Indexes</h1><ul>{toc}</ul><p>{INTRO}</p></div>'
        f'<div id="{box_id}"><h2>Submit correction</h2><p>{CORRECTION}</p></div>'
        "</div></div></body></html>"
    )


def test_a_camel_case_comment_box_does_not_outscore_the_chapter() -> None:
    article = extract_article(
        chapter_page("docComments"), "https://docs.example.org/docs/indexes.html", site_rules=False
    )
    assert INTRO in article.articleBody


@pytest.mark.parametrize(
    ("name", "thread"),
    [("docComments", True), ("commentList", True), ("doc-comments", True), ("Recommended", False)],
)
def test_camel_case_words_are_read_apart(name: str, thread: bool) -> None:
    assert names_comment_thread_in(name) is thread
