"""A page that is no news story comes out with all of its sections.

The pages are constructed after how companies build a page about a service (a column of
sections, each a heading, a few sentences and a call to action), never copied from one.
"""

from __future__ import annotations

from cleaners import extract_article

from .test_generic_recall import TOPICS, page

FEATURES = [
    (
        "Plan",
        "Lay out every bed and path before the season starts, with the sun, the water "
        "and the wind drawn in, so that each plant goes where it will thrive.",
    ),
    (
        "Plant",
        "Our gardeners plant what you chose in the order the season asks for, and "
        "they leave notes on what each bed needs in its first weeks.",
    ),
    (
        "Tend",
        "Weekly visits keep the weeds down and the soil fed, and a message after each "
        "visit says what was done and what comes next in the garden.",
    ),
    (
        "Harvest",
        "When the crops come in, we show you when to pick each one and how to store "
        "it, so that nothing goes to waste and the beds are ready again.",
    ),
]


def section(n: int, heading: str, text: str) -> str:
    return (
        f'<section class="s-{n}"><div class="wrap-{n}"><h2>{heading}</h2><p>{text}</p>'
        f'<a class="button" href="/start?from={heading.lower()}">Start planning your garden '
        "with us today</a>"
        "</div></section>"
    )


def service_page(head: str = "") -> str:
    hero = "".join(f"<p>{p}</p>" for p in TOPICS[:2])
    sections = "".join(section(n, h, t) for n, (h, t) in enumerate(FEATURES))
    more = "".join(f'<a href="/more/{n}">More</a> ' for n in range(6))
    return page(
        f'<main class="page"><section class="hero"><div class="wrap-hero"><h1>Gardens</h1>{hero}'
        f"</div></section>{sections}<nav>{more}</nav></main>"
    ).replace("<head>", f"<head>{head}")


def test_every_section_of_a_service_page_is_kept() -> None:
    article = extract_article(
        service_page(), "https://example.org/services/gardens", site_rules=False
    )
    assert article.pageType == "service"
    assert TOPICS[0][:60] in article.articleBody
    assert all(text[:60] in article.articleBody for _, text in FEATURES)


TEASERS = "".join(
    f'<div class="teaser"><h3><a href="/news/{n}">More from the garden desk: what our '
    "readers grew this year</a></h3>"
    f"<p>{topic}</p></div>"
    for n, topic in enumerate(TOPICS[:3])
)
STORY = (
    "The council approved the new allotments on Tuesday after a long debate, and the first "
    "plots will be handed out in the spring to the families who have waited longest.",
    "Residents had asked for more growing space for years, and the vote, seven to two, "
    "ended a dispute over the old car park that had run since the last election.",
)
NEWS_ARTICLE = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'


def news_page(head: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return page(
        f'<div class="columns"><div class="story"><h1>Allotments approved</h1>{story}</div>'
        f'<div class="more-news">{TEASERS}</div></div>'
    ).replace("<head>", f"<head>{head}")


def test_a_story_declaring_an_article_keeps_teasers_beside_it_out() -> None:
    article = extract_article(
        news_page(NEWS_ARTICLE), "https://example.org/news/allotments", site_rules=False
    )
    assert STORY[0][:60] in article.articleBody
    assert TOPICS[0][:60] not in article.articleBody


def test_a_page_declaring_nothing_keeps_the_blocks_beside_its_longest() -> None:
    article = extract_article(
        news_page(""), "https://example.org/news/allotments", site_rules=False
    )
    assert STORY[0][:60] in article.articleBody
    assert TOPICS[0][:60] in article.articleBody
