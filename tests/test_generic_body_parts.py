"""Article text the locator used to leave beside the body, on pages built in parts.

Each page is constructed after how a class of wcxb-dev pages is built (never their text):
a body split by a call to action into two blocks of the same rich-text class, and an
article whose opening paragraphs sit in a section of their own before the body.
"""

from __future__ import annotations

from cleaners import extract_article
from cleaners.body import measure
from cleaners.document import parse_html
from cleaners.parts import parts_holder

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


OPENING = [
    "How a shop serves its customers matters as much as what it sells, and the choice of "
    "counter, aisle or delivery van shapes every cost that follows from the first day.",
    "This guide walks through the common ways of serving customers, what each asks of the "
    "staff, and which kind of shop each suits, with the figures owners quoted to us.",
]


FAQ = (
    '<div class="el-faq"><h3>Which way of serving costs least?</h3><p>Counter service needs '
    "the fewest staff, so it costs least to run, though it suits quick purchases best.</p></div>"
)


def builder_article(intro: str) -> str:
    """A page builder's article: the opening in one section, the rest and a FAQ in the next."""
    body = "".join(f"<p>{p}</p>" for p in TOPICS * 2)
    return page(
        f'<div class="builder"><section class="el-1"><div class="el-inner">{intro}</div>'
        f'</section><section class="el-2"><div class="el-inner"><div class="el-text">'
        f"<h2>Ways of serving</h2>{body}</div>{FAQ}</div></section></div>"
    )


def test_opening_paragraphs_in_their_own_section_are_kept() -> None:
    intro = "".join(f"<p>{p}</p>" for p in OPENING)
    html = builder_article(intro)
    article = extract_article(html, "https://example.org/blog/serving", site_rules=False)
    assert article.articleBody.startswith(OPENING[0][:60])
    assert OPENING[1][:60] in article.articleBody
    assert TOPICS[-1][:60] in article.articleBody


def test_a_single_paragraph_before_the_body_stays_out() -> None:
    quote = (
        "<p>“Serving is the part of the trade that customers remember long after they have "
        "forgotten the price,” said the owner of a corner shop we visited.</p>"
    )
    article = extract_article(
        builder_article(quote), "https://example.org/blog/serving", site_rules=False
    )
    assert "customers remember" not in article.articleBody


def test_paragraphs_in_a_notice_before_the_body_stay_out() -> None:
    intro = '<div class="site-notice">' + "".join(f"<p>{p}</p>" for p in OPENING) + "</div>"
    article = extract_article(
        builder_article(intro), "https://example.org/blog/serving", site_rules=False
    )
    assert OPENING[0][:60] not in article.articleBody


NOTES = [
    "We have mentioned this author in the comments before, and this one sounds spookier.",
    "A friend lent me the first in the series and I finished it in one sitting last week.",
    "The cover alone sold it to me, and the first chapter did the rest on the bus home.",
]


def book_list(links: str = "") -> str:
    """A roundup whose items each hold a title, a summary block and the editor's note."""
    items = "".join(
        f'<li><article class="item"><h4>Book number {n}</h4><div class="summary">'
        f"<p>{topic}</p><p>{TOPICS[n + 3]}</p></div><p>{NOTES[n]}</p>{links}</article></li>"
        for n, topic in enumerate(TOPICS[:3])
    )
    return page(f'<div class="entry"><ul class="books">{items}</ul></div>')


def test_the_items_around_repeated_summary_blocks_are_kept() -> None:
    article = extract_article(book_list(), "https://example.org/2026/01/books", site_rules=False)
    assert all(note[:50] in article.articleBody for note in NOTES)
    assert "Book number 1" in article.articleBody


def test_repeated_blocks_under_a_holder_full_of_links_are_joined_alone() -> None:
    shops = "".join(f'<a href="/shop/{n}">Buy it from bookshop number {n}</a> ' for n in range(8))
    assert holder_of_summaries(book_list(f'<p class="shops">{shops}</p>')) is None
    assert holder_of_summaries(book_list()) == "ul"


def holder_of_summaries(html: str) -> str | None:
    scope = parse_html(html).find("body")
    summaries = [node for node in scope.iter("div") if node.get("class") == "summary"]
    holder = parts_holder(summaries, measure(scope))
    return None if holder is None else holder.tag
