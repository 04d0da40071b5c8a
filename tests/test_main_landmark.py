"""A body found outside the page's one `<main>` is looked for again inside it.

The page is constructed after how shops build a product page (a description cut into a
heading and a sentence per feature, a footer with a paragraph about the brand), never
copied from one.
"""

from __future__ import annotations

from cleaners import extract_article

FEATURES = [
    ("Soft wool", "Fine fibres feel light on the skin and keep the foot warm on cold days."),
    ("Fresh all day", "Wool takes moisture away from the foot, so the shoe stays fresh."),
    ("Washable", "Take out the insoles and wash the shoe in the machine on a gentle cycle."),
    ("Light sole", "A sole made from plants cushions every step and weighs next to nothing."),
]
BRAND = (
    "We started this company because we believed that shoes could be made better, with "
    "materials from nature, in factories that treat people well, and with a footprint we "
    "measure, publish and reduce every year, from the farm to the box at your door."
)


def product_page(main_attributes: str = "", landmark: str = "main", aside: str = "") -> str:
    features = "".join(f"<div><h3>{name}</h3><p>{text}</p></div>" for name, text in FEATURES)
    return (
        "<html><head><title>Wool runner</title></head><body>"
        f'<header><nav><a href="/">Home</a> <a href="/men">Men</a></nav></header>{aside}'
        f"<{landmark}{main_attributes}><h1>Wool runner</h1><div class='price'>$98</div>"
        f"<div class='details'>{features}</div></{landmark}>"
        f'<div class="footer-tiles"><div class="tile"><p>{BRAND}</p></div></div>'
        "<footer><p>Copyright and terms of use.</p></footer></body></html>"
    )


def test_a_product_description_in_main_wins_over_a_longer_paragraph_outside_it() -> None:
    article = extract_article(
        product_page(), "https://shop.example/products/wool-runner", site_rules=False
    )
    assert article.pageType == "product"
    assert all(text in article.articleBody for _, text in FEATURES)
    assert BRAND not in article.articleBody


def test_a_hidden_main_that_scripts_fill_is_no_landmark_to_look_in() -> None:
    article = extract_article(
        product_page(' style="display:none"'),
        "https://shop.example/products/wool-runner",
        site_rules=False,
    )
    assert BRAND in article.articleBody


def test_an_element_with_the_main_role_is_the_landmark_when_there_is_no_main() -> None:
    article = extract_article(
        product_page(' role="main"', landmark="div"),
        "https://shop.example/products/wool-runner",
        site_rules=False,
    )
    assert all(text in article.articleBody for _, text in FEATURES)
    assert BRAND not in article.articleBody


def test_a_main_beside_another_main_role_is_not_the_one_landmark() -> None:
    article = extract_article(
        product_page(aside='<div role="main"><p>Free returns within thirty days.</p></div>'),
        "https://shop.example/products/wool-runner",
        site_rules=False,
    )
    assert BRAND in article.articleBody
