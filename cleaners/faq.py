"""An article's questions and answers in a block of their own, right after the body.

Sites that write for search put a "Frequently asked questions" section under the story,
often in a component of its own (an accordion, a `faq` block) beside the rich-text body,
so the located body stops before it. Both development sets' truths keep it: it is the
article's closing section, written by its author. It is found by what it says it is (a
`faq` class or id, or a heading "FAQ"), right after the body or a close ancestor of it,
with few links; the short blocks in between (a sign-up box, a spacer) are passed over.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .body import Measures, levels_below_page, wrap_parts
from .text import HEADING_TAGS, class_and_id, node_text

MAX_LEVELS = 3  # how far up from the body the questions' block may sit
MAX_SKIPPED_CHARS = 200  # a block this short between the body and the questions is passed
MAX_LINK_DENSITY = 0.25  # answers link a source or two, not a menu's worth
MIN_CHARS = 200  # a question and its answer at least
FAQ_CLASS = re.compile(r"(?<![a-z0-9])faqs?(?![a-z0-9])")
FAQ_HEADING = re.compile(
    r"^\W*(?:faqs?|frequently asked questions|preguntas frecuentes|häufig gestellte fragen"
    r"|questions fréquentes|foire aux questions|domande frequenti)\W*$",
    re.IGNORECASE,
)


def with_faq(body: HtmlElement, measures: Measures, root: HtmlElement) -> HtmlElement:
    """The body, or a new container of the body and the questions' block after it."""
    for node in levels_below_page(body, root, MAX_LEVELS):
        if (faq := _faq_after(node, measures)) is not None:
            return wrap_parts([body, faq], measures)
    return body


def _faq_after(node: HtmlElement, measures: Measures) -> HtmlElement | None:
    for sibling in node.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        chars = measures.chars.get(sibling, 0)
        if _is_faq(sibling, measures, chars):
            return sibling
        if chars > MAX_SKIPPED_CHARS:
            return None
    return None


def _is_faq(block: HtmlElement, measures: Measures, chars: int) -> bool:
    if chars < MIN_CHARS or measures.link_density(block) >= MAX_LINK_DENSITY:
        return False
    if FAQ_CLASS.search(class_and_id(block)):
        return True
    heading = next(block.iter(*HEADING_TAGS), None)
    return heading is not None and bool(FAQ_HEADING.match(node_text(heading)))
