"""The column of sections a body is one of, on a page built of sections.

A service page stacks its sections as siblings (or cousins, each in its own wrappers):
a hero with a few paragraphs, then "what we do", "how it works", "pricing", each a
heading, a few sentences and a call to action, between the site's header and footer.
The locator takes the longest one, usually the hero, and no ancestor of it holds the
others without also holding the header, the footer or a rail.

So from the body upwards, each level's siblings are read as one of:

- a **section**: a heading and prose (at least `MIN_SECTION_CHARS` unlinked), with under
  `SECTION_LINK_DENSITY` of its text in links and headings that link to no other page
  (a block of linked headlines is a teaser list; an accordion's titles, `href="#"`, open
  their answers on this page);
- **short**: a label, a heading alone, a call-to-action band: joins between sections;
- **empty**: no text (pictures, scripts, an unread menu);
- a **stop**: the page's furniture (`nav`, `aside`, `footer`, `form`, blocks named
  footer, sidebar, breadcrumb, cookie, consent, modal, popup or related, readers'
  comments), a list of links, or a long block of prose without a heading (an author's
  bio, a story's sidebar).

In the page's `<main>` (or `role="main"`) only the furniture stops: the page's own
landmark holds no menu or rail, so a block of links there is a band of calls to action or
logos, and prose without a heading a customer's quote; they join as short blocks.

At the first level where the run of siblings around the body, between stops, holds at
least `MIN_SECTIONS` sections besides the body's own block, the run is the body. A level
with a stop and no such run ends the search: the body sits beside furniture, and any
ancestor would hold it. A news story's body is a long block beside its rails, so it
meets a stop before any run of sections.

Fitted on wcxb-dev (service F1 0.685 -> 0.697; articles unchanged; the constants can
move a long way without changing a page), checked on aeb (no page changed).
"""

from __future__ import annotations

import re
from enum import Enum

from lxml.html import HtmlElement

from .body import Measures, wrap_parts
from .text import HEADING_TAGS, class_and_id

MIN_SECTIONS = 2  # other sections beside the body's block: one is a story's aside
MIN_SECTION_CHARS = 100  # unlinked characters of a section: a heading and a sentence
SECTION_LINK_DENSITY = 0.35  # calls to action, not a list of links
MAX_SHORT_CHARS = 150  # a block of prose without a heading this long is no label
MENU_LINK_CHARS = 100  # linked text of a menu, beyond a call to action or two
MAX_LEVELS = 12  # page builders (Webflow, Elementor) wrap a section's text in up to ten blocks
NOWHERE = re.compile(r"javascript:", re.IGNORECASE)  # a toggle's link, run by a script
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form"})
FURNITURE = re.compile(
    r"(?<![a-z0-9])(?:footer|sidebar|breadcrumbs?|cookies?|consent|modal|popup|related)"
    r"(?![a-z0-9])"
)  # not "header": a section's heading block is often called so ("hero-header")


class Part(Enum):
    """What a sibling of the body's block is, in a column of sections."""

    SECTION = "section"
    SHORT = "short"
    EMPTY = "empty"
    STOP = "stop"


def column_of_sections(body: HtmlElement, measures: Measures) -> HtmlElement:
    """The run of sections the body is one of, joined; or the body."""
    node = body
    for _ in range(MAX_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag == "html":
            return body
        siblings = [child for child in parent if isinstance(child.tag, str)]
        parts = [Part.SECTION if s is node else part_of_column(s, measures) for s in siblings]
        if parent.tag == "main" or parent.get("role") == "main":
            parts = [
                Part.SHORT if p is Part.STOP and not _is_furniture(s, measures) else p
                for s, p in zip(siblings, parts, strict=True)
            ]
        run = _run_around(siblings.index(node), parts)
        if sum(parts[i] is Part.SECTION for i in run) - 1 >= MIN_SECTIONS:
            if len(run) == len(siblings) and parent.tag != "body":
                return parent
            return wrap_parts([siblings[i] for i in run], measures)
        if Part.STOP in parts or parent.tag == "body":
            return body
        node = parent
    return body


def _run_around(at: int, parts: list[Part]) -> range:
    """The indexes from the first to the last section around `at`, between stops."""
    first = last = at
    while first > 0 and parts[first - 1] is not Part.STOP:
        first -= 1
    while last < len(parts) - 1 and parts[last + 1] is not Part.STOP:
        last += 1
    while first < at and parts[first] is not Part.SECTION:
        first += 1
    while last > at and parts[last] is not Part.SECTION:
        last -= 1
    return range(first, last + 1)


def part_of_column(node: HtmlElement, measures: Measures) -> Part:
    """What `node`, a sibling of the body's block, is in a column of sections."""
    chars = measures.chars.get(node, 0)
    if not chars:
        return Part.EMPTY
    if _is_furniture(node, measures):
        return Part.STOP
    density = measures.link_density(node)
    unlinked = chars * (1 - density)
    if density >= SECTION_LINK_DENSITY:
        calls = chars - unlinked < MENU_LINK_CHARS and unlinked < MAX_SHORT_CHARS
        return Part.SHORT if calls else Part.STOP
    if unlinked < MAX_SHORT_CHARS and (node.tag in HEADING_TAGS or unlinked < MIN_SECTION_CHARS):
        return Part.SHORT
    headings = list(node.iter(*HEADING_TAGS))
    if not headings:
        return Part.SHORT if unlinked < MAX_SHORT_CHARS else Part.STOP
    linked = sum(1 for heading in headings if _is_linked(heading))
    return Part.STOP if 2 * linked > len(headings) else Part.SECTION


def _is_furniture(node: HtmlElement, measures: Measures) -> bool:
    return (
        node.tag in FURNITURE_TAGS
        or node in measures.comment_threads
        or bool(FURNITURE.search(class_and_id(node)))
    )


def _is_linked(heading: HtmlElement) -> bool:
    """A heading that links to a page: a teaser's headline, not a section's title.

    An accordion's or a tab's title is a link that goes nowhere (`href="#"`, a fragment,
    `javascript:`): it opens the answer below it, on this page.
    """
    parent = heading.getparent()
    links = list(heading.iter("a"))
    if parent is not None and parent.tag == "a":
        links.append(parent)
    return any(_goes_elsewhere(link.get("href")) for link in links)


def _goes_elsewhere(href: str | None) -> bool:
    """Whether a link leads to another page (not a place on this one, not a script)."""
    href = (href or "").strip()
    return bool(href) and not href.startswith("#") and not NOWHERE.match(href)
