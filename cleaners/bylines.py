"""Authors shown only to readers: a name in an author-classed element, or after a label.

JSON-LD, meta tags and the usual byline markup (`rel=author`, `itemprop=author`,
`.byline`) name the author on most news pages. Blogs and company sites built with page
builders and CSS modules often state it only as text: `<div class="post_author_name">`,
`<span class="authorDateBlock_authorName__N6j3Y">`, or a label element ("Written by",
"Author", "By") followed by an element holding the name. trafilatura reads such pages
with XPaths over `contains(@class, "author")`; here `metadata.byline_nodes`' walk collects
the author-marked elements, labels are looked for in the header, and only text shaped like
a person's name is taken, so a "More from this author" link or a bio
paragraph is never read as one.

It is the last source `read_metadata` asks: a page that declares its author anywhere else
keeps that answer.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from .authors import clean_author_name, is_byline_label
from .body import COMMENT_THREAD
from .generic.textlength import longer_than
from .headerdates import elements_after
from .text import class_and_id, node_text

# Class or id fragments that mark an element holding the author, in any naming scheme
# (BEM, CSS modules, Tailwind-free utility names): "post-hero__author__name", "the-author".
# "authori..." is authorisation or an authority, not an author.
AUTHOR_MARK = re.compile(r"author(?!i)|byline|writer", re.IGNORECASE)
# Fragments of elements about the author that hold no name of their own, or hold
# other people's: a bio, a picture, a list of the author's other posts.
NOT_THE_NAME = re.compile(
    r"bio|avatar|image|img|photo|picture|desc|about|social|follow|posts|more|other|related",
    re.IGNORECASE,
)
# Words that make a capitalised phrase a label, a button or a team, not a person.
NOT_NAME_WORDS = frozenset(
    {
        "about", "account", "all", "author", "authors", "by", "comments", "contributor",
        "editor", "editors", "follow", "login", "menu", "more", "my", "posts", "profile",
        "published", "read", "share", "sign", "staff", "team", "the", "updated", "view",
        "written",
    }
)  # fmt: skip
NAME_PARTICLES = frozenset(
    {"al", "bin", "da", "de", "del", "der", "di", "du", "el", "la", "le", "van", "von", "y"}
)
# "Jo Doe and Al Roe"; a match starts only where a run of spaces does (linear time)
CO_AUTHORS = re.compile(r"(?<!\s)\s+(?:and|&|und|et|y|og|en)\s+", re.IGNORECASE)
MAX_NAME_CHARS = 50
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5  # one word is too often a brand or a user id
MAX_CANDIDATE_CHARS = 400  # an author box with a short bio; longer is an article block
MAX_DESCENDANTS = 12  # the name sits near the top of an author box
MAX_HEADER = 150  # elements after the h1 searched for a label: a page header's worth
MAX_LABEL_CHARS = 40  # a label's text with the markup's whitespace around it


def authors_among(h1: HtmlElement | None, marked: list[HtmlElement]) -> list[str]:
    """`shown_authors`, given the page's first h1 in its body and the author-marked
    elements in document order (`metadata.byline_nodes`' walk collects them, so the page
    is walked once).

    Labels ("Written by") are looked for in the article's header only, the elements
    after the h1: reading every element's text for one cost a tenth of the extraction.
    """
    after = marked if h1 is None else _not_before(marked, h1)
    labels = (
        [] if h1 is None else [n for n in islice(elements_after(h1), MAX_HEADER) if _is_label(n)]
    )
    for node in (*after, *labels):
        if names := _names_from_candidate(node):
            return names
    for node in marked:
        if node not in after and (names := _names_from_candidate(node)):
            return names
    return []


def marks_author(classes: str | None, ident: str | None) -> bool:
    """Whether an element's class or id may mark an author. Plain substring tests: this
    runs on every element of the page, and a regex or an XPath per element cost more than
    the rest of reading the metadata (libxml2's `translate()` ten times more)."""
    return _may_mark(classes) or _may_mark(ident)


def _not_before(nodes: list[HtmlElement], other: HtmlElement) -> list[HtmlElement]:
    """The nodes that do not come before `other` in document order: its ancestors, itself
    and what it holds, and what follows it. `other`'s path is read once for them all."""
    path = [other, *other.iterancestors()]
    position = {id(element): index for index, element in enumerate(path)}
    return [node for node in nodes if not _precedes(node, other, path, position)]


def _precedes(
    node: HtmlElement, other: HtmlElement, path: list[HtmlElement], position: dict[int, int]
) -> bool:
    """Whether `node` comes before `other` in document order (and is not its ancestor),
    given `other`'s path up to the root and each path element's place on it."""
    child = node
    for parent in node.iterancestors():
        if id(parent) in position:
            if parent is other:
                return False  # inside the h1
            below = path[position[id(parent)] - 1]
            return bool(parent.index(child) < parent.index(below))
        child = parent
    return False


def _may_mark(value: str | None) -> bool:
    """`AUTHOR_MARK`'s cheap superset, case aside ("Author", "author", "Byline")."""
    return value is not None and ("uthor" in value or "yline" in value or "riter" in value)


def _names_from_candidate(node: HtmlElement) -> list[str]:
    if node.tag == "h1":
        return []
    if _author_marked(node):
        names = _names_inside(node)
    elif _is_label(node):
        following = node.getnext()
        names = _person_names(node_text(following)) if following is not None else []
    else:
        return []
    return [] if names and _in_navigation_or_comments(node) else names


def _author_marked(node: HtmlElement) -> bool:
    marks = class_and_id(node)
    return AUTHOR_MARK.search(marks) is not None and NOT_THE_NAME.search(marks) is None


def _names_inside(node: HtmlElement) -> list[str]:
    """The innermost author-marked element's name, else the candidate's, else a child's.

    A byline section holds the name beside the publication and the date
    (`.byline-section > .author + .publication`): the inner mark is the name alone.
    """
    if longer_than(node, MAX_CANDIDATE_CHARS):
        return []  # a wrapper of the page may carry an author class
    text = node_text(node)
    children = list(islice(node.iterdescendants(etree.Element), MAX_DESCENDANTS))
    for child in children:
        if _author_marked(child) and (names := _person_names(node_text(child))):
            return names
    if names := _person_names(text):
        return names
    for child in children:
        if names := _person_names(node_text(child)):
            return names
    return []


def _is_label(node: HtmlElement) -> bool:
    text = node.text
    return bool(text) and len(text) <= MAX_LABEL_CHARS and len(node) == 0 and is_byline_label(text)


def _person_names(text: str) -> list[str]:
    """The names in a byline's text ("By Jo Doe and Al Roe", "Jo Doe, Senior Editor").

    All or nothing: a byline with one part that is no name is no byline.
    """
    if not text or len(text) > MAX_CANDIDATE_CHARS // 4:
        return []
    cleaned = clean_author_name(text)
    if cleaned is None:
        return []
    names = [_person_name(part) for part in CO_AUTHORS.split(cleaned.split(",")[0])]
    return [name for name in names if name] if all(names) else []


def _person_name(text: str) -> str | None:
    name = text.strip()
    words = name.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or len(name) > MAX_NAME_CHARS:
        return None
    if any(not _name_word(word) for word in words):
        return None
    return name


def _name_word(word: str) -> bool:
    lowered = word.lower()
    if lowered in NOT_NAME_WORDS or any(char.isdigit() for char in word):
        return False
    return word[0].isupper() or lowered in NAME_PARTICLES


def _in_navigation_or_comments(node: HtmlElement) -> bool:
    """A menu names the reader's account, a thread its commenters: neither is the author."""
    return any(
        parent.tag == "nav" or COMMENT_THREAD.search(class_and_id(parent))
        for parent in node.iterancestors()
    )
