"""A page whose text a script reveals: all of it in one block hidden by an inline style.

Some shops and membership sites ship a page with its content wrapped in a block styled
`display:none` (an access check such as a "lockdown" app, an age gate, a preloader), and
a script shows the block once it has run. Fetched or saved without scripts, the visible
page is its header, cart and footer: no body, or a thin one, and the page was refused.
When that happens and one hidden block holds a text of its own (`MIN_STORY_CHARS`
unlinked characters, under half of it links, not named as a dialog, a menu or a consent
box), the block is shown and the page is read again, as a page whose story sits in
templates is (`templates.py`). The item's notes say so.

On the development sets: one wcxb-dev product page (its description behind a lockdown
wrapper, refused before); no page of aeb or wcxb-dev that was extracted is read again.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .text import link_text_length, node_text
from .visibility import HIDDEN_STYLE

MIN_STORY_CHARS = 500  # unlinked characters: a description, not a label or a message
MAX_LINK_DENSITY = 0.5  # a hidden menu or list of products is no story
NOT_STORIES = re.compile(
    r"(?<![a-z0-9])(?:modal|dialog|popup|overlay|drawer|menu|nav|cart|cookies?|consent|"
    r"search|newsletter|signup|login|sidebar)"
)  # blocks a script opens on demand: their text is never the page's


def reveal_hidden_story(root: HtmlElement) -> HtmlElement | None:
    """Show the hidden block that holds the page's story, and return it; or None."""
    best: tuple[float, HtmlElement] | None = None
    for node in _outermost_hidden(root):
        if NOT_STORIES.search(f"{node.get('class', '')} {node.get('id', '')}".lower()):
            continue
        chars = len(node_text(node))
        linked = link_text_length(node)
        unlinked = chars - linked
        if unlinked < MIN_STORY_CHARS or linked > MAX_LINK_DENSITY * chars:
            continue
        if best is None or unlinked > best[0]:
            best = (unlinked, node)
    if best is None:
        return None
    node = best[1]
    style = HIDDEN_STYLE.sub("", node.get("style", "")).strip(" ;")
    if style:
        node.set("style", style)
    else:
        node.attrib.pop("style", None)
    return node


def _outermost_hidden(root: HtmlElement) -> list[HtmlElement]:
    """Elements hidden by an inline style, none inside another."""
    hidden = [
        node
        for node in root.iter()
        if isinstance(node.tag, str) and HIDDEN_STYLE.search(node.get("style") or "")
    ]
    found = set(hidden)
    return [node for node in hidden if found.isdisjoint(node.iterancestors())]
