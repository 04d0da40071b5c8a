"""A page builder's widgets are the story's paragraphs, not a sidebar's widgets.

Constructed after Elementor's markup (each paragraph and heading its own
`elementor-widget elementor-widget-text-editor`), never copied from a page. The near miss
is WordPress's sidebar widget (`widget widget_recent_entries`), a list of links.
"""

from __future__ import annotations

from cleaners import extract_article
from cleaners.generic.chrome import CHROME
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

from .test_generic_recall import TOPICS, page


def builder_widget(n: int, kind: str, inner: str) -> str:
    return (
        f'<div class="elementor-element elementor-element-{n:07x} elementor-widget '
        f'elementor-widget-{kind}"><div class="elementor-widget-container">{inner}</div></div>'
    )


SHORT_STEPS = [
    "Order the seeds in January, when the catalogues arrive and the best varieties are in stock.",
    "Sow tomatoes indoors in March on a warm sill and move them outside after the last frost.",
    "Thin the carrots twice, once at a finger's height and again when the roots show colour.",
]


def test_short_text_widgets_of_a_page_builder_stay() -> None:
    widgets = []  # a long widget of three paragraphs, then headings and short widgets
    for n, step in enumerate(SHORT_STEPS):
        if n < 2:
            long_text = "".join(f"<p>{t}</p>" for t in TOPICS[3 * n : 3 * n + 3])
            widgets.append(builder_widget(3 * n, "text-editor", long_text))
        widgets.append(builder_widget(3 * n + 1, "heading", f"<h2>Step {n + 1}</h2>"))
        widgets.append(builder_widget(3 * n + 2, "text-editor", f"<p>{step}</p>"))
    html_page = page(f'<div class="elementor elementor-42">{"".join(widgets)}</div>')
    article = extract_article(html_page, "https://example.org/guides/start", site_rules=False)
    for text in TOPICS + SHORT_STEPS:
        assert text[:60] in article.articleBody
    assert "Step 3" in article.articleBody


def test_a_sidebar_widget_of_links_still_goes() -> None:
    links = "".join(f'<li><a href="/news/{n}">Another story number {n}</a></li>' for n in range(5))
    body = html(
        f"<p>{TOPICS[0]}</p><section class='widget widget_recent_entries'><h3>Recent posts</h3>"
        f"<ul>{links}</ul></section>"
    )
    assert removed_kinds(body, [CHROME], Page("https://example.org/guides/start")) == [
        "latest-news-list"
    ]
    assert "Another story" not in body_text(body)
