"""Text of nodes, normalised once so that rules and renderers agree on it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from .anchors import is_outline_anchor

WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Runs of whitespace made one space, the ends trimmed.

    `str.split()` splits on exactly the characters `\\s` matches (`str.isspace`), and
    does it in C several times faster than a regex substitution.
    """
    return " ".join(text.split())


def node_text(node: HtmlElement) -> str:
    """All text under `node`, whitespace collapsed.

    Half the blocks a cleaner reads are leaves, whose own text is all there is: reading it
    directly spares the text iterator a quarter of the time.
    """
    if len(node):
        return normalise(" ".join(node.itertext()))
    return normalise(node.text or "")


def serialised_text(node: HtmlElement) -> str:
    """The node's text as libxml2 serialises it (`method="text"`, without its tail): the
    characters of `node_text`, unnormalised and with no space where elements meet.

    Half the blocks asked about are leaves, whose serialised text is their own text:
    read directly, without the call into libxml2.
    """
    if not len(node):
        return node.text or ""
    text: str = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
    return text


@dataclass(slots=True)
class TextMemo:
    """Node texts read once per dry run of the cleaners.

    Several cleaners read the same short blocks (a promo test, a "Read more" test, a bio
    test on each paragraph); each text is normalised once. Valid only while the tree does
    not change: `cleaning.find_matches` gives every dry run a new one.
    """

    texts: dict[HtmlElement, str] = field(default_factory=dict)
    # The unnormalised texts of a whole subtree read at once, bottom-up, when a cleaner
    # asked for them (`shorttext.read_subtree`); None for an element too long to join.
    raw: dict[HtmlElement, str | None] = field(default_factory=dict)

    def text(self, node: HtmlElement) -> str:
        """`node_text(node)`, remembered."""
        text = self.texts.get(node)
        if text is None:
            raw = self.raw.get(node)
            text = self.texts[node] = node_text(node) if raw is None else normalise(raw)
        return text


def link_text_length(node: HtmlElement) -> int:
    return sum(len(node_text(a)) for a in node.iter("a"))  # most links are leaves: see node_text


def link_density(node: HtmlElement, text: str | None = None) -> float:
    """Share of the node's characters that sit inside links."""
    text = node_text(node) if text is None else text
    if not text:
        return 0.0
    return min(1.0, link_text_length(node) / len(text))


def word_count(text: str) -> int:
    return len(WORD.findall(text))


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def names_may_hold(
    node: HtmlElement, words: tuple[str, ...], attributes: tuple[str, ...] = ("class", "id")
) -> bool:
    """Whether the node's names, lower-cased, may hold one of `words` (lower case): a test
    in C before `class_and_id` and a pattern, for cleaners asking every element of a page.

    `class_and_id` lower-cases the same attributes or fewer, so a name without the word
    here has none there. Names outside ASCII always may: a case-blind pattern knows letters
    `str.lower` does not map (the long s).
    """
    names = " ".join([node.get(attribute) or "" for attribute in attributes])
    if not names.isascii():
        return True
    lower = names.lower()
    for word in words:  # noqa: SIM110 (a loop: without a generator it runs twice as fast)
        if word in lower:
            return True
    return False


def class_and_id(node: HtmlElement) -> str:
    """The class and id attributes as one lower-case string, for token matching.

    A heading's id is left out: publishing systems slug it from the heading's own text as
    an anchor (`<h2 id="meta-has-history-with-the-eu-2">`), so it names no template part;
    so is a section's id slugged from its heading (`anchors.is_outline_anchor`).
    """
    classes: str = node.get("class", "")
    ident = node.get("id")
    if ident is None:  # most elements: no id, so no outline anchor to look for
        return (classes if node.tag in HEADING_TAGS else f"{classes} ").lower()
    if node.tag in HEADING_TAGS or is_outline_anchor(node):
        return classes.lower()
    return f"{classes} {ident}".lower()
