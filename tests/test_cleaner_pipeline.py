"""Cleaners configured the Scrapy way: `{dotted path: priority}` over the defaults, None off."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from cleaners import extract_article, generic
from cleaners.pipeline import (
    DEFAULT_CLEANERS,
    CleanerConfigError,
    build_cleaners,
    load_cleaner,
    merged,
)
from cleaners.sites import SiteRegistry, SiteRule
from presswash.cli import main

from .guide_example import PATH, write_example_package

PROMO = "Follow us on Twitter for more."
REPRINT = "This story first appeared in our Weekly Chips newsletter."
PAGE = (
    "<html><head><title>Chips get cheaper</title></head><body><article><h1>Chips get cheaper</h1>"
    + "".join(
        f"<p>Paragraph {n}: memory prices fell again this quarter, analysts said, as "
        "factories added capacity faster than demand grew.</p>"
        for n in range(1, 6)
    )
    + f"<p>{PROMO}</p><p>{REPRINT}</p></article></body></html>"
)
URL = "https://chips.example/2024/05/01/chips-get-cheaper"


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Path]:
    """The guide's worked example, importable as `mypackage.cleaners`."""
    directory = write_example_package(tmp_path / "site-packages")
    sys.path.insert(0, str(directory))
    yield directory
    sys.path.remove(str(directory))
    for name in [m for m in sys.modules if m.split(".")[0] == "mypackage"]:
        del sys.modules[name]


def body(settings: dict[str, int | None] | None = None) -> str:
    return extract_article(PAGE, URL, cleaners=build_cleaners(settings)).articleBody


def test_defaults_are_the_generic_cleaners_in_their_order() -> None:
    loaded = build_cleaners()
    hint = "a cleaner added to generic.BODY_CLEANERS needs its line in pipeline.DEFAULT_CLEANERS"
    assert [type(c) for c in loaded] == [type(c) for c in generic.BODY_CLEANERS], hint
    assert [c.name for c in loaded] == [c.name for c in generic.BODY_CLEANERS], hint


def test_default_extraction_removes_the_promo() -> None:
    assert PROMO not in body()


def test_none_switches_a_default_cleaner_off() -> None:
    assert PROMO in body({"cleaners.generic.promos.TextPromoCleaner": None})


def test_a_new_priority_moves_a_cleaner() -> None:
    order = merged({"cleaners.generic.bio.AuthorBioCleaner": 50})
    assert order[0] == "cleaners.generic.bio.AuthorBioCleaner"
    assert len(order) == len(DEFAULT_CLEANERS)


def test_guide_example_added_by_dotted_path_runs_at_its_priority(example: Path) -> None:
    article = extract_article(PAGE, URL, cleaners=build_cleaners({PATH: 450}))
    assert REPRINT not in article.articleBody
    assert ("first-appeared", "signup-promo") in {
        (r.cleaner, r.kind.value) for r in article.removed
    }
    assert merged({PATH: 450}).index(PATH) == 4  # after furniture (400), before promos (500)


def test_guide_example_keeps_a_long_paragraph_about_a_newsletter(example: Path) -> None:
    story = "This story first appeared in our newsletter, " + "and then it grew. " * 20
    page = PAGE.replace(f"<p>{REPRINT}</p>", f"<p>{story}</p>")
    assert (
        "and then it grew"
        in extract_article(page, URL, cleaners=build_cleaners({PATH: 1})).articleBody
    )


def test_site_rule_code_cleaner_runs_on_that_site_only(example: Path) -> None:
    from mypackage.cleaners import FirstAppearedCleaner  # type: ignore[import-not-found]

    rule = SiteRule(
        "weeklychips", ("chips.example",), body="article", cleaners=(FirstAppearedCleaner(),)
    )
    registry = SiteRegistry([rule])
    on_site = extract_article(PAGE, URL, site_rules=registry)
    elsewhere = extract_article(PAGE, "https://other.example/a", site_rules=registry)
    assert (REPRINT in on_site.articleBody, REPRINT in elsewhere.articleBody) == (False, True)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("nosuchpackage.Cleaner", "cannot be imported"),
        ("cleaners.generic.promos.NoSuchCleaner", "cannot be imported"),
        ("json.dumps", "needs a `name` and a `find(root, page)`"),
        ("Cleaner", "not a dotted path"),
    ],
)
def test_a_bad_path_is_a_config_error(path: str, message: str) -> None:
    with pytest.raises(CleanerConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_cleaner(path)


def test_a_priority_that_is_no_number_is_a_config_error() -> None:
    with pytest.raises(CleanerConfigError, match="not a whole number"):
        build_cleaners({"cleaners.generic.bio.AuthorBioCleaner": "early"})  # type: ignore[dict-item]


def test_entry_point_plugin_runs_at_its_priority_and_can_be_switched_off(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugin = EntryPoint(
        "first-appeared", "mypackage.cleaners:FirstAppearedCleaner", "presswash.cleaners"
    )
    monkeypatch.setattr(
        "cleaners.pipeline.entry_points",
        lambda group: [plugin] if group == "presswash.cleaners" else [],
    )
    assert merged({}).index(PATH) == 4  # its `priority` attribute: 450
    assert (
        REPRINT
        not in extract_article(PAGE, URL, cleaners=build_cleaners({"x.y": None})).articleBody
    )
    assert PATH not in merged({PATH: None})


def test_cli_cleaners_option_adds_and_switches_off(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    settings = json.dumps({PATH: 450, "cleaners.generic.promos.TextPromoCleaner": None})
    assert main(["extract", str(page), "--url", URL, "--cleaners", settings]) == 0
    item = json.loads(capsys.readouterr().out)
    assert (PROMO in item["articleBody"], REPRINT in item["articleBody"]) == (True, False)


def test_cli_cleaners_option_with_a_bad_path_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "-", "--cleaners", '{"nosuch.Cleaner": 1}']) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("presswash: --cleaners: 'nosuch.Cleaner': cannot be imported")
