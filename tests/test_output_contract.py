"""What `extract` promises about its output: separators, clean body HTML, one date precision."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from cleaners import extract_article
from cleaners.dates import to_utc_iso
from cleaners.sanitize import body_html
from cleaners.sites import SiteRegistry, SiteRule
from presswash.cli import main

PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: memory prices fell again this quarter, analysts said, as factories "
    "added capacity faster than demand grew.</p>"
    for n in range(1, 6)
)


def page(headline: str, extra: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>{headline}</title>{head}</head><body><article><h1>{headline}</h1>"
        f"{PARAGRAPHS}{extra}</article></body></html>"
    )


@pytest.fixture
def two_pages(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.html"
        path.write_text(page(f"The {name} story"), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_text_of_several_inputs_starts_each_article_with_its_name(
    two_pages: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "text", *two_pages]) == 0
    out = capsys.readouterr().out
    headers = [line for line in out.splitlines() if line.startswith("==> ")]
    assert headers == [f"==> {name} <==" for name in two_pages]
    assert f"grew.\n\n==> {two_pages[1]} <==\n" in out


def test_html_of_several_inputs_wraps_each_article(
    two_pages: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "html", *two_pages]) == 0
    fragments = lxml.html.fragments_fromstring(capsys.readouterr().out)
    assert [f.get("data-presswash-input") for f in fragments] == two_pages
    assert all(len(f.findall("p")) == 5 for f in fragments)


def test_text_of_one_input_has_no_header(
    two_pages: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "text", two_pages[0]]) == 0
    assert capsys.readouterr().out.startswith("Paragraph 1:")


@pytest.mark.parametrize(
    "markup",
    ["<p></p>", "<p> <br> </p>", '<a href="/x"><span></span></a>', "<ul><li> </li></ul>",
     "<figure><figcaption></figcaption></figure>", "<strong><em> </em></strong>"],
)  # fmt: skip
def test_body_html_drops_elements_without_content(markup: str) -> None:
    body = lxml.html.fragment_fromstring(f"<p>Before</p>{markup}<p>After</p>", create_parent="div")
    assert "".join(body_html(body).split()) == "<p>Before</p><p>After</p>"


def test_body_html_keeps_an_empty_table_cell_and_a_linked_image() -> None:
    body = lxml.html.fragment_fromstring(
        '<table><tr><td></td><td>2</td></tr></table><p><a href="/a"><img src="/i.png"></a></p>',
        create_parent="div",
    )
    html = body_html(body, "https://example.com/")
    assert "<td></td><td>2</td>" in html
    assert '<a href="https://example.com/a"><img src="https://example.com/i.png"></a>' in html


def test_body_html_keeps_the_space_an_empty_element_stood_for() -> None:
    body = lxml.html.fragment_fromstring("<p>two<b> </b>words</p>", create_parent="div")
    assert body_html(body) == "<p>two words</p>"


def test_links_are_absolute_when_the_url_comes_from_the_canonical_link() -> None:
    html = page(
        "Chips get cheaper",
        extra='<p>Read <a href="/reports/q3">the report</a>.</p>',
        head='<link rel="canonical" href="https://news.example.com/2024/chips">',
    )
    article = extract_article(html)  # a saved page, no --url
    assert '<a href="https://news.example.com/reports/q3">' in article.articleBodyHtml


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-05-01T10:00:00.948Z", "2024-05-01T10:00:00+00:00"),
        ("2024-05-01T12:00:00.5+02:00", "2024-05-01T10:00:00+00:00"),
        ("1714557600.75", "2024-05-01T10:00:00+00:00"),
        ("1714557600750", "2024-05-01T10:00:00+00:00"),
        ("Wed, 1 May 2024 06:00:00 EDT", "2024-05-01T10:00:00+00:00"),
    ],
)
def test_dates_are_utc_to_the_second(raw: str, expected: str) -> None:
    assert to_utc_iso(raw) == expected


def test_site_rule_miss_is_a_field_naming_the_rule_not_a_note() -> None:
    rule = SiteRule("chipsnews", ("chips.example",), body="div.story-body-that-moved")
    article = extract_article(
        page("Chips get cheaper"), "https://chips.example/a", site_rules=SiteRegistry([rule])
    )
    assert (article.site, article.siteRuleMissed, article.notes) == ("generic", "chipsnews", [])


def test_site_rule_that_matches_leaves_the_miss_field_empty() -> None:
    rule = SiteRule("chipsnews", ("chips.example",), body="article")
    article = extract_article(
        page("Chips get cheaper"), "https://chips.example/a", site_rules=SiteRegistry([rule])
    )
    assert (article.site, article.siteRuleMissed) == ("chipsnews", None)
