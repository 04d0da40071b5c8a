"""Read the page's JSON-LD article object, tolerating what real pages ship.

Pages wrap the article in `@graph`, in lists, under `mainEntity`, with `@type` as a list;
some blocks are not valid JSON (trailing commas, raw newlines in strings, HTML comments).
A block that does not parse is skipped, never fatal.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
     "scholarlyarticle", "report", "liveblogposting", "socialmediaposting", "review",
     "advertisercontentarticle", "satiricalarticle", "webpage", "medicalwebpage"}
)  # fmt: skip
WEBPAGE_TYPES = frozenset({"webpage", "medicalwebpage"})
TRAILING_COMMA = re.compile(r",\s*([}\]])")
HTML_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
MAX_NESTING = 64  # real blocks nest under ten levels; readers recurse, so deeper is refused
JsonObject = dict[str, Any]


def _load(raw: str) -> Any:
    raw = HTML_COMMENT.sub("", raw.strip())
    try:
        return json.loads(raw, strict=False)
    except json.JSONDecodeError:
        return json.loads(TRAILING_COMMA.sub(r"\1", raw), strict=False)


def nesting_depth(value: Any) -> int:
    """How deep lists and objects nest in a parsed JSON value, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in value)
    return deepest


def _objects(value: Any) -> Iterator[JsonObject]:
    """Every JSON object in a JSON-LD document, graphs and nested entities included."""
    if isinstance(value, list):
        for item in value:
            yield from _objects(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in value:
                yield from _objects(value[key])


def types_of(obj: JsonObject) -> set[str]:
    kinds = obj.get("@type", ())
    if isinstance(kinds, str):
        kinds = [kinds]
    return {str(kind).lower().rsplit("/", 1)[-1] for kind in kinds if kind}


def read_json_ld(root: HtmlElement) -> list[JsonObject]:
    """All JSON-LD objects of the page, in document order."""
    return json_ld_in(root.iter("script"))  # ElementPath's `[@type]` test runs in Python


def json_ld_in(scripts: Iterable[HtmlElement]) -> list[JsonObject]:
    """The JSON-LD objects of these script elements, in their order."""
    found: list[JsonObject] = []
    for script in scripts:
        kind = script.get("type")
        if kind is None or "ld+json" not in kind.lower() or not script.text:
            continue
        try:
            value = _load(script.text)
        except (json.JSONDecodeError, RecursionError) as exc:
            logger.debug("skipped JSON-LD block that does not parse: %s", exc)
            continue
        if nesting_depth(value) > MAX_NESTING:
            logger.debug("skipped JSON-LD block nested over %d levels", MAX_NESTING)
            continue
        found.extend(_objects(value))
    return found


def article_object(objects: list[JsonObject]) -> JsonObject | None:
    """The object describing the article: a NewsArticle-like type beats a WebPage."""
    best: JsonObject | None = None
    for obj in objects:
        kinds = types_of(obj) & ARTICLE_TYPES
        if not kinds:
            continue
        if kinds - WEBPAGE_TYPES and (obj.get("headline") or obj.get("articleBody")):
            return obj
        if best is None or (kinds - WEBPAGE_TYPES and not types_of(best) - WEBPAGE_TYPES):
            best = obj
    return best


def index_by_id(objects: list[JsonObject]) -> dict[str, JsonObject]:
    """The page's JSON-LD objects by `@id`, for following references (the first wins)."""
    index: dict[str, JsonObject] = {}
    for obj in objects:
        key = obj.get("@id")
        if isinstance(key, str) and len(obj) > 1:
            index.setdefault(key, obj)
    return index


def resolve(value: Any, index: dict[str, JsonObject]) -> Any:
    """`value` with references (`{"@id": ...}` alone) replaced by the objects they name.

    Yoast and other WordPress plugins write the article's image, author and publisher as
    references into `@graph` (`{"@id": "https://site/post/#primaryimage"}`).
    """
    if isinstance(value, list):
        return [resolve(item, index) for item in value]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        key = value.get("@id")
        return index.get(key, value) if isinstance(key, str) else value
    return value
