"""`presswash report PAGE`, checked on the report's DOM: every traced removal is marked
and nothing else is, the marks sit on the removed blocks, and nothing of an untrusted
page can run or load when the report is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import HtmlElement

from cleaners import extract_article
from cleaners.text import normalise
from presswash.cli import main
from presswash.report.marking import mark_page
from presswash.report.page import page_report
from tests.cases import Case, all_cases, extracted
from tests.reliability.hostile import ARTICLE, HOSTILE_PAGES
from tests.report_pages import case_report, hostile_page, marked_case, parsed

CASES = all_cases()
ITPRO = next(case for case in CASES if case.site == "itpro")
LOADING_ATTRIBUTES = frozenset(
    {"src", "srcset", "data", "action", "formaction", "poster", "background", "style",
     "xlink:href", "codebase", "longdesc", "usemap", "srcdoc", "ping", "lowsrc", "dynsrc"}
)  # fmt: skip
ACTIVE_TAGS = frozenset(
    {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base",
     "link", "svg", "math", "video", "audio", "source", "img", "picture", "input", "button",
     "textarea", "select", "noscript", "template", "portal"}
)  # fmt: skip


def case_id(case: Case) -> str:
    return case.id


def marks(root: HtmlElement, attribute: str) -> list[HtmlElement]:
    return [node for node in root.iter() if node.get(attribute) is not None]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_report_trace_is_the_extraction_trace(case: Case) -> None:
    traced = sorted(map(str, extracted(case.json_path)["removed"]))
    assert sorted(str(r.to_dict()) for r in marked_case(case).removals) == traced


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_every_removal_is_marked_and_nothing_else(case: Case) -> None:
    marked = marked_case(case)
    root = parsed(case_report(case))
    anchors = [anchor for removal in marked.removals for anchor in removal.anchors]
    assert len(marks(root, "data-pw-removal")) == len(anchors)
    assert len(root.find_class("pw-removed")) == len(anchors)
    targets = {node.get("id") for node in root.find_class("pw-removed") if node.get("id")}
    assert targets == {f"pw-r{n}" for n in range(len(marked.removals))}


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_mark_holds_the_text_its_trace_entry_recorded(case: Case) -> None:
    root = parsed(case_report(case))
    for number, removal in enumerate(marked_case(case).removals):
        if removal.text.startswith("["):  # a textless block, described by tag
            continue
        block = [n for n in root.iter() if n.get("data-pw-removal") == str(number)]
        shown = normalise(" ".join(n.text_content() for n in block))
        first_line = normalise(removal.text.split("\n")[0].removeprefix("- "))[:60]
        assert first_line in shown, f"pw-r{number} ({removal.kind}) does not hold its text"


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_side_panel_lists_removals_in_page_order_linking_to_their_marks(case: Case) -> None:
    root = parsed(case_report(case))
    links = [a.get("href") for a in root.cssselect(".pw-panel .pw-list a")]
    marked = marked_case(case)
    assert links == [f"#pw-r{n}" for n in range(len(marked.removals))]
    marks_in_order = [n.get("id") for n in root.iter() if (n.get("id") or "").startswith("pw-r")]
    assert marks_in_order == [link.removeprefix("#") for link in links]


def test_kept_body_is_outlined() -> None:
    root = parsed(case_report(ITPRO))
    bodies = root.find_class("pw-body")
    assert len(bodies) == 1
    assert "Meta has said it won't sign up" in bodies[0].text_content()


def test_labels_name_cleaner_rule_and_why() -> None:
    root = parsed(case_report(ITPRO))
    removal = marked_case(ITPRO).removals[0]
    label = root.get_element_by_id("pw-r0").find_class("pw-label")[0].text_content()
    assert removal.cleaner in label and removal.rule in label and removal.why in label


def test_extracted_view_holds_the_article_body() -> None:
    root = parsed(case_report(ITPRO))
    view = root.find_class("pw-extracted")[0]
    lines = extracted(ITPRO.json_path)["articleBody"].split("\n")
    assert normalise(lines[-1]) in normalise(view.text_content())


@pytest.fixture(scope="module")
def hostile_report() -> HtmlElement:
    html = hostile_page()
    marked = mark_page(html, "https://news.example.com/a")
    assert any(r.kind.value == "ad-slot" for r in marked.removals)
    report = parsed(page_report(marked, "hostile.html", "https://news.example.com/a"))
    assert "handlers" in report.find_class("pw-page")[0].text_content()  # content stays
    return report


def test_hostile_page_leaves_no_script_or_active_element(hostile_report: HtmlElement) -> None:
    tags = {node.tag for node in hostile_report.iter() if isinstance(node.tag, str)}
    assert tags & ACTIVE_TAGS == {"input"}  # the report's own switch
    assert [n for n in hostile_report.iter("input") if n.get("id") != "pw-as-extracted"] == []


def test_hostile_page_leaves_no_event_handler(hostile_report: HtmlElement) -> None:
    handlers = [(n.tag, a) for n in hostile_report.iter() for a in n.attrib if a.startswith("on")]
    assert handlers == []


def test_hostile_page_leaves_no_remote_load(hostile_report: HtmlElement) -> None:
    loads = [(n.tag, a) for n in hostile_report.iter() for a in n.attrib if a in LOADING_ATTRIBUTES]
    assert loads == []
    metas = [m.get("http-equiv") or m.get("name") or "charset" for m in hostile_report.iter("meta")]
    assert metas == ["charset", "Content-Security-Policy", "referrer", "viewport"]
    csp = hostile_report.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    assert "default-src 'none'" in csp and "script-src" not in csp


def test_hostile_page_links_are_web_links_or_the_reports_own(hostile_report: HtmlElement) -> None:
    hrefs = [a.get("href") for a in hostile_report.iter() if a.get("href") is not None]
    assert "https://ok.example/" in hrefs
    assert [h for h in hrefs if not h.startswith(("https://", "http://", "#pw-"))] == []


def test_hostile_page_cannot_forge_a_mark(hostile_report: HtmlElement) -> None:
    forged = [n for n in hostile_report.iter("p") if "forged mark" in (n.text or "")]
    assert forged and all(n.get("class") is None and n.get("id") is None for n in forged)


def test_report_command_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(ITPRO.html_path), "--url", ITPRO.url, "-o", str(out)]) == 0
    root = parsed(out.read_text(encoding="utf-8"))
    article = extract_article(ITPRO.html(), ITPRO.url)
    assert len(root.cssselect(".pw-panel .pw-list a")) == len(article.removed)


def test_report_command_names_an_unreadable_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    assert main(["report", str(missing), "-o", str(tmp_path / "r.html")]) == 1
    assert str(missing) in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


DEEP_PAGES = (
    "nested divs, 2,040 levels",
    "nested sections holding a promo, 1,500 levels",
    "nested blockquotes, 2,000 levels",
    "pathological promo text",
    "pathological hidden styles",
)


@pytest.mark.parametrize("name", DEEP_PAGES)
def test_report_of_a_deeply_nested_or_pathological_page_marks_every_removal(name: str) -> None:
    marked = mark_page(HOSTILE_PAGES[name](), "https://news.example.com/a")
    root = parsed(page_report(marked, "hostile.html", None))
    anchors = [anchor for removal in marked.removals for anchor in removal.anchors]
    assert len(marks(root, "data-pw-removal")) == len(anchors)
    assert root.find(".//script") is None


def test_removed_element_of_a_dropped_tag_stays_as_a_marked_placeholder() -> None:
    page = f"<html><body><article>{ARTICLE}<xmp hidden>old markup</xmp></article></body></html>"
    marked = mark_page(page, "https://news.example.com/a")
    assert [r.rule for r in marked.removals] == ["[hidden]"]
    root = parsed(page_report(marked, "page.html", None))
    shown = root.find_class("pw-removed")
    assert len(shown) == 1 and shown[0].get("id") == "pw-r0"
    assert shown[0].text_content().endswith("[xmp]")
