"""Unlabelled link blocks and author bios: found by shape and by the page's own author names."""

from __future__ import annotations

import pytest

from cleaners.generic.bio import AuthorBioCleaner
from cleaners.generic.links import LinkBlockCleaner
from cleaners.rules import Page
from tests.helpers import body_text, html, removed_kinds

LINKS = [LinkBlockCleaner()]
PROSE = "<p>The regulator published its decision on Tuesday, after a two-year inquiry.</p>"


def link_list(*titles: str) -> str:
    items = "".join(f'<li><a href="/story-{n}">{title}</a></li>' for n, title in enumerate(titles))
    return f"<ul>{items}</ul>"


STORIES = link_list(
    "The UK government is working with Meta on AI",
    "Meta faces new open washing accusations",
    "Meta is working on a 5GW data center",
)


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("<h3>MORE FROM ITPRO</h3>", "more-from-links"),
        ("<p><strong>More from The Verge</strong></p>", "more-from-links"),
        ("<h2>Related</h2>", "related-links"),
        ("<p><b>Read more:</b></p>", "related-links"),
        ("<h3>You might also like</h3>", "related-links"),
        ("<h4>Latest news</h4>", "latest-news-list"),
        ("<h3>Trending</h3>", "latest-news-list"),
        ("<h3>Our other coverage</h3>", "related-links"),
    ],
)
def test_short_heading_and_list_of_links_removed_together(lead: str, kind: str) -> None:
    body = html(PROSE + lead + STORIES)
    assert removed_kinds(body, LINKS) == [kind]
    assert (
        body_text(body)
        == "The regulator published its decision on Tuesday, after a two-year inquiry."
    )


def test_heading_with_id_slugged_from_its_text_still_leads_its_block() -> None:
    body = html(PROSE + '<h3 id="more-from-itpro-3">MORE FROM ITPRO</h3>' + STORIES)
    assert removed_kinds(body, LINKS) == ["more-from-links"]


def test_list_of_sources_with_prose_items_is_kept() -> None:
    sources = (
        "<ul><li>The <a href='/r'>report</a> was written by three universities over two years.</li>"
        "<li>The court <a href='/j'>judgment</a> runs to 200 pages and is under appeal.</li></ul>"
    )
    body = html("<h3>Sources</h3>" + sources)
    assert removed_kinds(body, LINKS) == []


def test_list_of_links_under_a_long_sentence_is_kept() -> None:
    lead = (
        "<p>The three filings below, published by the court this week, set out the case "
        "each side will make when the trial opens in March:</p>"
    )
    body = html(lead + link_list("Plaintiff's complaint", "Defendant's motion", "Court order"))
    assert removed_kinds(body, LINKS) == []


def test_single_link_item_is_no_block() -> None:
    body = html("<h3>Related</h3>" + link_list("One story only"))
    assert removed_kinds(body, LINKS) == []


def test_read_more_line_removed_but_sentence_with_a_link_kept() -> None:
    body = html(
        '<p>Read more: <a href="/x">Why chip prices are falling</a></p>'
        '<p>Related work by <a href="/y">the same lab</a> found a similar effect in mice, '
        "the authors said, though with a much smaller sample.</p>"
    )
    assert removed_kinds(body, LINKS) == ["related-links"]
    assert "Related work by the same lab" in body_text(body)


AUTHOR = Page(author_names=("Emma Woollacott",))
BIO = "Emma Woollacott is a freelance journalist writing for publications including the BBC."


@pytest.mark.parametrize(
    "fragment",
    [
        f"<p>{BIO}</p>",
        f"<div><p>{BIO}</p></div>",
        "<p>About the author Emma Woollacott has covered technology for 20 years.</p>",
        "<p>Emma Woollacott, a freelance journalist, writes for Forbes and the BBC.</p>",
        "<p>ABOUT THE AUTHOR EMMA WOOLLACOTT is a freelance journalist.</p>",
    ],
)
def test_bio_opening_with_the_credited_author_removed(fragment: str) -> None:
    body = html(PROSE + fragment)
    assert removed_kinds(body, [AuthorBioCleaner()], AUTHOR) == ["author-bio"]
    assert "freelance" not in body_text(body)


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>Henna Virkkunen is the Commission vice-president responsible for tech sovereignty.</p>",
        "<p>Asked about the ruling, Emma Woollacott's source said nothing had changed.</p>",
        "<p>The interview was conducted by Emma Woollacott, who has covered the EU for years.</p>",
    ],
)
def test_paragraph_about_someone_else_or_not_opening_with_the_author_kept(fragment: str) -> None:
    body = html(fragment)
    assert removed_kinds(body, [AuthorBioCleaner()], AUTHOR) == []


def test_no_author_names_means_no_bio_guess() -> None:
    body = html(f"<p>{BIO}</p>")
    assert removed_kinds(body, [AuthorBioCleaner()], Page()) == []


@pytest.mark.parametrize(
    ("author", "bio", "other"),
    [
        (
            "Anna Berger",
            "Anna Berger ist Reporterin für Wirtschaft und Technik bei der Zeitung.",
            "Jonas Weber ist Reporter und war am Abend vor Ort, als die Halle geräumt wurde.",
        ),
        (
            "Kari Nordmann",
            "Kari Nordmann er journalist i nyhetsavdelingen og skriver om teknologi.",
            "Ola Hansen er journalist, men han var ikke til stede da vedtaket ble gjort.",
        ),
        (
            "Lucía Pérez",
            "Lucía Pérez es periodista y escribe sobre ciencia y tecnología.",
            "Marta Gómez es periodista y contó a la policía lo que vio aquella noche.",
        ),
    ],
)
def test_bio_in_another_language_removed_and_a_paragraph_about_someone_else_kept(
    author: str, bio: str, other: str
) -> None:
    body = html(f"{PROSE}<p>{other}</p><p>{bio}</p>")
    assert removed_kinds(body, [AuthorBioCleaner()], Page(author_names=(author,))) == ["author-bio"]
    assert other in body_text(body)
