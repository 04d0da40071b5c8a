"""Site memory removes what repeats across a site's pages and never the story's own text."""

from __future__ import annotations

from html import escape

import lxml.html
import pytest

from cleaners import extract_article
from cleaners.memory import SiteMemory, find_furniture, learn_html
from cleaners.render import block_text
from tests.cases import all_cases
from tests.helpers import html
from tests.siblings import siblings

STORY = [
    "The council approved the new budget on Tuesday after a long debate about transport.",
    "Residents had asked for more buses on the eastern routes for several years now.",
    "The mayor said the plan would be reviewed again before the end of the year.",
    "Opposition members argued that the money for roads should have gone to schools instead.",
    "A public consultation on the eastern routes opens next month and runs for six weeks.",
]
RAIL = (
    '<ul class="x"><li><a href="/a">Older story one</a></li>'
    '<li><a href="/b">Older story two</a></li></ul>'
)
BIO = (
    '<div class="box"><p>Jane Doe covers local politics and transport for the paper since 2015.'
    "</p></div>"
)


def page(story: list[str], extra: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in story)
    return f"<html><body><article>{paragraphs}{extra}</article></body></html>"


def other_story(n: int) -> list[str]:
    return [f"Story {n}, paragraph {i}: {text[::-1]}" for i, text in enumerate(STORY)]


def memory_of(*pages: str) -> SiteMemory:
    memory = SiteMemory()
    for text in pages:
        learn_html(memory, text)
    return memory


def furniture_texts(fragment: str, memory: SiteMemory) -> list[str]:
    body = html(fragment)
    return [block_text(m.node) for m in find_furniture(body, memory, "this page").matches]


def test_a_link_rail_on_one_other_page_is_furniture() -> None:
    memory = memory_of(page(other_story(1), RAIL))
    assert furniture_texts("".join(f"<p>{t}</p>" for t in STORY) + RAIL, memory) == [
        "- Older story one\n- Older story two"
    ]


def test_a_rail_seen_on_no_other_page_stays() -> None:
    assert furniture_texts("<p>x</p>" + RAIL, memory_of(page(other_story(1)))) == []


def test_a_quote_two_articles_share_stays_even_outside_the_story_paragraphs() -> None:
    quote = '<div class="q"><p>"We will not raise fares this year," the mayor said.</p></div>'
    memory = memory_of(page(other_story(1), quote))
    assert furniture_texts("".join(f"<p>{t}</p>" for t in STORY) + quote, memory) == []


def test_a_repeated_subheading_stays() -> None:
    heading = "<h2>What happens next</h2>"
    memory = memory_of(page(other_story(1), heading), page(other_story(2), heading))
    assert furniture_texts(heading + "<p>Unique text of this page.</p>", memory) == []


def test_a_standard_paragraph_among_story_paragraphs_stays() -> None:
    standard = "<p>The council publishes its agenda a week before every public meeting.</p>"
    memory = memory_of(page(other_story(1), standard), page(other_story(2), standard))
    assert furniture_texts("".join(f"<p>{t}</p>" for t in STORY) + standard, memory) == []


def test_a_boxed_paragraph_needs_two_other_pages() -> None:
    one = memory_of(page(other_story(1), BIO))
    two = memory_of(page(other_story(1), BIO), page(other_story(2), BIO))
    body = "".join(f"<p>{t}</p>" for t in STORY) + BIO
    assert furniture_texts(body, one) == []
    assert furniture_texts(body, two) == [
        "Jane Doe covers local politics and transport for the paper since 2015."
    ]


def test_a_page_is_no_evidence_for_itself() -> None:
    text = page(STORY, RAIL)
    memory = memory_of(text, text)
    article = extract_article(text, site_rules=False, memory=memory)
    assert [r for r in article.removed if r.cleaner == "site-memory"] == []


def test_a_near_copy_of_other_pages_keeps_everything_and_says_so() -> None:
    boxed = "".join(f'<div class="box"><p>{text}</p></div>' for text in STORY)
    memory = memory_of(page(["Copy one."], boxed), page(["Copy two."], boxed))
    found = find_furniture(html("<p>This copy's own line.</p>" + boxed), memory, "this page")
    assert found.matches == ()
    assert found.skipped is not None and "of the body" in found.skipped


def test_warm_up_extracts_as_without_memory() -> None:
    memory = SiteMemory(warmup=2)
    body = "".join(f"<p>{t}</p>" for t in STORY) + RAIL
    learn_html(memory, page(other_story(1), RAIL))
    assert furniture_texts(body, memory) == []
    learn_html(memory, page(other_story(2), RAIL))
    assert furniture_texts(body, memory) != []


def test_memory_survives_a_json_round_trip() -> None:
    memory = memory_of(page(other_story(1), RAIL), page(other_story(2), BIO))
    again = SiteMemory.from_json(memory.to_json())
    assert (again.blocks, again.pages, again.warmup) == (memory.blocks, memory.pages, memory.warmup)


def test_a_broken_saved_memory_is_a_clear_error() -> None:
    with pytest.raises(ValueError):
        SiteMemory.from_json('["not", "a", "memory"]')


FUTURE_SITES = {"itpro": ("techradar", "techcrunch"), "techradar": ("itpro", "techcrunch")}
# The blocks issue 9 names, by their text on each page.
FURNITURE = {
    "itpro": {
        "follow": "Make sure to follow ITPro on Google News",
        "promo": "Sign up today and you will receive a free copy",
        "bio": "Emma Woollacott is a freelance journalist",
    },
    "techradar": {
        "follow": "Follow TechRadar on Google News",
        "promo": "Get daily insight, inspiration and deals in your inbox",
        "bio": "A 38-year industry veteran and award-winning journalist",
    },
}


def sibling_memory(site: str) -> SiteMemory:
    memory = SiteMemory()
    for sibling, _url in siblings(site, FUTURE_SITES[site]):
        learn_html(memory, sibling)
    return memory


@pytest.mark.parametrize("site", FUTURE_SITES)
def test_memory_alone_removes_the_follow_line_and_the_promo(site: str) -> None:
    """Generic cleaners off (a site in a language they do not know): memory finds them."""
    case = all_cases(site)[0]
    plain = extract_article(case.html(), case.url, site_rules=False, cleaners=())
    learned = extract_article(
        case.html(), case.url, site_rules=False, cleaners=(), memory=sibling_memory(site)
    )
    for name in ("follow", "promo"):
        assert FURNITURE[site][name] in plain.articleBody
        assert FURNITURE[site][name] not in learned.articleBody


@pytest.mark.parametrize("site", FUTURE_SITES)
def test_memory_knows_the_author_bio_box(site: str) -> None:
    """The bio sits outside the located body; memory would remove the box wherever it is."""
    case = all_cases(site)[0]
    (box,) = lxml.html.fromstring(case.html()).cssselect(".slice-author-bio")
    story = case.data()["expected"]["articleBody"].split("\n")
    wrapper = html("".join(f"<p>{escape(line)}</p>" for line in story))
    wrapper.append(box)
    found = find_furniture(wrapper, sibling_memory(site), "this page").matches
    assert any(FURNITURE[site]["bio"] in block_text(m.node) for m in found)


@pytest.mark.parametrize("site", FUTURE_SITES)
def test_memory_loses_no_story_line_of_the_page(site: str) -> None:
    case = all_cases(site)[0]
    learned = extract_article(case.html(), case.url, site_rules=False, memory=sibling_memory(site))
    plain = extract_article(case.html(), case.url, site_rules=False).articleBody
    lost = [line for line in plain.split("\n") if line not in learned.articleBody]
    boilerplate = case.data()["must_not_contain"]
    assert [line for line in lost if not any(text in line for text in boilerplate)] == []


def test_a_list_item_two_reviews_share_stays_among_the_lists_own_items() -> None:
    shared = "<li>Battery: 4,500 mAh</li>"
    spec = "<ul>" + shared + "<li>Screen: 6.1-inch OLED, 120Hz</li></ul>"
    memory = memory_of(
        page(other_story(1), "<ul>" + shared + "<li>Screen: 6.7-inch LCD, 60Hz</li></ul>"),
        page(other_story(2), "<ul>" + shared + "<li>Screen: 5.8-inch OLED, 90Hz</li></ul>"),
    )
    assert furniture_texts("".join(f"<p>{t}</p>" for t in STORY) + spec, memory) == []
