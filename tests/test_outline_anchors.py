"""A manual's sections whose ids are slugged from their headings are not template parts.

The pages are constructed after how documentation generators mark a page's outline
(`<section id="...">` around each heading and its text), never copied from one.
"""

from __future__ import annotations

import pytest

from cleaners import extract_article
from cleaners.anchors import is_outline_anchor
from cleaners.document import parse_html

SECTIONS = [
    (
        "Routing",
        "Use the route decorator to bind a function to a URL, and give the rule variable "
        "parts in angle brackets, which the function receives as keyword arguments.",
    ),
    (
        "Cookies",
        "To read cookies, use the cookies attribute of the request, a dictionary; to set "
        "them, call the set_cookie method of the response object before returning it.",
    ),
    (
        "Respond to review comments",
        "Reviewers will reply with comments on ways in which the change can be improved, "
        "and you must answer each of them, in a reply or in the next version you send.",
    ),
]
SLUGS = ["routing", "cookies", "respond-to-review-comments"]


def manual_page() -> str:
    sections = "".join(
        f'<section id="{slug}"><h2>{heading}</h2><p>{text}</p></section>'
        for slug, (heading, text) in zip(SLUGS, SECTIONS, strict=True)
    )
    return (
        "<html><head><title>Quickstart</title></head><body>"
        '<nav><a href="/">Docs</a></nav><div class="document"><div class="body">'
        f'<section id="quickstart"><h1>Quickstart</h1>{sections}</section></div></div>'
        "</body></html>"
    )


@pytest.mark.parametrize("text", [text for _, text in SECTIONS])
def test_every_section_of_a_manual_outline_is_kept(text: str) -> None:
    article = extract_article(
        manual_page(), "https://docs.example.org/quickstart.html", site_rules=False
    )
    assert text in article.articleBody


def test_a_lone_section_named_comments_is_still_a_comment_thread() -> None:
    root = parse_html(
        "<html><body><article><p>The post.</p></article>"
        '<section id="comments"><h2>Comments</h2><p>Nice post!</p></section></body></html>'
    )
    section = root.find(".//section")
    assert section is not None
    assert not is_outline_anchor(section)


def reference_page(heading: str) -> str:
    sections = "".join(
        f'<section><h2 id="{slug}">{heading.format(slug=slug, title=title)}</h2><p>{text}</p>'
        "</section>"
        for slug, (title, text) in zip(SLUGS, SECTIONS, strict=True)
    )
    return (
        "<html><head><title>Reference</title></head><body>"
        f'<nav><a href="/">Docs</a></nav><main><article><h1>Reference</h1>{sections}'
        "</article></main></body></html>"
    )


def test_headings_that_link_to_their_own_anchor_are_kept() -> None:
    article = extract_article(
        reference_page('<a href="#{slug}">{title}</a>'),
        "https://docs.example.org/reference.html",
        site_rules=False,
    )
    assert all(title in article.articleBody for title, _ in SECTIONS)


def test_headings_that_link_to_another_page_are_still_teasers() -> None:
    article = extract_article(
        reference_page('<a href="/guides/{slug}">{title}</a>'),
        "https://docs.example.org/reference.html",
        site_rules=False,
    )
    assert not any(title in article.articleBody.splitlines() for title, _ in SECTIONS)
