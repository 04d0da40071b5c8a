"""A product page's text is the product's description, not its customers' reviews.

The pages are constructed after how shops build a product page (a description, then a
reviews section many times longer), never copied from one.
"""

from __future__ import annotations

from cleaners import extract_article
from cleaners.body import measure
from cleaners.document import parse_html
from cleaners.reviews import read_reviews_as_comments

from .test_generic_recall import TOPICS, page

DESCRIPTION = [
    "Keep a day's gear within easy reach in this 25-litre pack, designed to fit a wide "
    "range of body types, with pockets for quick access to all your essentials.",
    "The ripstop nylon body has a water-repellent finish, the recycled bottom resists "
    "abrasion, and a U-shaped zip opens the whole pack when you need it.",
]
REVIEW = (
    "Great bag, gets the job done. I used it on several short day hikes and had no "
    "complaints at all, the side pouches stretch enough to fit a full-size bottle, {n}."
)


def product_page(wrapper_class: str = "pdp") -> str:
    reviews = "".join(
        f'<div class="individual-review"><h4>Reviewer {n}</h4><p>{REVIEW.format(n=n)}</p></div>'
        for n in range(12)
    )
    description = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    return page(
        f'<div class="{wrapper_class}"><h1>Trail 25 pack</h1><div class="price">$99</div>'
        f'<div class="product-description">{description}</div>'
        f'<section id="product-reviews" class="product-reviews">{reviews}</section></div>'
    )


def test_a_product_page_gives_its_description_not_its_reviews() -> None:
    article = extract_article(
        product_page(), "https://shop.example.org/products/trail-25", site_rules=False
    )
    assert article.pageType == "product"
    assert DESCRIPTION[0][:60] in article.articleBody
    assert "Great bag" not in article.articleBody


def test_an_article_reviewing_a_product_keeps_its_review_text() -> None:
    story = "".join(f"<p>{p}</p>" for p in TOPICS)
    more = "".join(
        f'<li><a href="/reviews/{n}">Another review from the garden desk, number {n}</a></li>'
        for n in range(30)
    )
    html = page(f'<div class="review-body">{story}</div><ul class="more">{more}</ul>')
    article = extract_article(html, "https://example.org/reviews/garden-kit", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS)


def test_a_review_named_wrapper_of_the_whole_page_is_not_read_as_reviews() -> None:
    root = parse_html(product_page("product-review-page"))
    scope = root.find("body")
    measures = measure(scope)
    read_reviews_as_comments(scope, measures)
    marked = [node.get("class") for node in measures.comment_threads]
    assert "product-review-page" not in marked
    assert "individual-review" in marked


def reviews_inside(wrapper: str, count: int) -> str:
    cards = "".join(
        f'<div class="review-card"><p>{REVIEW.format(n=n)}</p><span>Reviewer {n}</span></div>'
        for n in range(count)
    )
    return f'<div class="{wrapper}">{cards}</div>'


def test_reviews_inside_the_body_beside_the_description_are_removed() -> None:
    description = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    html = page(
        f"<div class='pdp'><h1>Trail 25 pack</h1>{description}{reviews_inside('r', 2)}</div>"
    )
    article = extract_article(html, "https://shop.example.org/products/trail-25", site_rules=False)
    assert DESCRIPTION[1][:60] in article.articleBody
    assert "Great bag" not in article.articleBody
    assert "comments" in [removal.kind for removal in article.removed]


INTRO = "First-time customers save on their first visit; here is what our customers say."


def test_a_product_page_of_reviews_alone_keeps_them() -> None:
    """Reviews with no description beside them are the page's text (a page of coupons)."""
    html = page(f"<div class='pdp'><h1>Coupons</h1><p>{INTRO}</p>{reviews_inside('r', 3)}</div>")
    article = extract_article(html, "https://shop.example.org/products/coupons", site_rules=False)
    assert "Great bag" in article.articleBody


def test_testimonials_the_site_chose_stay_beside_the_description() -> None:
    description = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    html = page(
        f"<div class='pdp'><h1>Trail 25 pack</h1>{description}"
        f"{reviews_inside('testimonials', 2)}</div>"
    )
    article = extract_article(html, "https://shop.example.org/products/trail-25", site_rules=False)
    assert "Great bag" in article.articleBody
