"""Article text the locator used to leave beside the body, on pages built in parts.

Each page is constructed after how a class of wcxb-dev pages is built (never their text):
a body split by a call to action into two blocks of the same rich-text class.
"""

from __future__ import annotations

from cleaners import extract_article

from .test_generic_recall import TOPICS, page

INTRO = (
    "Choosing a contractor is hard, and the lists that rank them rarely agree, so we read "
    "the two best-known rankings side by side and kept the firms that appear on both."
)
CTA = (  # a sign-up form's short lines: no paragraph, but a third of what it adds
    '<div class="cta"><h3>Free download</h3><div>The fifty fastest-paying builders</div>'
    "<div>Enter your work e-mail address</div><div>Thank you! Your submission has been "
    "received!</div><div>Oops! Something went wrong while submitting the form.</div></div>"
)


def split_post(side: str = "") -> str:
    """A post whose rich-text block is repeated around a call-to-action box."""
    body = "".join(f"<p>{p}</p>" for p in TOPICS * 3)
    return page(
        f'<div class="post-body"><div class="rich-text"><p>{INTRO}</p></div>{CTA}'
        f'<div class="rich-text"><h2>The firms</h2>{body}</div></div>{side}'
    )


def test_a_short_part_of_the_body_before_a_call_to_action_is_kept() -> None:
    article = extract_article(split_post(), "https://example.org/blog/firms", site_rules=False)
    assert article.articleBody.startswith(INTRO[:60])
    assert TOPICS[-1][:60] in article.articleBody


def test_a_block_of_the_body_class_elsewhere_on_the_page_stays_out() -> None:
    about = (
        "About us: we are builders, engineers and writers, and we publish a guide, a report "
        "or a ranking every week, for contractors, owners and the people who pay them."
    )
    side = f'<div class="sidebar"><div class="rich-text"><p>{about}</p></div></div>'
    article = extract_article(split_post(side), "https://example.org/blog/firms", site_rules=False)
    assert "About us" not in article.articleBody
