"""The elements reading metadata looks at, found in one pass over the page.

lxml's tag-filtered iterators look one match ahead, so even `root.find(".//h1")` walks
the whole page when it holds a single h1. Reading metadata asked for the h1, the title,
the meta tags, the scripts, the canonical link and the `<time>` elements in a dozen such
walks, each costing as much as parsing a tenth of the page; one walk filtered in C by
all their tags finds them together, each list in document order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

LANDMARK_TAGS = ("meta", "script", "h1", "title", "link", "time")


@dataclass(slots=True)
class Landmarks:
    """What each ElementPath query named in a comment selects under the root."""

    metas: list[HtmlElement] = field(default_factory=list)  # root.iter("meta")
    scripts: list[HtmlElement] = field(default_factory=list)  # root.iter("script")
    h1: HtmlElement | None = None  # .//h1
    body_h1: HtmlElement | None = None  # .//body//h1
    title: HtmlElement | None = None  # .//title
    canonical: HtmlElement | None = None  # .//link[@rel='canonical']
    dated_times: list[HtmlElement] = field(default_factory=list)  # .//time[@datetime]
    body_times: list[HtmlElement] = field(default_factory=list)  # .//body//time

    @property
    def title_text(self) -> str | None:
        """`root.findtext(".//title")`: None without a title, "" for an empty one."""
        return None if self.title is None else self.title.text or ""


def find_landmarks(root: HtmlElement) -> Landmarks:
    found = Landmarks()
    for node in root.iter(*LANDMARK_TAGS):
        tag = node.tag
        if tag == "meta":
            found.metas.append(node)
        elif tag == "script":
            found.scripts.append(node)
        if node is root:
            continue  # `.//` selects below the root only; `iter` starts at it
        if tag == "h1":
            if found.h1 is None:
                found.h1 = node
            if found.body_h1 is None and _in_body(node, root):
                found.body_h1 = node
        elif tag == "title":
            if found.title is None:
                found.title = node
        elif tag == "link":
            if found.canonical is None and node.get("rel") == "canonical":
                found.canonical = node
        elif tag == "time":
            if node.get("datetime") is not None:
                found.dated_times.append(node)
            if _in_body(node, root):
                found.body_times.append(node)
    return found


def _in_body(node: HtmlElement, root: HtmlElement) -> bool:
    """Whether a `<body>` below the root holds the node."""
    for ancestor in node.iterancestors():
        if ancestor is root:
            return False
        if ancestor.tag == "body":
            return True
    return False
