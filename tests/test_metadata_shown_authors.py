"""Authors stated only as text: author-classed elements and labels, shaped like names.

The pages are built from the markup of real templates seen on wcxb-dev and aeb pages
(page builders, CSS modules, WordPress block themes, a newspaper byline section).
"""

from __future__ import annotations

import pytest

from cleaners.document import parse_html
from cleaners.metadata import read_metadata

STORY = "<p>" + "The story itself runs on for a while, as stories do. " * 8 + "</p>"


def authors_of(header: str, after: str = "") -> list[str]:
    html = (
        "<html><head><title>A headline</title></head><body>"
        '<nav class="author-menu"><a href="/me">My Account</a></nav>'
        f"<article><h1>A headline</h1>{header}{STORY}{after}</article></body></html>"
    )
    meta = read_metadata(parse_html(html), "https://blog.example.com/a-headline")
    return [author.name for author in meta.authors]


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ('<div class="post_author_name"><a href="/authors/jo">Jo Bloggs</a></div>', ["Jo Bloggs"]),
        ('<span class="authorDateBlock_authorName__N6j3Y">Reyan Perumal</span>', ["Reyan Perumal"]),
        ('<div class="content-hub-hero__authors">By Angela Williams</div>', ["Angela Williams"]),
        (
            '<div class="byline-section"><div class="attribution"><span class="author">Tom Davies'
            '</span><span class="publication">Associated Press</span></div>'
            '<div class="publish-date">Published 11:34 PM EST Nov 20, 2019</div></div>',
            ["Tom Davies"],
        ),
        (
            '<div class="writer">Lisa Kaczke and Trevor J. Mitchell</div>',
            ["Lisa Kaczke", "Trevor J. Mitchell"],
        ),
        (
            '<div class="meta"><p>Last updated</p><time>Aug 04, 2025</time></div>'
            '<div><p>Written by</p><p class="name">Edzel Tabing</p></div>',
            ["Edzel Tabing"],
        ),
        ('<div class="eyebrow">By</div><div class="eyebrow">Summer Swann</div>', ["Summer Swann"]),
        (
            '<p class="meta"><span>Von</span> <span>Moritz van der Berg</span></p>',
            ["Moritz van der Berg"],
        ),
    ],
)  # fmt: skip
def test_a_name_shown_in_the_header_is_the_author(header: str, names: list[str]) -> None:
    assert authors_of(header) == names


def test_an_author_box_after_the_story_names_the_author() -> None:
    box = (
        '<div class="blog_author-box"><img class="blog_author-image" alt="Lauren Vetter">'
        '<div class="blog_author-text"><div class="semibold">Lauren Vetter</div>'
        "<p>Lauren Vetter is a marketing professional who writes about clinics.</p></div></div>"
    )
    assert authors_of("", after=box) == ["Lauren Vetter"]


@pytest.mark.parametrize(
    "header",
    [
        '<div class="author-bio">Jo Bloggs writes about phones and cameras for us.</div>',
        '<a class="more-from-author" href="/authors/jo">More From Jo Bloggs</a>',
        '<div class="authorization-notice">Authorized Dealer</div>',
        '<div class="author-box"><a href="/team">View Profile</a></div>',
        '<div class="post-author">the staff</div>',
        '<div class="author">Posted 3 days ago</div>',
        "<div><span>By</span><span>clicking here you agree</span></div>",
        '<div class="comments"><span class="comment-author">Ann Other</span></div>',
    ],
)
def test_what_is_no_name_is_not_an_author(header: str) -> None:
    assert authors_of(header) == []


def test_declared_authors_win_over_shown_ones() -> None:
    header = '<span class="author-name-box">Shown Name</span>'
    declared = '<a rel="author" href="/a">Declared Name</a>'
    assert authors_of(declared + header) == ["Declared Name"]
