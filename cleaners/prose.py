"""How much of the page's prose the located body holds, and widening it when too little.

The locator scores a container by the text blocks of its children and grandchildren, so
an article built from many sibling widgets (page builders put each paragraph group in
its own deeply nested block) can lose to its biggest part: the body then holds a tenth of
the story. Every element's share of the page's unlinked prose tells when that happened:
an ancestor holding most of the page's prose, with few links, is the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml.html import HtmlElement

if TYPE_CHECKING:
    from .body import Measures

# Fitted on wcxb-dev and aeb articles (raw text of each ancestor against the truth): below
# this share the body is likely a fragment; aeb bodies at 0.3-0.45 of their page's prose
# are whole articles beside prose-rich rails, whose ancestors hold those rails' links.
FRAGMENT_SHARE = 0.45
MIN_GAIN = 1.5  # the ancestor must hold this many times the body's prose...
MIN_ANCESTOR_SHARE = 0.5  # ...and at least this share of the page's
MAX_ANCESTOR_LINK_DENSITY = 0.1  # an ancestor with more links has gathered rails and menus
NOTE_SHARE = 0.25  # a body still holding less than this is noted on the item


def add_prose(block: HtmlElement, chars: float, prose: dict[HtmlElement, float]) -> None:
    """Credit a text block's unlinked characters to it and to every ancestor."""
    prose[block] = prose.get(block, 0.0) + chars
    for ancestor in block.iterancestors():
        prose[ancestor] = prose.get(ancestor, 0.0) + chars


def prose_of(node: HtmlElement, prose: dict[HtmlElement, float]) -> float:
    """A node's prose; a wrapper the locator built holds its parts' prose."""
    if node in prose:
        return prose[node]
    return sum(prose.get(child, 0.0) for child in node)


def reach_prose(
    body: HtmlElement,
    prose: dict[HtmlElement, float],
    measures: Measures,
    root: HtmlElement,
    notes: list[str] | None,
) -> HtmlElement:
    """The body, or the nearest ancestor that holds the article the body is a part of."""
    total = prose.get(root, 0.0)
    if not total:
        return body
    share = prose_of(body, prose) / total
    if share < FRAGMENT_SHARE:
        floor = max(MIN_GAIN * share, MIN_ANCESTOR_SHARE) * total
        for ancestor in body.iterancestors():
            if ancestor is root or ancestor.tag in ("html", "body"):
                break
            if prose.get(ancestor, 0.0) < floor:
                continue
            if measures.link_density(ancestor) < MAX_ANCESTOR_LINK_DENSITY:
                if notes is not None:
                    notes.append(
                        f"body-widened: the first block held {share:.0%} of the page's prose"
                    )
                return ancestor
            break
    if share < NOTE_SHARE and notes is not None:
        notes.append(f"body-fragment: the body holds {share:.0%} of the page's prose")
    return body
