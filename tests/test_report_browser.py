"""The page report in a real browser (Debian's headless chromium, offline): it renders,
a side-panel link scrolls its block into view, the switch shows the extracted article,
and a hostile page's report runs no script and requests nothing."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from presswash.report.marking import mark_page
from presswash.report.page import page_report
from presswash.report.palette import colour
from tests.cases import all_cases, extracted
from tests.chromium import CHROMIUM, Chromium
from tests.report_pages import hostile_page

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (.ci/run installs it with apt-get)"
)
ITPRO = next(case for case in all_cases() if case.site == "itpro")
WIDTH, HEIGHT = 1400, 1000
RECT = (
    "(el => {{ const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height] }})"
    "({})"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium(WIDTH, HEIGHT) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def itpro_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    marked = mark_page(ITPRO.html(), ITPRO.url, fetched=ITPRO.fetched)
    path = tmp_path_factory.mktemp("report") / "itpro.html"
    path.write_text(page_report(marked, "itpro.html.gz", ITPRO.url), encoding="utf-8")
    return path


def rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def test_report_renders_every_mark_in_its_kind_colour(
    browser: Chromium, itpro_report: Path, tmp_path: Path
) -> None:
    browser.open(itpro_report)
    shot = tmp_path / "report.png"
    browser.screenshot(shot)
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (WIDTH, HEIGHT)
    shown = browser.evaluate(
        "[...document.querySelectorAll('.pw-removed[id]')].map(el => [el.className,"
        " el.getClientRects().length > 0, getComputedStyle("
        "el.querySelector('.pw-label') || el.previousElementSibling).backgroundColor])"
    )
    assert shown and all(rendered for _, rendered, _ in shown)
    for classes, _, background in shown:
        kind = next(c for c in classes.split() if c.startswith("pw-k-")).removeprefix("pw-k-")
        assert background == rgb(colour(kind))
    panel = browser.evaluate(RECT.format("document.querySelector('.pw-panel')"))
    assert panel[0] < WIDTH and panel[2] > 200  # on screen, on the right


def test_side_panel_link_scrolls_its_block_into_view(browser: Chromium, itpro_report: Path) -> None:
    browser.open(itpro_report)
    links = browser.evaluate("document.querySelectorAll('.pw-list a').length")
    target = f"pw-r{links - 1}"  # the last removal: furthest down the page
    block = f"document.getElementById('{target}')"
    assert browser.evaluate(RECT.format(block))[1] > HEIGHT  # out of view before the click
    link = f"document.querySelector('.pw-list a[href=\"#{target}\"]')"
    browser.evaluate(f"{link}.scrollIntoView()")
    left, top, width, height = browser.evaluate(RECT.format(link))
    browser.click(left + width / 2, top + height / 2)
    assert browser.evaluate("location.hash") == f"#{target}"
    assert 0 <= browser.evaluate(RECT.format(block))[1] < HEIGHT


def test_switch_shows_the_article_as_extracted(browser: Chromium, itpro_report: Path) -> None:
    browser.open(itpro_report)
    left, top, width, height = browser.evaluate(RECT.format("document.querySelector('.pw-button')"))
    browser.click(left + width / 2, top + height / 2)
    display = "getComputedStyle(document.querySelector('{}')).display"
    assert browser.evaluate(display.format(".pw-page")) == "none"
    assert browser.evaluate(display.format(".pw-extracted")) != "none"
    shown = browser.evaluate("document.querySelector('.pw-extracted').innerText")
    last_line = extracted(ITPRO.json_path)["articleBody"].split("\n")[-1]
    assert last_line[:80] in " ".join(shown.split())


def test_hostile_page_report_runs_nothing_and_requests_nothing(
    browser: Chromium, tmp_path: Path
) -> None:
    path = tmp_path / "hostile.html"
    marked = mark_page(hostile_page(), "https://news.example.com/a")
    path.write_text(page_report(marked, "hostile.html", "https://news.example.com/a"), "utf-8")
    browser.call("Network.enable")
    browser.call(
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": "window.__alerts = []; window.alert = m => window.__alerts.push(m);"},
    )
    browser.open(path)
    requested = [
        event["params"]["request"]["url"]
        for event in browser.events
        if event.get("method") == "Network.requestWillBeSent"
    ]
    browser.call("Network.disable")
    assert [url for url in requested if not url.startswith("file://")] == []
    assert browser.evaluate("window.__alerts.length") == 0
    assert browser.evaluate("document.querySelectorAll('.pw-removed').length") > 0
