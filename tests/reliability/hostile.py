"""Hostile pages built to exhaust time, memory or the stack of the extractor.

Each builder returns the page as a string. Sizes sit just under or well past the bounds
in `cleaners.document` (`MAX_DOCUMENT_BYTES`, `MAX_ELEMENTS`, `MAX_DEPTH`), so a test
sees both sides: a page the extractor must still handle in bounded time, and one it must
refuse with `TooLarge` rather than grind through.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaners.document import MAX_DOCUMENT_BYTES, MAX_ELEMENTS

SENTENCE = "Regulators in Brussels said on Tuesday that the rules, agreed last year, apply now. "
PARAGRAPH = f"<p>{SENTENCE * 4}</p>"
ARTICLE = PARAGRAPH * 6
UNDER_LIMIT = MAX_ELEMENTS - 2_000  # room for the page's own few elements


def page(inner: str, *, before: str = "", head: str = "") -> str:
    """An article page whose body holds `inner` after six real paragraphs."""
    return (
        f"<!DOCTYPE html><html><head><title>Hostile page</title>{head}</head>"
        f"<body>{before}<article>{ARTICLE}{inner}</article></body></html>"
    )


def nested(tag: str, depth: int, core: str = "deep text") -> str:
    return f"<{tag}>" * depth + core + f"</{tag}>" * depth


HOSTILE_PAGES: dict[str, Callable[[], str]] = {
    # depth: libxml2 stops reading the page at 2,048 levels
    "nested divs, 100,000 levels": lambda: page(nested("div", 100_000)),
    "nested divs, 2,040 levels": lambda: page(nested("div", 2_040)),
    "nested spans, 2,000 levels": lambda: page(nested("span", 2_000)),
    "nested blockquotes, 2,000 levels": lambda: page(nested("blockquote", 2_000)),
    "nested sections holding a promo, 1,500 levels": lambda: page(
        nested("section", 1_500, "Sign up today for our free newsletter")
    ),
    "nested lists, 2,000 levels": lambda: page(nested("ul", 2_000, "<li>item</li>")),
    "nested tables, 1,000 levels": lambda: page(
        "<table><tr><td>" * 1_000 + "cell" + "</td></tr></table>" * 1_000
    ),
    "unclosed tags, 50,000": lambda: page("<div><span><b><i>" * 12_500),
    "deep chain over a wide base": lambda: page(nested("div", 500, "<p>x</p>" * UNDER_LIMIT)),
    # element count
    "a million tiny elements": lambda: page("<b>x</b>" * 1_000_000),
    "a million empty divs before the article": lambda: page("", before="<div></div>" * 1_000_000),
    "tiny inline elements, just under the element limit": lambda: page("<b>x</b>" * UNDER_LIMIT),
    "tiny paragraphs, just under the element limit": lambda: page("<p>x</p>" * UNDER_LIMIT),
    "empty divs in the page, just under the element limit": lambda: page(
        "", before="<div class='ad'></div>" * UNDER_LIMIT
    ),
    "links, just under the element limit": lambda: page(
        "<p>" + "<a href='/a'>link</a> " * UNDER_LIMIT + "</p>"
    ),
    "related-link lists, just under the element limit": lambda: page(
        ("<h3>Related</h3><ul>" + "<li><a href='/x'>A headline</a></li>" * 4 + "</ul>")
        * (UNDER_LIMIT // 10)
    ),
    "real paragraphs, just under the element limit": lambda: (
        "<html><body><div>" + PARAGRAPH * (UNDER_LIMIT // 2) + "</div></body></html>"
    ),
    # size of attributes and text
    "megabyte attributes": lambda: page(
        f'<div class="{"a" * 1_000_000}">t</div><img src="/{"b" * 1_000_000}">'
        f'<a href="{"javascript:" * 100_000}">x</a><p style="{"x:y;" * 250_000}">t</p>'
    ),
    "megabyte text node": lambda: page(f"<p>{'word ' * 200_000}</p>"),
    "megabyte word": lambda: page(f"<p>{'x' * 1_000_000}</p>"),
    "megabyte of entities": lambda: page(f"<p>{'&amp;&#x41;&lt;' * 100_000}</p>"),
    "text just under the byte limit": lambda: page(
        f"<p>{SENTENCE * ((MAX_DOCUMENT_BYTES - 10_000) // len(SENTENCE))}</p>"
    ),
    "text past the byte limit": lambda: page(f"<p>{'x' * MAX_DOCUMENT_BYTES}</p>"),
    "megabyte JSON-LD": lambda: page(
        "",
        head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"'
        + "h" * 1_000_000
        + '"}</script>',
    ),
    "JSON-LD nested 100,000 deep": lambda: page(
        "", head='<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    ),
    "JSON-LD headline nested 900 lists deep": lambda: page(
        "",
        head='<script type="application/ld+json">{"@type":"NewsArticle","headline":'
        + "[" * 900
        + '"h"'
        + "]" * 900
        + "}</script>",
    ),
    # pathological class names and text for the regular expressions
    "pathological class names": lambda: page(
        f'<div class="{"-" * 100_000}">t</div><div class="{"ad-" * 50_000}">t</div>'
        f'<div class="{"a " * 100_000}">t</div><div id="{"related_" * 50_000}">t</div>'
    ),
    "pathological promo text": lambda: page(
        "".join(
            f"<p>{text}</p>"
            for text in (
                "sign up " + "for " * 5_000,
                "want more" + " a" * 5_000 + "?",
                "follow " + "a." * 5_000,
                "don't miss " + "x " * 5_000,
                "be the first to know" + " ," * 5_000,
            )
        )
    ),
    "pathological hidden styles": lambda: page(
        f'<div style="{"display " * 100_000}:">t</div><div style="{" " * 100_000}">t</div>'
    ),
    "pathological dates": lambda: page(
        "",
        head="".join(
            f'<meta property="article:published_time" content="{value}">'
            for value in ("1" * 99, "9" * 10 + "." + "9" * 88, "-" * 99, "2020-" * 19)
        ),
    ),
    "pathological charset declaration": lambda: "<meta charset='" + "a" * 100_000 + "'>" + page(""),
}


def case_names() -> list[str]:
    return list(HOSTILE_PAGES)
