"""Page classification: listings are refused, other pages with a text of their own are tagged.

Each rule has a hit (a listing refused, a type given) and a near miss (an article that shares
the surface feature and is kept).
"""

from __future__ import annotations

import json

import pytest

from cleaners import NotAnArticle, extract_article

PROSE = (
    "The council met on Tuesday evening and debated the plan for hours, with residents, "
    "officials and experts all taking part in a discussion that ran late into the night. "
)
STORY = "".join(f"<p>{PROSE * 2}</p>" for _ in range(5))


def page(main: str, head: str = "") -> str:
    return f"<html><head><title>T</title>{head}</head><body><main>{main}</main></body></html>"


def json_ld(kind: str, **fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": kind, **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def card(n: int) -> str:
    return (
        f'<div class="tile"><a href="/products/item-{n}">Walking shoe model number {n}</a>'
        f'<img src="/i/{n}.jpg"><span class="price">$ {n}9.00 incl. tax</span></div>'
    )


GRID = '<div class="grid">' + "".join(card(n) for n in range(12)) + "</div>"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://example.org/", "front page"),
        ("https://example.org/category/politics/", "archive URL"),
        ("https://shop.example.org/collections/sneakers", "archive URL"),
    ],
)
def test_front_pages_and_archive_urls_are_refused(url: str, why: str) -> None:
    with pytest.raises(NotAnArticle, match=why):
        extract_article(page(STORY), url, site_rules=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/?p=123",  # WordPress's plain permalink
        "https://example.org/news/category-five-storm-hits-the-coast",
        "https://example.org/collections/2024/how-a-museum-builds-its-archive",
    ],
)
def test_article_urls_that_resemble_archives_are_kept(url: str) -> None:
    assert extract_article(page(STORY), url, site_rules=False).wordCount > 100


def test_page_declaring_a_collection_is_refused_even_with_og_article() -> None:
    head = json_ld("CollectionPage", name="Desks") + '<meta property="og:type" content="article">'
    with pytest.raises(NotAnArticle, match="collectionpage"):
        extract_article(page(STORY, head), "https://example.org/desks", site_rules=False)


def test_article_listing_its_steps_as_an_item_list_is_kept() -> None:
    head = json_ld("NewsArticle", headline="Ten steps") + json_ld("ItemList", name="Steps")
    article = extract_article(page(STORY, head), "https://example.org/ten-steps", site_rules=False)
    assert article.pageType == "article"


def test_grid_of_product_cards_over_a_short_intro_is_refused() -> None:
    html = page(f"<h1>Shoes</h1><p>{PROSE}</p>{GRID}")
    with pytest.raises(NotAnArticle, match="12 teaser cards"):
        extract_article(html, "https://example.org/shoes", site_rules=False)


def test_article_with_a_grid_of_related_cards_is_kept() -> None:
    html = page(f"<article>{STORY * 3}</article>{GRID}")
    assert extract_article(html, "https://example.org/a-story", site_rules=False).wordCount > 100


def test_headings_linking_to_their_own_anchors_are_not_teasers() -> None:
    sections = "".join(
        f'<h2 id="s{n}"><a href="#s{n}">Section {n}</a></h2>{STORY}' for n in range(6)
    )
    article = extract_article(page(sections), "https://example.org/docs/tables", site_rules=False)
    assert article.pageType == "documentation"


def test_page_made_of_links_is_refused() -> None:
    links = "".join(
        f'<p><a href="/s/{n}">Another story about the budget, part {n}</a></p>' for n in range(40)
    )
    with pytest.raises(NotAnArticle):
        extract_article(page(links), "https://example.org/budget", site_rules=False)


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        (json_ld("DiscussionForumPosting", headline="Help"), "https://example.org/t/1", "forum"),
        ('<meta property="og:type" content="product">', "https://example.org/shoe", "product"),
        (json_ld("SoftwareApplication", name="App"), "https://example.org/app", "service"),
        ("", "https://example.org/docs/install", "documentation"),
        ("", "https://example.org/forum/topic-12", "forum"),
        ("", "https://community.example.org/t/login-fails/4411", "forum"),
        ("", "https://docs.example.org/en/stable/quickstart.html", "documentation"),
        ("", "https://example.org/services/data-consulting/", "service"),
        (json_ld("NewsArticle", headline="News"), "https://example.org/docs/news", "article"),
        ("", "https://example.org/2024/05/a-story", "article"),
    ],
)
def test_page_type_comes_from_declared_types_then_the_url(
    head: str, url: str, expected: str
) -> None:
    assert extract_article(page(STORY, head), url, site_rules=False).pageType == expected


GUIDE = "".join(f"<p>{PROSE * 2}</p>" for _ in range(8))  # a buying guide's prose


def test_shop_grid_of_priced_cards_over_a_buying_guide_is_refused() -> None:
    html = page(f"<h1>Walking shoes</h1>{GRID}<section><h2>How to choose</h2>{GUIDE * 2}</section>")
    with pytest.raises(NotAnArticle, match="grid of 12 priced cards"):
        extract_article(html, "https://example.org/walking-shoes", site_rules=False)


def test_listicle_reviewing_each_priced_product_is_kept() -> None:
    reviews = "".join(f"{card(n)}<p>{PROSE * 2}</p><p>{PROSE}</p>" for n in range(12))
    html = page(f"<h1>The best walking shoes</h1><p>{PROSE}</p>{reviews}")
    article = extract_article(html, "https://example.org/best-walking-shoes", site_rules=False)
    assert article.wordCount > 1000


HEADLINE = "A studio ships its long awaited sequel after years of delays and a new engine, "


def teaser(n: int) -> str:
    return (
        f'<div class="teaser"><a href="/gaming/story-{n}">{HEADLINE * 3}part {n}</a>'
        "<span>Five minutes to read, by the desk</span></div>"
    )


FRONT = f"<h1>Gaming</h1><p>{PROSE * 8}</p>" + "".join(teaser(n) for n in range(10))


def test_section_front_of_teaser_links_is_refused() -> None:
    with pytest.raises(NotAnArticle, match="section's address over 10 teaser cards"):
        extract_article(page(FRONT), "https://example.org/gaming/", site_rules=False)


def test_same_page_under_an_article_slug_is_kept() -> None:
    url = "https://example.org/gaming/a-studio-ships-its-sequel"
    assert extract_article(page(FRONT), url, site_rules=False).wordCount > 100


def table(linked: bool) -> str:
    cell = '<a href="/team/{n}">Team {n}</a>' if linked else "Weight {n}"
    rows = "".join(
        f"<tr><td>{cell.format(n=n)}</td><td>{n} - {30 - n}</td></tr>" for n in range(30)
    )
    return f"<table>{rows}</table>"


def test_section_address_over_a_table_of_linked_rows_is_refused() -> None:
    html = page(f"<h1>Standings</h1><p>{PROSE}</p>{table(linked=True)}")
    with pytest.raises(NotAnArticle, match="table of 30 linked rows"):
        extract_article(html, "https://example.org/nba/standings", site_rules=False)


def test_review_with_a_spec_table_at_a_section_address_is_kept() -> None:
    html = page(f"<h1>Review</h1>{STORY}{table(linked=False)}")
    assert extract_article(html, "https://example.org/reviews", site_rules=False).wordCount > 100


def test_shop_grid_test_reads_an_unparsable_url_as_no_product_url() -> None:
    html = page(f"<h1>Walking shoes</h1>{GRID}<section><h2>How to choose</h2>{GUIDE * 2}</section>")
    with pytest.raises(NotAnArticle, match="priced cards"):
        extract_article(html, "http://[::1/walking-shoes", site_rules=False)


def post(n: int, text: str) -> str:
    heading = f'<h2><a href="/news/2025/11/{n}/story-{n}">Story {n}</a></h2>'
    return f'<article class="entry">{heading}<div class="text">{text}</div></article>'


# A blog index showing its posts in full: the body found is the longest post's text.
STREAM = post(0, STORY * 4) + "".join(post(n, f"<p>{PROSE}</p>") for n in range(1, 10))


def test_section_address_over_posts_shown_in_full_is_refused() -> None:
    with pytest.raises(NotAnArticle, match="10 linked headlines"):
        extract_article(page(STREAM), "https://example.org/news", site_rules=False)


def test_long_article_under_a_slug_heading_its_parts_with_links_is_kept() -> None:
    url = "https://example.org/news/2025/11/a-story-in-ten-parts"
    assert extract_article(page(STREAM), url, site_rules=False).wordCount > 100


REPLY = (
    "I had the same problem after the update and fixed it by clearing the cache, then "
    "restarting the service twice; the logs showed the old settings were still loaded. "
)


def forum_post(n: int) -> str:
    author = f'<h4 class="message-name"><a href="/members/user-{n}.{n}/">user {n}</a></h4>'
    return f'<article class="message">{author}<div class="body"><p>{REPLY}</p></div></article>'


THREAD = "<h1>Update broke my setup</h1>" + "".join(forum_post(n) for n in range(12))
THREAD_URL = "https://forum.example.org/threads/update-broke-my-setup.4411/"


def test_thread_declaring_forum_posts_is_kept_though_each_post_heads_with_a_link() -> None:
    head = json_ld("DiscussionForumPosting", headline="Update broke my setup")
    article = extract_article(page(THREAD, head), THREAD_URL, site_rules=False)
    assert article.pageType == "forum"


def test_page_of_linked_headings_declaring_no_thread_is_refused() -> None:
    with pytest.raises(NotAnArticle, match="teasers"):
        extract_article(page(THREAD), THREAD_URL, site_rules=False)


def permalink_post(n: int, target: str) -> str:
    heading = f'<h3><a href="{target}?p={n}#p{n}">Re: Update broke my setup</a></h3>'
    return f'<div class="post" id="p{n}">{heading}<div class="content">{REPLY * 4}</div></div>'


def board(target: str) -> str:
    return "<h1>Update broke my setup</h1>" + "".join(permalink_post(n, target) for n in range(10))


def test_posts_headed_by_permalinks_to_this_page_are_no_teasers() -> None:
    url = "https://forum.example.org/viewtopic.php?t=4411"
    article = extract_article(page(board("./viewtopic.php")), url, site_rules=False)
    assert article.pageType == "forum"


def test_headings_linking_to_anchors_of_other_pages_are_teasers() -> None:
    url = "https://forum.example.org/viewtopic.php?t=4411"
    with pytest.raises(NotAnArticle, match="teasers"):
        extract_article(page(board("./search.php")), url, site_rules=False)


def product_tile(n: int) -> str:
    return (
        f'<li class="product"><h3><a href="/product/feeder-{n}/">Feeder {n}</a></h3>'
        f'<span class="price">{n}9 EUR</span><a href="/cart/?add={n}">Buy</a></li>'
    )


# A shop's front made with a site builder: og:type article on every page, a block of text
# about one product (the body found), six products whose names are linked headings.
SHOP_HEAD = '<meta property="og:type" content="article">'
TILES = "".join(product_tile(n) for n in range(6))
SHOP = (
    f"<html><head><title>Shop</title>{SHOP_HEAD}</head><body><main><h1>Shop</h1>{STORY}</main>"
    f'<section><ul class="products">{TILES}</ul></section></body></html>'
)


def test_section_address_over_linked_product_names_is_refused_despite_og_article() -> None:
    with pytest.raises(NotAnArticle, match="6 linked headlines"):
        extract_article(SHOP, "https://example.org/shop/", site_rules=False)


def test_same_page_under_a_slug_is_kept() -> None:
    url = "https://example.org/shop/our-new-feeder-is-here"
    assert extract_article(SHOP, url, site_rules=False).wordCount > 100


def test_page_at_a_section_address_linking_a_few_headings_is_kept() -> None:
    related = "".join(f'<h3><a href="/team/person-{n}">Person {n}</a></h3>' for n in range(2))
    html = page(f"<h1>About us</h1>{STORY}{related}", SHOP_HEAD)
    assert extract_article(html, "https://example.org/about", site_rules=False).wordCount > 100
