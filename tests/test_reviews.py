"""Customers' reviews on a product page are its readers' comments: a long run of them
never wins over the product's description, while a company's few testimonials and a
review article stay text."""

from __future__ import annotations

import json

from cleaners import extract_article

DESCRIPTION = (
    "<p>Keep your day's gear within easy reach in the Trail 25 pack. It is designed to fit a "
    "wide range of body types, and it has pockets galore for quick access to essentials.</p>"
    "<p>Ripstop nylon main body fabric has a durable water repellent finish made without "
    "PFAS, and the recycled nylon bottom is highly abrasion resistant.</p>"
)
REVIEW_TEXT = (
    "I used this bag on many short day hikes this summer and I had no complaints at all. The "
    "water bottle pouches stretch enough to fit a full size bottle, the main pocket has a "
    "sleeve for a laptop, and there is room for extra layers and snacks."
)


def product_page(reviews: str, kind: str = "Product") -> str:
    data = {"@context": "https://schema.org", "@type": kind, "name": "Trail 25 pack"}
    return (
        '<html><head><title>Trail 25</title><script type="application/ld+json">'
        f"{json.dumps(data)}</script></head><body><main>"
        f'<div class="product-details"><h1>Trail 25 pack</h1>{DESCRIPTION}</div>'
        f'<section class="product-reviews"><h2>Reviews</h2>{reviews}</section>'
        "</main></body></html>"
    )


def reviews(count: int, css: str = "individual-review") -> str:
    return "".join(
        f'<div class="{css}"><span>Hiker {n}, May {n}, 2025</span><p>{REVIEW_TEXT} '
        f"Review number {n}.</p></div>"
        for n in range(count)
    )


def test_customer_reviews_never_outweigh_the_description():
    article = extract_article(product_page(reviews(8)), "https://shop.example.org/p/trail-25")
    assert article.pageType == "product"
    assert "pockets galore" in article.articleBody
    assert "Review number" not in article.articleBody


def test_three_testimonials_stay_text():
    page = product_page(reviews(3, "review-card"))
    article = extract_article(page, "https://shop.example.org/p/trail-25")
    assert "Review number 2" in article.articleBody


def test_review_article_keeps_its_reviews():
    page = product_page(reviews(8), kind="Review")
    article = extract_article(page, "https://news.example.org/2025/05/trail-25-review")
    assert article.pageType == "article"
    assert "Review number 7" in article.articleBody
