"""Fixture cases: saved pages and the items they must give.

One case is two files, `tests/fixtures/<site>/<yyyy-mm-dd>-<slug>.html.gz` (the page's bytes as
served, gzipped) and `<same>.json`:

    {"url": ..., "fetched": "yyyy-mm-dd",
     "expected": Article.to_dict() with sorted keys,
     "must_not_contain": [boilerplate seen on the page], "must_contain": [article text]}

The fetch date picks the site rule version. `python -m tests.add_fixture` adds a case and
`python -m tests.update_fixtures` rewrites the expectations; both go through this module, as
do the tests, so the three agree on what a case is.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from cleaners import Article, extract_article

FIXTURES = Path(__file__).parent / "fixtures"
HTML_SUFFIX = ".html.gz"
# Text fields of an item: boilerplate (a bio, a promo) belongs in none of them.
TEXT_FIELDS = ("articleBody", "headline", "description")
MIN_TRACE_LINE = 20  # shorter lines of a removed block ("- X", "Share") also occur in prose


@dataclass(frozen=True)
class Case:
    json_path: Path

    @property
    def html_path(self) -> Path:
        return self.json_path.with_name(self.json_path.name.removesuffix(".json") + HTML_SUFFIX)

    @property
    def site(self) -> str:
        return self.json_path.parent.name

    @property
    def id(self) -> str:
        return f"{self.site}/{self.json_path.stem}"

    def data(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.json_path.read_text(encoding="utf-8"))
        return loaded

    @property
    def url(self) -> str:
        return str(self.data()["url"])

    @property
    def fetched(self) -> date:
        return date.fromisoformat(self.data()["fetched"])

    def html(self) -> bytes:
        return gzip.decompress(self.html_path.read_bytes())


def all_cases(site: str | None = None) -> list[Case]:
    """Every case (of one site), in name order; a `.json` without its page is no case."""
    pattern = f"{site}/*.json" if site else "*/*.json"
    found = (Case(path) for path in sorted(FIXTURES.glob(pattern)))
    return [case for case in found if case.html_path.exists()]


def extract_case(case: Case) -> Article:
    return extract_article(case.html(), case.url, fetched=case.fetched)


@cache
def extracted(json_path: Path) -> dict[str, Any]:
    """The case's item as a dict, extracted once per test session."""
    return item_dict(extract_case(Case(json_path)))


def item_dict(article: Article) -> dict[str, Any]:
    """`Article.to_dict()` as a case stores it: keys sorted, JSON types only."""
    data: dict[str, Any] = json.loads(json.dumps(article.to_dict(), sort_keys=True))
    return data


def leaks(
    item: dict[str, Any], strings: list[str], fields: tuple[str, ...] = ("articleBody",)
) -> list[str]:
    """The strings that occur in one of the item's `fields` (by default the body)."""
    texts = [str(item.get(name) or "") for name in fields]
    return [s for s in strings if any(s in text for text in texts)]


def returning_boilerplate(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines of blocks `old` removed that `new` has back in its body."""
    old_body, new_body = old.get("articleBody", ""), new.get("articleBody", "")
    back = []
    for removal in old.get("removed", []):
        for line in removal.get("text", "").split("\n"):
            line = line.removeprefix("- ").strip()
            if len(line) >= MIN_TRACE_LINE and line in new_body and line not in old_body:
                back.append(line)
    return list(dict.fromkeys(back))


def write_case(case: Case, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)
    case.json_path.write_text(text + "\n", encoding="utf-8")
