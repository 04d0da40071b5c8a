"""An item of a ranking or hub page keeps its summary; only its link lists go.

Constructed after the shape of a ranking page (a numbered, linked heading, a summary
paragraph, a list of facts, then "more on this" links), never copied from a page. The near
miss is a teaser card: its linked headline comes before its description.
"""

from __future__ import annotations

from cleaners.generic.density import ConditionalCleaner
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

from .test_generic_recall import TOPICS

CONDITIONAL = ConditionalCleaner()
PAGE = Page("https://garden.example.org/best-vegetables/")


def ranked_item(n: int, summary: str, wrap: str = "<div><p>{}</p></div>") -> str:
    more = "".join(
        f'<li><a href="/best-vegetables/crop-{n}/guide-{k}/">A longer guide to this crop, part {k}'
        "</a></li>"
        for k in range(5)
    )
    return (
        f'<div class="hub-item"><div class="hub-item__content">'
        f'<h2>{n}. <a href="/best-vegetables/crop-{n}/">Crop number {n}</a></h2>'
        + wrap.format(summary)
        + '<ul class="facts"><li>Sow: spring</li><li>Harvest: autumn</li><li>Yield: high</li></ul>'
        f'<div class="hub-item__more"><a href="/best-vegetables/crop-{n}/">Learn more about '
        f"crop number {n}</a></div></div>"
        f'<div class="hub-item__links"><h4>More on crop {n}:</h4><ul>{more}</ul></div></div>'
    )


def teaser_card(n: int, summary: str) -> str:
    return (
        f'<div class="card"><div class="card-title"><a href="/news/story-{n}/">Another story '
        f'from the site, number {n}</a></div><div class="card-text">{summary}</div>'
        f'<div class="card-more"><a href="/news/story-{n}/">Read the story</a></div></div>'
    )


def test_ranking_items_keep_their_summaries_and_lose_their_link_lists() -> None:
    body = html(f"<p>{TOPICS[0]}</p>" + "".join(ranked_item(n, TOPICS[n]) for n in (1, 2, 3)))
    removed_kinds(body, [CONDITIONAL], PAGE)
    text = body_text(body)
    for n in (1, 2, 3):
        assert TOPICS[n][:60] in text
        assert f"part {n}" not in text


def test_teaser_cards_whose_headline_comes_first_still_go() -> None:
    cards = "".join(teaser_card(n, TOPICS[n][:120]) for n in (1, 2, 3))
    body = html(f"<p>{TOPICS[0]}</p><div class='more'>{cards}</div>")
    removed_kinds(body, [CONDITIONAL], PAGE)
    text = body_text(body)
    assert TOPICS[0][:60] in text
    assert not any(TOPICS[n][:60] in text for n in (1, 2, 3))


def test_a_list_whose_items_say_more_than_their_links_stays() -> None:
    items = "".join(
        f'<li><a href="/exercises/{name}/">{name.title()} with a pause at the bottom</a>: '
        "three sets of ten, slowly, resting a minute.</li>"
        for name in ("squats", "lunges", "presses")
    )
    body = html(f"<p>{TOPICS[0]}</p><ul>{items}</ul>")
    assert removed_kinds(body, [CONDITIONAL], PAGE) == []
    assert "bottom: three sets" in body_text(body)


def test_a_list_of_half_linked_headlines_still_goes() -> None:
    items = "".join(
        f'<li>Another story, <a href="/news/{n}/">told in a headline number {n}</a></li>'
        for n in range(4)
    )
    body = html(f"<p>{TOPICS[0]}</p><ul>{items}</ul>")
    assert removed_kinds(body, [CONDITIONAL], PAGE) == ["related-links"]


def test_ranking_items_whose_summary_is_bare_text_under_a_heading_stay() -> None:
    items = "".join(ranked_item(n, TOPICS[n], wrap="<div>{}</div>") for n in (1, 2, 3))
    body = html(f"<p>{TOPICS[0]}</p>{items}")
    removed_kinds(body, [CONDITIONAL], PAGE)
    assert all(TOPICS[n][:60] in body_text(body) for n in (1, 2, 3))


def test_an_author_box_with_its_recent_posts_still_goes() -> None:
    posts = "".join(
        f'<li><a href="/author/ann/post-{n}/">A recent post, number {n}</a></li>' for n in range(5)
    )
    box = (
        '<div class="writer-box"><div class="name"><a href="/author/ann/">Ann Example</a></div>'
        f'<div class="about">{TOPICS[5]}</div><div class="recent"><ul>{posts}</ul></div></div>'
    )
    body = html(f"<p>{TOPICS[0]}</p><p>{TOPICS[1]}</p>{box}")
    removed_kinds(body, [CONDITIONAL], PAGE)
    assert TOPICS[5][:60] not in body_text(body)


def test_a_quote_with_one_link_after_it_still_goes() -> None:
    quote = (
        "Very good service, quick replies and a team that fixes what is missing the same week; "
        "we moved our whole office to it in a month."
    )
    card = (
        f"<div class='review'><p>{quote}</p><div class='cta'>"
        "<a href='/customers/'>Read what all of our customers say about us</a></div></div>"
    )
    body = html(f"<p>{TOPICS[0]}</p><p>{TOPICS[1]}</p>{card}")
    removed_kinds(body, [CONDITIONAL], PAGE)
    assert quote[:40] not in body_text(body)
