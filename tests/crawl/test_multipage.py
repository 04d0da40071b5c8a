"""Finding an article's next page and merging its pages into one item."""

from __future__ import annotations

from cleaners import Article
from crawler.multipage import continues, merge_pages, next_page_url

STORY = "https://arstechnica.com/science/2024/03/a-long-story/"


def test_page_two_continues_the_story() -> None:
    assert continues(STORY, STORY + "2/")
    assert continues(STORY, STORY.rstrip("/") + "?page=2")


def test_a_sibling_story_with_a_longer_slug_does_not_continue_it() -> None:
    assert not continues(STORY, STORY.rstrip("/") + "-part-two/")
    assert not continues(STORY, "https://arstechnica.com/science/2024/03/next-story/")


def test_rel_next_link_under_the_story_is_followed() -> None:
    body = f'<html><head><link rel="next" href="{STORY}2/"></head><body></body></html>'
    assert next_page_url(body.encode(), STORY, None) == STORY + "2/"


def test_rel_next_to_another_story_is_not_followed() -> None:
    body = b'<html><head><link rel="next" href="/science/2024/03/other/"></head></html>'
    assert next_page_url(body, STORY, None) is None


def test_page_numbers_lead_from_page_two_to_three_not_back_to_one() -> None:
    nav = f'<nav class="page-numbers"><a href="{STORY}">1</a> <a href="{STORY}3/">3</a></nav>'
    body = f"<html><body>{nav}</body></html>".encode()
    found = next_page_url(body, STORY + "2/", "nav.page-numbers a", STORY, (STORY, STORY + "2/"))
    assert found == STORY + "3/"


def test_pages_merge_into_one_body_with_first_page_metadata() -> None:
    one = Article(url=STORY, headline="Long story", articleBody="First.", wordCount=1)
    two = Article(
        url=STORY + "2/", headline="Long story (page 2)", articleBody="Second.", wordCount=1
    )
    merged = merge_pages([one, two])
    assert (merged.headline, merged.articleBody, merged.wordCount) == (
        "Long story",
        "First.\nSecond.",
        2,
    )
    assert "merged 2 pages" in merged.notes
