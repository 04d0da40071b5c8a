"""A page whose whole text a script reveals is read with that text shown.

The page is constructed after how shops gate a page behind an access check (the content
in a block styled display:none until a script has run), never copied from one.
"""

from __future__ import annotations

import pytest

from cleaners import ExtractionError, extract_article

DESCRIPTION = [
    "Meet the dark roast for bolder days: a balanced blend of arabica for a smooth "
    "flavour and robusta for natural strength, roasted in small batches every week.",
    "It is certified fair trade and organic, ground for drip machines or sold as whole "
    "beans, and it keeps its flavour for a month in the resealable bag it ships in.",
    "Subscribe and save on every delivery, skip or cancel whenever you like, and get "
    "early access to the limited roasts we release a few times a year.",
    "Brew it strong in a French press, let it rest four minutes, and taste the dark "
    "chocolate and cherry notes that make this roast our customers' favourite.",
]


def gated_page(wrapper_class: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    return (
        "<html><head><title>Dark roast</title></head><body>"
        '<header><nav><a href="/">Shop</a> <a href="/coffee">Coffee</a></nav></header>'
        '<div class="cart-flyout"><p>Your cart is empty</p></div>'
        f'<div class="{wrapper_class}" style="display:none"><main><h1>Dark roast</h1>'
        f"<div class='product-description'>{text}</div></main></div>"
        "<footer><p>Copyright and terms of use.</p></footer></body></html>"
    )


def test_a_page_whose_text_a_script_reveals_is_read_with_it_shown() -> None:
    article = extract_article(
        gated_page("lockdown-content"), "https://shop.example/products/dark-roast", site_rules=False
    )
    assert all(p in article.articleBody for p in DESCRIPTION)
    assert any(note.startswith("body-revealed") for note in article.notes)


def test_what_the_thin_first_reading_removed_stays_in_the_trace() -> None:
    """The first reading cleans its thin body in place; a removal it made is not undone by
    reading again, so the item must still say so."""
    page = gated_page("lockdown-content").replace(
        '<div class="cart-flyout">',
        "<div class='notice'><p>Welcome to our shop, where every roast is made to order "
        "and shipped fresh from our roastery.</p><p>Follow us on Instagram for new "
        'roasts.</p></div><div class="cart-flyout">',
    )
    article = extract_article(page, "https://shop.example/products/dark-roast", site_rules=False)
    assert any(note.startswith("body-revealed") for note in article.notes)
    removed = " ".join(r.text for r in article.removed)
    assert "Follow us on Instagram" not in article.articleBody
    assert "Follow us on Instagram" in removed


def test_a_hidden_dialog_is_not_revealed_as_the_page() -> None:
    with pytest.raises(ExtractionError):
        extract_article(gated_page("modal-content"), "https://shop.example/p/1", site_rules=False)
