"""A page that is no news story comes out with all of its sections.

The pages are constructed after how companies build a page about a service (a column of
sections, each a heading, a few sentences and a call to action), never copied from one.
"""

from __future__ import annotations

import pytest

from cleaners import extract_article

from .test_generic_recall import TOPICS, page

RAIL_LINK = "Another guide worth reading"  # the rail `page` puts beside the text

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


def module(name: str, inner: str) -> str:
    """A page builder's section: its text three wrappers deep, each named for the module."""
    return (
        f'<section class="{name}"><div class="{name}__container"><div class="{name}__row">'
        f'<div class="{name}__text">{inner}</div></div></div></section>'
    )


def service_page(hero_paragraphs: int = 3) -> str:
    """A hero of several paragraphs, then one module per feature, each a heading, a
    sentence and a call to action: cousins of the hero, not its siblings."""
    hero = "<h1>Gardens</h1>" + "".join(f"<p>{p}</p>" for p in TOPICS[:hero_paragraphs])
    features = "".join(
        module(
            f"module-{heading.lower()}",
            f"<h2>{heading}</h2><p>{text}</p>"
            f'<a href="/book?from={heading.lower()}">Book a visit</a>',
        )
        for heading, text in FEATURES
    )
    return page(module("hero", hero) + features)


@pytest.mark.parametrize("hero_paragraphs", [2, 3, 4])
def test_every_section_of_a_service_page_is_kept(hero_paragraphs: int) -> None:
    article = extract_article(
        service_page(hero_paragraphs), "https://example.org/services/gardens", site_rules=False
    )
    assert article.pageType == "service"
    assert TOPICS[0][:60] in article.articleBody
    assert all(text[:60] in article.articleBody for _, text in FEATURES)
    assert RAIL_LINK not in article.articleBody


def test_a_story_beside_teasers_with_linked_headlines_is_no_column_of_sections() -> None:
    teasers = "".join(
        module(f"teaser-{n}", f'<h3><a href="/news/{n}">{heading}</a></h3><p>{text}</p>')
        for n, (heading, text) in enumerate(FEATURES)
    )
    story = module("story", "".join(f"<p>{p}</p>" for p in TOPICS[:4]))
    article = extract_article(
        page(story + teasers), "https://example.org/news/gardens", site_rules=False
    )
    assert TOPICS[0][:60] in article.articleBody
    assert not any(text[:60] in article.articleBody for _, text in FEATURES)


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


QUESTIONS = [
    (
        "How often do you visit?",
        "Once a week from spring to autumn and once a month in winter, always on the "
        "same weekday, so that you know when to expect the gardeners at your gate.",
    ),
    (
        "Do you bring the tools?",
        "Every visit comes with its own tools, seeds and compost, and nothing is left in "
        "your shed unless you ask us to keep a set of tools there for the season.",
    ),
]


@pytest.mark.parametrize("toggle", ["#", "#faq-1", "javascript:void(0)"])
def test_an_accordion_whose_titles_open_answers_is_a_section(toggle: str) -> None:
    """A FAQ's questions are links that go nowhere: they open the answer on this page."""
    items = "".join(
        f'<div class="accordion__item"><h3><a href="{toggle}">{question}</a></h3>'
        f"<p>{answer}</p></div>"
        for question, answer in QUESTIONS
    )
    hero = "<h1>Gardens</h1>" + "".join(f"<p>{p}</p>" for p in TOPICS[:3])
    features = "".join(
        module(f"module-{heading.lower()}", f"<h2>{heading}</h2><p>{text}</p>")
        for heading, text in FEATURES[:2]
    )
    html = page(module("hero", hero) + module("accordion", items) + features)
    article = extract_article(html, "https://example.org/services/gardens", site_rules=False)
    assert all(text[:60] in article.articleBody for _, text in [*QUESTIONS, *FEATURES[:2]])


QUOTE = (
    "“They planned the beds in an afternoon and came every week after that; the garden "
    "has never looked better, and the children now pick the beans themselves every summer.”"
)


def landmark_page(between: str) -> str:
    """A hero and two features in the page's `<main>`, with `between` between them."""
    hero = "<h1>Gardens</h1>" + "".join(f"<p>{p}</p>" for p in TOPICS[:3])
    features = "".join(
        module(f"module-{heading.lower()}", f"<h2>{heading}</h2><p>{text}</p>")
        for heading, text in FEATURES[:2]
    )
    return page(f"<main>{module('hero', hero)}{between}{features}</main>")


def test_a_block_of_prose_without_heading_in_the_main_landmark_joins_its_sections() -> None:
    """A customer's quote between the sections: in the page's own landmark, no stop."""
    html = landmark_page(f'<div class="quote"><p>{QUOTE}</p></div>')
    article = extract_article(html, "https://example.org/services/gardens", site_rules=False)
    assert all(text[:60] in article.articleBody for _, text in FEATURES[:2])


def test_furniture_in_the_main_landmark_still_ends_the_column() -> None:
    html = landmark_page(f'<div class="sidebar"><p>{QUOTE}</p></div>')
    article = extract_article(html, "https://example.org/services/gardens", site_rules=False)
    assert TOPICS[0][:60] in article.articleBody
    assert not any(text[:60] in article.articleBody for _, text in FEATURES[:2])
