"""Consent dialogs are taken out before the body is located, and are never the article."""

from __future__ import annotations

import pytest

from cleaners import NotAnArticle, extract_article

STORY = (
    "<p>The harbour authority approved the new ferry timetable on Monday after a long public "
    "consultation, and services will start in the spring.</p>"
    "<p>Crossings to the islands will run every forty minutes at peak times, twice as often as "
    "now, and the last boat will leave the mainland an hour later.</p>"
)
DIALOG = (
    "<p>We, and our partners use cookies and similar technologies to store and access "
    "information on your device, to measure audiences, to personalise ads and content, and to "
    "develop and improve products. With your consent, we and our partners may use precise "
    "geolocation data. You may click to consent to our and our partners' processing as "
    "described above, or to refuse consent, or to review the purposes in detail.</p>"
    "<button>Accept all</button><button>Reject all</button>"
)


def page(main: str) -> str:
    return f"<html><head><title>T</title></head><body>{main}</body></html>"


@pytest.mark.parametrize(
    "container",
    [
        '<div id="onetrust-consent-sdk">{}</div>',
        '<div class="didomi-popup">{}</div>',
        '<div id="qc-cmp2-container">{}</div>',
        '<div id="sp_message_container_123">{}</div>',
        '<div class="cookie-banner">{}</div>',
    ],
)
def test_consent_dialog_beside_a_short_story_is_removed_past_the_guard(container: str) -> None:
    """The dialog holds most of the text: the guard alone would have kept it."""
    html = page(f"<main>{STORY}</main>{container.format(DIALOG)}")
    article = extract_article(html, "https://example.org/2024/ferry", site_rules=False)
    assert article.articleBody.startswith("The harbour authority")
    assert "partners" not in article.articleBody
    assert "consent-banner" in [removal.kind for removal in article.removed]


@pytest.mark.parametrize(
    "container",
    ['<div role="dialog" aria-label="Privacy">{}</div>', '<div aria-modal="true">{}</div>'],
)
def test_consent_dialog_that_wins_the_body_is_removed_and_the_story_found(container: str) -> None:
    dialog = container.format(f"<div>{DIALOG}</div>")
    html = page(
        f'<div class="layout"><main>{STORY}</main></div><div class="overlay">{dialog}</div>'
    )
    article = extract_article(html, "https://example.org/2024/ferry", site_rules=False)
    assert article.articleBody.startswith("The harbour authority")
    assert "partners" not in article.articleBody


def test_page_whose_only_text_is_a_consent_dialog_is_refused() -> None:
    html = page(f'<div class="cookie-notice">{DIALOG * 3}</div><main><p>Menu</p></main>')
    with pytest.raises(NotAnArticle, match="consent dialog"):
        extract_article(html, "https://example.org/2024/ferry", site_rules=False)


def test_article_about_cookies_in_a_cookie_named_container_is_kept() -> None:
    """A section named after its subject ("cookies" in a manual) that asks nothing of the reader."""
    manual = (
        "<p>Cookies are small pieces of data a server sends to the browser. To read cookies, "
        "use the cookies attribute of the request; to set cookies, call set_cookie on the "
        "response with a name, a value and optional expiry, domain and path.</p>" * 3
    )
    html = page(f'<main><section id="cookies"><h2>Cookies</h2>{manual}</section></main>')
    article = extract_article(html, "https://example.org/docs/quickstart", site_rules=False)
    assert "set_cookie" in article.articleBody


FEATURES = (
    "Every crossing can be booked online up to a year ahead, and a booking can be moved to "
    "another boat on the same day at no charge until an hour before it leaves the quay.",
    "Season tickets cover the islands and the mainland buses, and families travel together "
    "on one ticket that the conductor scans once for everyone in the party on board.",
)


def test_page_parts_sharing_a_class_with_a_dialog_s_parts_stay_when_the_dialog_goes() -> None:
    """A cookie dialog built of the page's components (an accordion of purposes beside the
    page's accordion of features): the page's parts are not carried away with it."""
    purposes = f'<div class="panel">{DIALOG}{DIALOG}</div>'
    features = "".join(f'<div class="panel"><h3>Tickets</h3><p>{p}</p></div>' for p in FEATURES)
    html = page(f'<div class="cookie-settings">{purposes}</div><main>{features}</main>')
    article = extract_article(html, "https://example.org/services/ferries", site_rules=False)
    assert all(p in article.articleBody for p in FEATURES)
    assert "partners" not in article.articleBody
