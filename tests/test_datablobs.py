"""Script state written into the page as text is never the article: a JSON blob in a
`<div>` is dropped before the body is located, while a JSON sample an article shows in
`<pre>` and prose that opens with a bracket stay."""

from __future__ import annotations

import json

import pytest

from cleaners import ExtractionError, extract_article

STORY = "".join(
    f"<p>Paragraph {n} of the review: the headphones fold flat, the battery lasted thirty "
    f"hours in our tests, and the noise cancelling held up on a long train ride.</p>"
    for n in range(5)
)
STATE = json.dumps(
    {
        "painterId": "AsinGridWidget",
        "asins": [f"B0{n:08d}" for n in range(300)],
        "sortOrder": "featured",
        "linkParameters": {"ref": "grid", "pf_rd_p": "a1b2c3"},
    }
)


def page(main: str) -> str:
    return f"<html><head><title>Shop</title></head><body><main>{main}</main></body></html>"


def test_json_state_is_never_the_body():
    main = f'<div class="grid-state aok-hidden">{STATE}</div><h2>Headphones</h2>'
    with pytest.raises(ExtractionError):  # nothing else to extract: refused, not emitted
        extract_article(page(main), "https://shop.example.org/b?node=172541")


def test_json_state_beside_a_story_leaves_the_story():
    main = f'<div class="grid-state">{STATE}</div><article>{STORY}</article>'
    article = extract_article(page(main), "https://shop.example.org/reviews/headphones")
    assert "Paragraph 4 of the review" in article.articleBody
    assert "painterId" not in article.articleBody


@pytest.mark.parametrize(
    "kept",
    [
        f"<pre>{STATE}</pre>",
        "<p>[Updated] The maker says a firmware update, out on Monday, fixes the pairing bug "
        "that some readers reported, and that it will also improve the battery estimate shown "
        "in the app, which was off by a few hours in our tests.</p>",
    ],
    ids=["code-sample", "bracketed-prose"],
)
def test_data_lookalikes_in_an_article_stay(kept):
    article = extract_article(page(f"<article>{STORY}{kept}</article>"), "https://ex.org/a/b")
    assert ("painterId" if "pre" in kept else "firmware update") in article.articleBody
