"""Figures: in `articleBodyHtml` with their captions, out of `articleBody` but for quotes."""

import lxml.html

from cleaners import extract_article
from cleaners.render import text_lines

PROSE = "<p>" + "The committee met on Tuesday to weigh the proposal in full detail. " * 4 + "</p>"
PAGE = """<html><head><title>T</title></head><body><article class="article-body">
{prose}
<figure><img src="/pics/a.jpg" alt="A reactor"><figcaption class="caption">The vessel.
<span class="credit">(Image credit: Lab)</span></figcaption></figure>
{prose}
<figure class="pull-quote"><blockquote>Quoted words that belong to the story.</blockquote>
<figcaption>Someone</figcaption></figure>
{prose}
</article></body></html>"""


def _article():
    return extract_article(PAGE.format(prose=PROSE), "https://example.com/news/story")


def test_picture_figure_keeps_its_caption_in_the_html():
    html = _article().articleBodyHtml
    assert '<img src="https://example.com/pics/a.jpg" alt="A reactor">' in html
    assert "<figcaption>The vessel." in html
    assert "(Image credit: Lab)" in html


def test_captions_stay_out_of_the_text():
    body = _article().articleBody
    assert "The vessel" not in body
    assert "Image credit" not in body
    assert "Someone" not in body


def test_pull_quote_in_a_figure_is_article_text():
    assert "Quoted words that belong to the story." in _article().articleBody


def test_only_the_outermost_quotes_and_tables_of_nested_figures_are_read():
    body = lxml.html.fragment_fromstring(
        "<div><p>Before</p><figure>Label<div><blockquote>Said this.<figure>Inner"
        "<table><tr><td>Cell</td></tr></table><figcaption>Photo</figcaption></figure>"
        "</blockquote></div><figcaption>Credit</figcaption></figure><p>After</p></div>"
    )
    assert text_lines(body) == ["Before", "Said this.", "Cell", "After"]
