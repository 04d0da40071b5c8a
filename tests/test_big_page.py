"""A big page the downloader accepts comes out (issue 8, class 10); bench/bigpage.py times it."""

from __future__ import annotations

import pytest

from cleaners import TooLarge, extract_article
from cleaners.document import MAX_DOCUMENT_BYTES, MAX_ELEMENTS, parse_html
from tests.bigpage import article_case, big_page, comment_section

URL = "https://techcrunch.com/2024/04/28/rpa-vendors-ai-agents/"


@pytest.fixture(scope="module")
def page() -> bytes:
    return big_page()


def test_the_big_page_is_within_the_download_limit_and_over_the_element_bound(page: bytes) -> None:
    assert len(page) < MAX_DOCUMENT_BYTES
    assert page.count(b'class="comment even') * 10 > MAX_ELEMENTS


def test_a_story_with_a_huge_comment_thread_is_extracted(page: bytes) -> None:
    article = extract_article(page, URL, site_rules=False)
    case = article_case()
    assert all(snippet in article.articleBody for snippet in case["must_contain"])  # type: ignore[attr-defined]
    assert "Reader 1 " not in article.articleBody and "Reply" not in article.articleBody


STORY = "".join(
    f"<p>Paragraph {n} of the story says something long enough to read.</p>" for n in range(20)
)


def test_the_story_survives_a_comment_class_on_its_own_container() -> None:
    html = (
        '<html><body><div class="post has-comments"><article><h1>Title</h1>'
        f"{STORY}</article>{comment_section(4_000)}</div></body></html>"
    )
    root = parse_html(html)
    assert len(root.xpath("//article//p")) == 20
    assert not root.xpath("//*[@id='comments']")


def test_a_page_whose_story_itself_is_over_the_bound_is_still_refused() -> None:
    html = (
        "<html><body><article><h1>T</h1>"
        + "<p><b>x</b></p>" * MAX_ELEMENTS
        + "</article></body></html>"
    )
    with pytest.raises(TooLarge):
        parse_html(html)


def test_a_fact_box_inside_the_story_stays_while_the_rails_go() -> None:
    html = (
        '<html><body><aside class="rail"><a href="/x">Most read</a></aside><article><h1>Title</h1>'
        f'{STORY}<aside class="fact-box"><p>The facts in a box beside the story.</p></aside>'
        f"</article>{comment_section(4_000)}</body></html>"
    )
    root = parse_html(html)
    assert root.xpath("//article/aside[@class='fact-box']")
    assert not root.xpath("//aside[@class='rail']") and not root.xpath("//*[@id='comments']")
