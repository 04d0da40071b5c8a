"""A grid of `<article>` teaser cards inside the body goes; articles that are posts stay.

Constructed after the shape of a blog template's "latest posts" grid (each card a linked
headline, an excerpt and a "Read more" link), never copied from a page.
"""

from __future__ import annotations

from cleaners.generic.links import LinkBlockCleaner
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

from .test_generic_recall import TOPICS

LINKS = LinkBlockCleaner()
PAGE = Page("https://garden.example.org/blog/planning/")


def card(n: int, heading: str) -> str:
    return (
        f'<article class="post-{n}">{heading}<p>{TOPICS[n]}</p>'
        f'<a class="more" href="/blog/post-{n}/">Read more</a></article>'
    )


def test_a_grid_of_teaser_cards_in_the_body_goes() -> None:
    cards = "".join(
        card(n, f'<h3><a href="/blog/post-{n}/">Another post of the blog, number {n}</a></h3>')
        for n in (2, 3, 4)
    )
    body = html(f"<p>{TOPICS[0]}</p><p>{TOPICS[1]}</p><div class='posts'>{cards}</div>")
    assert removed_kinds(body, [LINKS], PAGE) == ["related-links"] * 3
    assert TOPICS[1][:60] in body_text(body)
    assert TOPICS[2][:60] not in body_text(body)


def test_posts_whose_headings_link_nowhere_else_stay() -> None:
    posts = "".join(card(n, f"<h3>Reply number {n}</h3>") for n in (2, 3, 4))
    body = html(f"<p>{TOPICS[0]}</p><div class='thread'>{posts}</div>")
    assert removed_kinds(body, [LINKS], PAGE) == []
    assert TOPICS[2][:60] in body_text(body)


def test_posts_headed_by_their_authors_linked_name_stay() -> None:
    posts = "".join(card(n, f"<h4><a href='/members/user-{n}/'>user{n}</a></h4>") for n in (2, 3))
    body = html(f"<p>{TOPICS[0]}</p><div class='thread'>{posts}</div>")
    assert removed_kinds(body, [LINKS], PAGE) == []
    assert TOPICS[2][:60] in body_text(body)
