"""Markup-found furniture: hidden elements, chrome tags and class/id token rules.

Each rule gets a hit and a near miss: the same kind of block as content (a paragraph that
wears a misleading class, a heading whose id is slugged from its text) must stay.
"""

from __future__ import annotations

import pytest

from cleaners.generic.chrome import CHROME, ChromeTagCleaner
from cleaners.generic.hidden import HiddenCleaner
from cleaners.generic.tokens import token_regex
from tests.helpers import body_text, html, removed_kinds

PROSE = "<p>The regulator published its decision on Tuesday, after a two-year inquiry.</p>"
LONG_PROSE = " ".join(["The committee heard evidence from engineers, economists and users."] * 12)


@pytest.mark.parametrize(
    "fragment",
    [
        "<div hidden><p>Hidden teaser text</p></div>",
        '<div style="display: none"><p>Hidden teaser text</p></div>',
        '<div style="visibility:hidden"><p>Hidden teaser text</p></div>',
        '<div class="sr-only">Hidden teaser text</div>',
        '<div class="visually-hidden">Hidden teaser text</div>',
    ],
)
def test_hidden_element_removed(fragment: str) -> None:
    body = html(fragment + PROSE)
    assert removed_kinds(body, [HiddenCleaner()]) == ["hidden"]
    assert "Hidden teaser" not in body_text(body)
    assert "regulator published" in body_text(body)


@pytest.mark.parametrize(
    "fragment",
    [
        '<p aria-hidden="true" class="paywall">Paywalled paragraph readers do see.</p>',
        '<p class="hidden-gems">Hidden gems of the show floor were few.</p>',
        '<p style="display: block">A block styled paragraph stays.</p>',
        '<p class="max-md:hidden">Shown on a desktop, hidden on a phone.</p>',
        '<p class="text-sm md:hidden">Shown on a phone, hidden on a desktop.</p>',
    ],
)
def test_visible_element_with_hidden_lookalike_markup_kept(fragment: str) -> None:
    body = html(fragment)
    assert removed_kinds(body, [HiddenCleaner()]) == []


FAQ_ITEM = (
    '<button type="button"><h5>How long does a visit take?</h5></button>'
    '<div class="text-sm hidden"><p>About an hour, longer in the first week.</p></div>'
)


def test_collapsed_answer_under_a_question_toggle_kept() -> None:
    """An FAQ answer hidden until its question, a button holding a heading, is clicked."""
    body = html(FAQ_ITEM + PROSE)
    assert removed_kinds(body, [HiddenCleaner(), ChromeTagCleaner()]) == []
    assert "How long does a visit take?\nAbout an hour" in body_text(body)


def test_hidden_menu_after_a_menu_button_removed() -> None:
    body = html('<button type="button">Menu</button><ul class="hidden"><li>Home</li></ul>' + PROSE)
    assert removed_kinds(body, [HiddenCleaner(), ChromeTagCleaner()]) == ["hidden", "page-chrome"]


@pytest.mark.parametrize("tag", ["nav", "footer", "form", "button", "dialog"])
def test_chrome_tag_removed(tag: str) -> None:
    body = html(f"<{tag}>Menu Home About</{tag}>{PROSE}")
    assert removed_kinds(body, [ChromeTagCleaner()]) == ["page-chrome"]
    assert body_text(body).startswith("The regulator")


def test_chrome_tags_leave_sections_and_asides_alone() -> None:
    body = html(f"<section>{PROSE}</section><aside><p>A sidebar quote from the report.</p></aside>")
    assert removed_kinds(body, [ChromeTagCleaner()]) == []


@pytest.mark.parametrize(
    ("fragment", "kind"),
    [
        ('<div class="cookie-banner">We use cookies. Accept all</div>', "consent-banner"),
        ('<div id="onetrust-consent-sdk">Manage preferences</div>', "consent-banner"),
        ('<div id="comments"><p>Great article!</p><p>I disagree.</p></div>', "comments"),
        ('<section class="comments-area"><p>Reply</p></section>', "comments"),
        ('<div class="ad-slot"></div>', "ad-slot"),
        ('<div class="advertisement">Advertisement</div>', "ad-slot"),
        ('<div id="taboola-below-article">Promoted stories</div>', "ad-slot"),
        (
            '<div class="social-share"><a href="/s">Share</a><a href="/t">Tweet</a></div>',
            "share-bar",
        ),
        ('<ul class="share-buttons"><li><a href="/f">Facebook</a></li></ul>', "share-bar"),
        (
            '<div class="trending"><a href="/1">Story one</a><a href="/2">Story two</a></div>',
            "latest-news-list",
        ),
        (
            '<aside class="most-popular"><ol><li><a href="/1">Story one</a></li></ol></aside>',
            "latest-news-list",
        ),
        ('<div class="related-posts"><a href="/1">A related story</a></div>', "related-links"),
        ('<div class="newsletter-signup">Get the briefing every morning</div>', "signup-promo"),
        ('<div class="author-bio">Jo Bloggs writes about chips.</div>', "author-bio"),
    ],
)
def test_token_rule_removes_labelled_block(fragment: str, kind: str) -> None:
    body = html(fragment + PROSE)
    assert removed_kinds(body, [CHROME]) == [kind]
    assert "regulator published" in body_text(body)


@pytest.mark.parametrize(
    "fragment",
    [
        '<p class="paywall">Paywalled paragraph of the story, kept.</p>',
        '<div class="unrelated-note"><p>An unrelated note that is article text.</p></div>',
        '<div class="shared-workspace"><p>Shared workspaces grew fast.</p></div>',
        '<h2 id="related-work-2">Related work</h2>',
        '<h2 id="latest-news-from-the-trial-3">Latest news from the trial</h2>',
        '<h3 id="more-from-the-interview">More from the interview</h3>',
    ],
)
def test_token_rule_spares_content_with_lookalike_names(fragment: str) -> None:
    body = html(fragment)
    assert removed_kinds(body, [CHROME]) == []


@pytest.mark.parametrize(
    "token_class",
    ["related", "share", "ad", "newsletter", "trending", "author-bio"],
)
def test_long_prose_wearing_a_furniture_class_is_kept(token_class: str) -> None:
    body = html(f'<div class="{token_class}"><p>{LONG_PROSE}</p></div>')
    assert removed_kinds(body, [CHROME]) == []


def test_comment_thread_goes_whatever_its_length() -> None:
    thread = "".join(f"<p>{LONG_PROSE}</p>" for _ in range(2))
    article = "".join(f"<p>{LONG_PROSE}</p>" for _ in range(3))
    body = html(f'{article}<div id="comments">{thread}</div>')
    assert removed_kinds(body, [CHROME]) == ["comments"]


@pytest.mark.parametrize(
    ("classes", "hit"),
    [
        ("post__related", True),
        ("related-posts", True),
        ("unrelated", False),
        ("relatedness", False),
    ],
)
def test_tokens_match_whole_class_tokens(classes: str, hit: bool) -> None:
    assert bool(token_regex("related").search(classes)) is hit
