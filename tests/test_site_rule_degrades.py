"""A site rule whose body selector misses still applies its portable drops on the generic path."""

from __future__ import annotations

from datetime import date

from cleaners import extract_article

STORY = "".join(
    f"<p>Paragraph {n} of a watch review after a redesign: the battery lasted two full days "
    "in our tests, and the screen stayed readable in bright sunlight throughout.</p>"
    for n in range(1, 6)
)
DISCLOSURE = (
    "<p>All products recommended by Engadget are selected by our editorial team, independent "
    "of our parent company.</p>"
)
REDESIGNED = f"<html><body><main><article>{DISCLOSURE}{STORY}</article></main></body></html>"
URL = "https://www.engadget.com/watch-review-123.html"
ON = date(2022, 6, 7)  # while the engadget rule is valid


def test_portable_drop_runs_on_the_generic_body_when_the_body_selector_misses() -> None:
    article = extract_article(REDESIGNED, URL, fetched=ON)
    assert article.site == "generic"
    assert "All products recommended by Engadget" not in article.articleBody
    assert [r.cleaner for r in article.removed if r.kind.value == "affiliate"] == [
        "engadget:portable"
    ]


def test_notes_say_which_parts_of_the_missed_rule_ran() -> None:
    article = extract_article(REDESIGNED, URL, fetched=ON)
    notes = article.notes
    assert article.siteRuleMissed == "engadget"
    assert any(
        note.startswith("site-rule-partial: engadget@2021-01-01..2024-01-01 ran 2 portable drops")
        for note in notes
    )


def test_portable_drops_do_not_touch_another_sites_pages() -> None:
    article = extract_article(REDESIGNED, "https://example.org/watch-review", fetched=ON)
    assert "All products recommended by Engadget" in article.articleBody
    assert (article.notes, article.siteRuleMissed) == ([], None)


def test_a_missed_rule_without_portable_drops_is_named_by_the_field_alone() -> None:
    url = "https://techcrunch.com/2024/06/01/a-story/"
    article = extract_article(REDESIGNED, url, fetched=date(2024, 6, 1))
    assert (article.siteRuleMissed, article.notes) == ("techcrunch", [])
