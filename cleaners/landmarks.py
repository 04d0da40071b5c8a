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
    """What each ElementPath query named in a comment selects under the root.

    Which h1 and which times sit in the body is worked out only when asked: most pages
    date themselves in JSON-LD, and a listing holds hundreds of `<time>` elements.
    """

    root: HtmlElement
    metas: list[HtmlElement] = field(default_factory=list)  # root.iter("meta")
    scripts: list[HtmlElement] = field(default_factory=list)  # root.iter("script")
    h1s: list[HtmlElement] = field(default_factory=list)  # .//h1
    times: list[HtmlElement] = field(default_factory=list)  # .//time
    title: HtmlElement | None = None  # .//title
    canonical: HtmlElement | None = None  # .//link[@rel='canonical']

    @property
    def h1(self) -> HtmlElement | None:
        """`.//h1`"""
        return self.h1s[0] if self.h1s else None

    @property
    def body_h1(self) -> HtmlElement | None:
        """`.//body//h1`"""
        return next((h1 for h1 in self.h1s if _in_body(h1, self.root)), None)

    @property
    def dated_times(self) -> list[HtmlElement]:
        """`.//time[@datetime]`"""
        return [time for time in self.times if time.get("datetime") is not None]

    @property
    def body_times(self) -> list[HtmlElement]:
        """`.//body//time`"""
        return [time for time in self.times if _in_body(time, self.root)]

    @property
    def title_text(self) -> str | None:
        """`root.findtext(".//title")`: None without a title, "" for an empty one."""
        return None if self.title is None else self.title.text or ""


def find_landmarks(root: HtmlElement) -> Landmarks:
    found = Landmarks(root)
    for node in root.iter(*LANDMARK_TAGS):
        tag = node.tag
        if tag == "meta":
            found.metas.append(node)
        elif tag == "script":
            found.scripts.append(node)
        if node is root:
            continue  # `.//` selects below the root only; `iter` starts at it
        if tag == "h1":
            found.h1s.append(node)
        elif tag == "time":
            found.times.append(node)
        elif tag == "title" and found.title is None:
            found.title = node
        elif tag == "link" and found.canonical is None and node.get("rel") == "canonical":
            found.canonical = node
    return found


def _in_body(node: HtmlElement, root: HtmlElement) -> bool:
    """Whether a `<body>` below the root holds the node."""
    for ancestor in node.iterancestors():
        if ancestor is root:
            return False
        if ancestor.tag == "body":
            return True
    return False
