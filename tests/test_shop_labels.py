"""A shop's buttons and notices leave a product page's text; a story keeps the words.

The pages are constructed after how shops lay out a product page (the description beside
the buy box's buttons and delivery notices), never copied from one.
"""

from __future__ import annotations

import pytest

from cleaners import extract_article

DESCRIPTION = [
    "This mug is thrown by hand on the wheel and glazed in an earthy speckled finish, so "
    "each one comes out of the kiln a little different from the others.",
    "It holds about thirteen ounces of coffee or tea, is safe in the dishwasher and the "
    "microwave, and sits well in the hand thanks to its wide, rounded handle.",
    "Every piece is made to order in a small studio, fired twice, and packed with care "
    "so that it reaches you in one piece wherever you live.",
]
LABELS = [
    "Returns & exchanges accepted",
    "Free shipping on orders over $75",
    "Frequently bought together",
    "Shipping and return policies",
]  # longer than the conditional cleaner's empty boxes


def page(body: str) -> str:
    return (
        "<html><head><title>Speckled mug</title></head><body>"
        f'<nav><a href="/">Shop</a></nav><main><div class="listing">{body}</div></main>'
        "</body></html>"
    )


def product_page() -> str:
    """The buy box's lines sit between the paragraphs, as shops interleave them."""
    lines = [
        f"<p>{p}</p><div class='buy-box-line'><span>{label}</span></div>"
        for p, label in zip(DESCRIPTION * 2, LABELS, strict=False)
    ]
    return page(f"<h1>Speckled mug</h1>{''.join(lines)}<p>{DESCRIPTION[2]}</p>")


@pytest.mark.parametrize("label", LABELS)
def test_a_product_page_loses_the_shop_s_buttons_and_notices(label: str) -> None:
    article = extract_article(
        product_page(), "https://shop.example/products/speckled-mug", site_rules=False
    )
    assert article.pageType == "product"
    assert DESCRIPTION[0] in article.articleBody
    assert label not in article.articleBody.splitlines()


def test_a_story_keeps_a_line_that_reads_like_a_shop_label() -> None:
    story = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    article = extract_article(
        page(f"<h1>Potters at the market</h1>{story}<p>Sold out</p>{story}"),
        "https://news.example/2026/11/potters-at-the-market",
        site_rules=False,
    )
    assert article.pageType == "article"
    assert "Sold out" in article.articleBody.splitlines()
