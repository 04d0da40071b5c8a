"""Whether a reader sees an element: the hidden attribute, inline styles, hiding classes.

Shared by the locator, which must not count hidden text towards a container's score, and
by the cleaner that removes hidden elements from the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lxml.html import HtmlElement

CLASS_CACHE_SIZE = 4096  # distinct class attributes remembered across pages
HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
HIDDEN_CLASS_TOKENS = ("hidden", "sr-only", "visually-hidden", "screen-reader-text", "d-none")
# `(?<!:)`: a hiding class behind a screen-size prefix (Tailwind's `md:hidden`,
# `max-md:hidden`) hides the element on some screens only; it shows on the others.
HIDDEN_CLASS = re.compile(
    rf"(?<![a-z0-9:-])(?:{'|'.join(map(re.escape, HIDDEN_CLASS_TOKENS))})(?![a-z0-9-])"
)


# A collapsed panel (an accordion's answer, a closed tab, the rest of a description behind
# "Read more") is hidden until the reader opens it: its text is the page's, unlike a hidden
# menu or modal.
COLLAPSIBLE = re.compile(
    r"(?<![a-z0-9])(?:accordion|collapse|collapsible|faq|tab-pane|tabpanel|expandable|expander)"
)


HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def is_collapsed_panel(node: HtmlElement) -> bool:
    tokens = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
    return bool(COLLAPSIBLE.search(tokens))


def follows_its_toggle(node: HtmlElement) -> bool:
    """Whether the element comes right after a button that holds a heading: an FAQ's
    question, which opens the answer below it, whatever the classes are named (utility
    classes such as Tailwind's name none). A menu's button holds a word or an icon."""
    toggle = node.getprevious()
    while toggle is not None and not isinstance(toggle.tag, str):
        toggle = toggle.getprevious()  # a comment between them
    return toggle is not None and is_heading_toggle(toggle)


def is_heading_toggle(node: HtmlElement) -> bool:
    """A button holding a heading: an accordion's question, text of the page."""
    if not (node.tag == "button" or node.get("role") == "button"):
        return False
    return next(node.iter(*HEADINGS), None) is not None


def hidden_by(node: HtmlElement) -> str | None:
    """The rule that hides the element, or None when it shows (or opens on a click).

    `aria-hidden` is ignored: sites set it on decorative wrappers that hold real text.
    The panel test comes last: it reads two attributes and a pattern, and few elements
    are hidden at all.
    """
    rule = hiding_rule(node)
    if rule is None or opens_on_a_click(node):
        return None
    return rule


def opens_on_a_click(node: HtmlElement) -> bool:
    """Whether a hidden element is a panel the reader opens: its text is the page's."""
    return is_collapsed_panel(node) or follows_its_toggle(node)


def hiding_rule(node: HtmlElement, names: Sequence[str] | None = None) -> str | None:
    """The attribute that hides the element, whether or not it opens on a click.

    `names` are its attribute names when the caller has them: a walk over every element
    reads them in one call, and most elements have none of these three.
    """
    if names is None:
        names = node.keys()
    if "hidden" in names:
        return "[hidden]"
    if "style" in names and (style := node.get("style")) and HIDDEN_STYLE.search(style):
        return "style=display:none"
    if "class" in names and (classes := node.get("class")) and class_hides(classes):
        return "class~hidden"
    return None


@lru_cache(maxsize=CLASS_CACHE_SIZE)
def class_hides(classes: str) -> bool:
    """`hides_by_class` of a class attribute as written: a page repeats its class
    attributes, and each is lower-cased once."""
    return hides_by_class(classes.lower())


@lru_cache(maxsize=CLASS_CACHE_SIZE)
def hides_by_class(classes: str) -> bool:
    """Whether a lower-case class attribute hides the element.

    Cached, since a page repeats its class attributes; a token found as a substring
    first, since the pattern is many times slower than that and rarely matches.
    """
    return any(token in classes for token in HIDDEN_CLASS_TOKENS) and bool(
        HIDDEN_CLASS.search(classes)
    )
