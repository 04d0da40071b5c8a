"""A date printed as plain text below the headline, when the page declares none."""

from __future__ import annotations

import pytest

from cleaners.document import parse_html
from cleaners.metadata import read_metadata

STORY = "<p>" + "The story runs on for a while, as stories do, with no date in it. " * 5 + "</p>"


def date_of(header: str, story: str = STORY) -> str | None:
    html = (
        "<html><head><title>A headline</title></head><body>"
        f"<article><h1>A headline</h1>{header}{story}</article></body></html>"
    )
    return read_metadata(parse_html(html), "https://blog.example.com/a-headline").datePublished


@pytest.mark.parametrize(
    ("header", "date"),
    [
        (
            '<div class="author-details"><p>Luke Kim</p><small>December 17, 2025</small></div>',
            "2025-12-17T00:00:00+00:00",
        ),
        (
            "<div><p>By Preetam Jinka</p></div><div><p> Dec 17, 2025</p><p>6 min read</p></div>",
            "2025-12-17T00:00:00+00:00",
        ),
        (
            '<p><span>Essay - Published: 2025.12.17 | </span><a href="/tags/ai">ai</a></p>',
            "2025-12-17T00:00:00+00:00",
        ),
        ('<div class="meta"><span>18 NOV 2019</span></div>', "2019-11-18T00:00:00+00:00"),
    ],
)
def test_a_date_below_the_headline_dates_the_article(header: str, date: str) -> None:
    assert date_of(header) == date


def test_a_photo_caption_does_not_date_the_article() -> None:
    header = (
        '<figure><img src="/ship.jpg"><figcaption>A ship leaves port, on Aug. 31, 2019.'
        "</figcaption></figure>"
    )
    assert date_of(header) is None


def test_a_date_inside_the_story_does_not_date_the_article() -> None:
    story = STORY + "<p>November 20, 2025</p>"
    assert date_of("", story) is None


def test_a_declared_date_wins() -> None:
    header = '<time datetime="2024-01-02T03:04:05Z">Jan 2</time><small>December 17, 2025</small>'
    assert date_of(header) == "2024-01-02T03:04:05+00:00"
