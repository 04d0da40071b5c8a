"""An article's questions and answers in their own block after the body come with it.

Constructed after the shape of search-minded blog templates (a rich-text body, then an
FAQ component beside it), never copied from a page. The near miss is a block after the
body that does not say it holds questions.
"""

from __future__ import annotations

from cleaners import extract_article

from .test_generic_recall import TOPICS

QUESTIONS = [
    (
        "When should I test my soil?",
        "In early spring, before the first digging, and again "
        "every third year, since lime and compost change it slowly over the seasons.",
    ),
    (
        "Do raised beds need a bottom?",
        "No: an open bottom lets roots go deep and water drain, "
        "though a wire mesh under the bed keeps burrowing animals out of the roots.",
    ),
]


def article_page(after: str) -> str:
    story = "".join(f"<p>{topic}</p>" for topic in TOPICS)
    return (
        '<html><head><meta property="og:type" content="article"></head><body>'
        '<header><nav><a href="/">Home</a></nav></header><main><article>'
        f'<h1>Planning a garden</h1><div class="rich-text">{story}</div></article>{after}'
        "</main><footer><p>Copyright and terms of use.</p></footer></body></html>"
    )


def questions_block(cls: str, heading: str) -> str:
    pairs = "".join(f"<div class='item'><h3>{q}</h3><p>{a}</p></div>" for q, a in QUESTIONS)
    return f'<section class="{cls}"><h2>{heading}</h2>{pairs}</section>'


def test_the_questions_after_the_body_come_with_it() -> None:
    html = article_page(questions_block("blog-faq", "Frequently asked questions"))
    article = extract_article(html, "https://example.org/blog/planning", site_rules=False)
    assert TOPICS[-1][:60] in article.articleBody
    assert all(answer[:60] in article.articleBody for _, answer in QUESTIONS)


def test_a_block_after_the_body_that_holds_no_questions_stays_out() -> None:
    html = article_page(questions_block("more-reading", "From the archive"))
    article = extract_article(html, "https://example.org/blog/planning", site_rules=False)
    assert TOPICS[-1][:60] in article.articleBody
    assert not any(answer[:60] in article.articleBody for _, answer in QUESTIONS)
