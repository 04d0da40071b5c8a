"""Parts of one body that the template repeats in separate blocks: take what holds them.

`body._same_class_parts` finds the containers wearing the winner's exact class (a review
split around pictures, a list whose items each hold a summary block). Wrapping the parts
alone loses what sits between them in their blocks: each item's heading, its byline, the
sentence after its summary. When the parts sit under different parents, and together make
most of their nearest common ancestor's text with few links, that ancestor is the body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml.html import HtmlElement

if TYPE_CHECKING:
    from .body import Measures

MIN_PARTS_SHARE = 0.5  # the parts hold this share of the ancestor's text
MAX_LINK_DENSITY = 0.25  # an ancestor with more links has gathered menus or teasers


def parts_holder(parts: list[HtmlElement], measures: Measures) -> HtmlElement | None:
    """The parts' nearest common ancestor, when it holds little besides them; else None."""
    if all(part.getparent() is parts[0].getparent() for part in parts):
        return None  # siblings: the wrapper holds them in place already
    chain = list(parts[0].iterancestors())
    for part in parts[1:]:
        ancestors = set(part.iterancestors())
        chain = [node for node in chain if node in ancestors]
    if not chain or chain[0].tag in ("html", "body"):
        return None
    holder = chain[0]
    held = sum(measures.chars.get(part, 0) for part in parts)
    if held < MIN_PARTS_SHARE * measures.chars.get(holder, 0):
        return None
    return holder if measures.link_density(holder) < MAX_LINK_DENSITY else None
