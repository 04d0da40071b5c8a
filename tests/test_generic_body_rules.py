"""Body-level generic rules added for the locator: one hit and one near miss each."""

from __future__ import annotations

from cleaners.generic.chrome import CHROME
from cleaners.generic.density import ConditionalCleaner
from cleaners.generic.furniture import FurnitureCleaner
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

PROSE = (
    "The regulator said on Tuesday that the rules, agreed after two years of talks, would "
    "apply from March, and that companies would have six months to comply with them."
)
PAGE = Page(url="https://news.example.com/2020/01/02/story")


def test_empty_figure_shell_goes_and_a_picture_figure_stays_for_the_html() -> None:
    body = html(
        f"<p>{PROSE}</p><figure><img src='a.jpg'><figcaption>Photo: AP</figcaption></figure>"
        "<figure><figcaption>Photo: Reuters</figcaption></figure>"
        f"<figure><blockquote>{PROSE * 3}</blockquote></figure>"
    )
    assert removed_kinds(body, [FurnitureCleaner()]) == ["media-embed"]
    assert body.find(".//img") is not None
    assert "Reuters" not in body_text(body)
    assert "Photo: AP" not in body_text(body)  # captions stay out of the text
    assert body_text(body).count("The regulator said") == 4


def test_ui_label_goes_and_a_sentence_starting_with_the_word_stays() -> None:
    body = html(f"<p>{PROSE}</p><div>Advertisement</div><p>Advertising revenue fell by 4%.</p>")
    assert removed_kinds(body, [FurnitureCleaner()]) == ["page-chrome"]
    assert "Advertising revenue fell" in body_text(body)


def test_byline_class_goes_when_short_and_stays_on_a_long_block() -> None:
    body = html(
        '<div class="byline">By A. Writer, Updated 5:27 am</div>'
        f'<div class="meta-wrap">{PROSE} {PROSE}</div>'
    )
    assert removed_kinds(body, [CHROME]) == ["byline"]
    assert "The regulator said" in body_text(body)


def test_read_more_class_spares_a_long_block_of_prose() -> None:
    body = html(
        f'<div class="entry-content-read-more"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>'
        '<div class="read-more"><a href="/a">Another story</a></div>'
    )
    assert removed_kinds(body, [CHROME]) == ["related-links"]
    assert "The regulator said" in body_text(body)


def test_link_only_paragraph_to_the_same_site_goes_but_a_shop_link_stays() -> None:
    body = html(
        f"<p>{PROSE}</p><p><a href='https://news.example.com/other'>SEE THE OTHER STORY</a></p>"
        "<p><a href='https://shop.example.net/item'>Wireless charging pad</a></p>"
        f"<p>{PROSE}</p>"
    )
    assert removed_kinds(body, [ConditionalCleaner()], PAGE) == ["related-links"]
    assert "Wireless charging pad" in body_text(body)


def test_container_of_links_goes_and_a_paragraph_with_one_link_stays() -> None:
    links = "".join(f"<li><a href='/s{n}'>Story number {n}</a></li>" for n in range(5))
    body = html(f"<p>{PROSE} <a href='/src'>source</a></p><div><ul>{links}</ul></div>")
    assert removed_kinds(body, [ConditionalCleaner()], PAGE) == ["related-links"]
    assert "The regulator said" in body_text(body)


def test_closing_label_goes_but_a_closing_sentence_stays() -> None:
    body = html(f"<p>{PROSE}</p><p>Short final line.</p><div>Comments</div>")
    assert removed_kinds(body, [ConditionalCleaner()], PAGE) == ["page-chrome"]
    assert body_text(body).endswith("Short final line.")


def test_closing_list_item_is_not_taken_for_a_label() -> None:
    body = html(f"<p>{PROSE}</p><ul><li>First point</li><li>Last point</li></ul>")
    assert removed_kinds(body, [ConditionalCleaner()], PAGE) == []


def test_line_holding_the_page_address_goes_but_a_cited_address_stays() -> None:
    body = html(
        f"<p>{PROSE}</p><p>https://news.example.com/2020/01/02/story</p>"
        "<p>https://www.other.org/report.pdf</p>"
    )
    assert removed_kinds(body, [ConditionalCleaner()], PAGE) == ["share-bar"]
    assert "other.org/report.pdf" in body_text(body)


def test_share_bar_goes_but_an_embedded_post_in_a_social_box_stays() -> None:
    body = html(
        f"<p>{PROSE}</p><div class='share'>Share Tweet Email</div>"
        "<div class='social-embed'><blockquote>Yes, this is real and the state paid for it."
        "</blockquote></div>"
    )
    assert removed_kinds(body, [CHROME]) == ["share-bar"]
    assert "Yes, this is real" in body_text(body)


def test_hover_card_inside_a_sentence_goes_but_the_linked_name_stays() -> None:
    body = html(
        "<p>Gov. <a href='/people/kn'>Kristi Noem</a><span class='rollover-people-block'>"
        "<a href='/people/kn'>Kristi Lynn Noem</a><a href='/news/1'>Governor doubles down</a>"
        f"</span> (R) is defending the campaign. {PROSE}</p>"
    )
    assert removed_kinds(body, [CHROME]) == ["hidden"]
    assert body_text(body).startswith("Gov. Kristi Noem (R) is defending")
