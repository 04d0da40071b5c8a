"""The trace tells the truth: one entry per removed block, the token that matched, the
rule's reason, some text for every entry, and the guard's refusals on the item."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cleaners import extract_article
from cleaners.article import Refusal
from cleaners.cleaning import Found, apply, find_matches
from cleaners.generic.chrome import CHROME
from cleaners.kinds import Kind
from cleaners.rules import DropRule, Match, Page, rule_cleaner
from cleaners.sites import SiteRegistry, SiteRule
from presswash.cli import main
from tests.cases import Case, all_cases, extracted
from tests.helpers import html

PROSE = "<p>" + "Regulators in Brussels weighed the new rules for model makers. " * 6 + "</p>"


def test_inner_match_found_first_is_not_traced_inside_its_ancestor() -> None:
    body = html(f'{PROSE}<div class="box"><p class="inner">Sign up for our newsletter</p></div>')
    inner, outer = body.find_class("inner")[0], body.find_class("box")[0]
    found = [
        Found("first", Match(inner, Kind.SIGNUP_PROMO, "inner")),
        Found("second", Match(outer, Kind.RELATED_LINKS, "outer")),
    ]
    trace = apply(body, found, protect=body)
    assert [(r.cleaner, r.rule) for r in trace] == [("second", "outer")]


def test_inner_match_still_goes_when_the_guard_keeps_its_ancestor() -> None:
    body = html(f'<div class="wrap">{PROSE * 2}<p class="inner">Sign up today</p></div><p>x</p>')
    inner, wrap = body.find_class("inner")[0], body.find_class("wrap")[0]
    found = [
        Found("first", Match(inner, Kind.SIGNUP_PROMO, "inner")),
        Found("second", Match(wrap, Kind.RELATED_LINKS, "wrap")),
    ]
    assert [r.rule for r in apply(body, found, protect=body)] == ["inner"]


def test_token_rule_id_names_the_token_that_matched() -> None:
    body = html(f'{PROSE}<div class="ad-slot">Advertisement</div>')
    trace = apply(body, find_matches(body, [CHROME], Page()), protect=body)
    assert [r.rule for r in trace] == ["class~ad-slot"]


def test_removal_carries_the_rule_why() -> None:
    rule = DropRule(Kind.AUTHOR_BIO, ".bio", why="the author box under every story")
    body = html(f'{PROSE}<div class="bio">Jane writes about chips.</div>')
    trace = apply(body, find_matches(body, [rule_cleaner("site", [rule])], Page()), protect=body)
    assert [r.why for r in trace] == ["the author box under every story"]
    assert trace[0].to_dict()["why"] == "the author box under every story"


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ('<div class="x"><img src="a.png" alt="Share on X"></div>', "[image: Share on X]"),
        ('<div class="x"><img src="a.png"><img src="b.png"></div>', "[2 images]"),
        ('<div class="x"><video src="v.mp4"></video></div>', "[<video>]"),
        ('<div class="x"> </div>', "[empty <div>]"),
    ],
)
def test_textless_removal_says_what_the_block_was(fragment: str, expected: str) -> None:
    body = html(PROSE + fragment)
    rule = DropRule(Kind.MEDIA_EMBED, ".x")
    trace = apply(body, find_matches(body, [rule_cleaner("site", [rule])], Page()), protect=body)
    assert [r.text for r in trace] == [expected]


@pytest.mark.parametrize("case", all_cases(), ids=lambda case: case.id)
def test_fixture_traces_have_text_and_no_nested_duplicates(case: Case) -> None:
    removed = extracted(case.json_path)["removed"]
    assert [r for r in removed if not r["text"]] == []
    texts = [r["text"] for r in removed if len(r["text"]) > 40]
    assert len(texts) == len(set(texts)), "a block traced twice (once inside its ancestor)"


GUARDED_PAGE = (
    '<html><body><article><div class="story-wrap">'
    + PROSE * 3
    + "</div><p>A closing line of the story that ends here.</p></article></body></html>"
)
GREEDY_RULE = SiteRule(
    "example",
    ("example.com",),
    body="article",
    drops=(DropRule(Kind.RELATED_LINKS, ".story-wrap", why="a wrapper misread as a rail"),),
)


def test_guard_refusal_is_a_note_on_the_item_not_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        article = extract_article(
            GUARDED_PAGE, "https://example.com/a", site_rules=SiteRegistry([GREEDY_RULE])
        )
    notes = [n for n in article.notes if n.startswith("guard-kept: related-links by example")]
    assert notes and ".story-wrap" in notes[0]
    assert [r for r in caplog.records if "guard" in r.getMessage()] == []


def test_guard_refusal_is_a_structured_record() -> None:
    body = html(GUARDED_PAGE)
    refused: list[Refusal] = []
    cleaner = rule_cleaner("example", GREEDY_RULE.drops)
    apply(body, find_matches(body, [cleaner], Page()), protect=body, refused=refused)
    assert [(r.removal.rule, r.removal.why) for r in refused] == [
        (".story-wrap", "a wrapper misread as a rail")
    ]
    assert refused[0].chars > refused[0].scope_chars / 2


def test_explain_shows_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    ad = '<div class="ad-slot">Advertisement</div>'
    page.write_text(f"<html><body><article>{PROSE}{ad}</article></body></html>")
    assert main(["extract", str(page), "--explain"]) == 0
    err = capsys.readouterr().err
    assert "class~ad-slot" in err
    assert "why: ad slots and sponsored units" in err
