"""The rest of a description behind "Read more" is the page's text, not a hidden block.

The page is constructed after how shops show a long description (its opening, then the
rest in an expander hidden until the reader clicks), never copied from one.
"""

from __future__ import annotations

import pytest

from cleaners import extract_article

OPENING = (
    "Small changes add up: a habit repeated every day compounds like interest, and the "
    "book shows how to build good ones, break bad ones and keep going when it gets hard."
)
MORE = (
    "Written for readers who have tried before and given up, it trades willpower for "
    "systems: small changes to surroundings that make the right choice the easy one."
)
REST = (
    "Its four laws make a habit obvious, attractive, easy and satisfying, and each "
    "chapter turns one of them into steps you can try on the same day, at home or at work."
)


def product_page(rest_class: str) -> str:
    return (
        "<html><head><title>A book</title></head><body>"
        '<nav><a href="/">Shop</a></nav><main><h1>A book about habits</h1>'
        f'<div class="description"><p>{OPENING}</p><p>{MORE}</p>'
        f'<div class="{rest_class}" style="display:none"><p>{REST}</p></div>'
        "<a href='#'>Read more</a></div></main></body></html>"
    )


@pytest.mark.parametrize("rest_class", ["a-expander-content", "description-expander"])
def test_the_rest_of_a_description_behind_an_expander_is_kept(rest_class: str) -> None:
    article = extract_article(
        product_page(rest_class), "https://shop.example/dp/0735211299", site_rules=False
    )
    assert REST in article.articleBody


def test_a_hidden_block_that_expands_nothing_is_still_removed() -> None:
    article = extract_article(
        product_page("popup-content"), "https://shop.example/dp/0735211299", site_rules=False
    )
    assert REST not in article.articleBody
