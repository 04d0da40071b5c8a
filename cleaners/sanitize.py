"""Serialise the cleaned body as safe HTML through an allow-list.

Whatever the page held, the output carries only the tags and attributes listed here;
anything else is unwrapped (its text kept) or, for active content, dropped with its text.
URLs are made absolute and only web and mail schemes survive, so no `javascript:`,
`vbscript:` or `data:` URL reaches a consumer that renders the HTML.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

from .document import NOT_IN_XML

ALLOWED_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
     "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
     "figure", "figcaption", "img", "a", "em", "strong", "b", "i", "u", "s", "sub", "sup",
     "br", "hr", "q", "cite", "abbr", "mark", "del", "ins", "small", "time", "kbd", "var"}
)  # fmt: skip
RENAMED_TAGS = {"h1": "h2"}  # the headline is a field of its own; an h1 in the body is a section
DROPPED_TAGS = frozenset(
    {"script", "style", "iframe", "object", "embed", "applet", "form", "input", "button",
     "select", "option", "textarea", "svg", "math", "template", "noscript", "link", "meta",
     "base", "frame", "frameset", "head", "title", "video", "audio", "source", "track",
     "canvas", "dialog", "portal", "xml", "param"}
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "td": frozenset({"colspan", "rowspan"}),
    "th": frozenset({"colspan", "rowspan", "scope"}),
    "time": frozenset({"datetime"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "ol": frozenset({"start", "reversed"}),
    "abbr": frozenset({"title"}),
}
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
C0_OR_SPACE = "".join(map(chr, range(0x21)))
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\xa0\u200b-\u200f\u2028-\u202f\ufeff]+")
LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-srcset")
# Start tags that end an open <p> when HTML is parsed: a <p> holding one cannot round-trip.
CLOSES_P = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table",
    "figure", "figcaption", "hr", "div", "section", "article", "aside", "header", "footer",
    "nav", "main", "address", "details", "form", "fieldset",
)  # fmt: skip
VOID_TAGS = frozenset({"br", "hr", "img"})
KEPT_EMPTY_TAGS = frozenset({"td", "th"})  # an empty cell keeps its row's columns in place
INTEGER = re.compile(r"^\d{1,4}$")
INTEGER_ATTRIBUTES = frozenset({"width", "height", "colspan", "rowspan", "start"})


def _escaped(text: str, *, quote: bool = False) -> str:
    """Text escaped for HTML, without the control characters that XML consumers reject."""
    return escape(NOT_IN_XML.sub("", text), quote=quote)


def safe_url(value: str, base_url: str | None) -> str | None:
    """The URL made absolute, or None when its scheme is not a web or mail one.

    The scheme is judged with every invisible character removed (`java\tscript:` and
    `\x01javascript:` run in some browser), while the URL returned loses only what the
    WHATWG URL parser drops itself: tabs, newlines and the spaces around it.
    """
    url = TAB_OR_NEWLINE.sub("", value).strip(C0_OR_SPACE)
    compact = INVISIBLE.sub("", url)
    if not compact:
        return None
    if SCHEME.match(compact) is None and base_url:
        try:
            url = urljoin(base_url, url)
        except ValueError:  # "//[" and other hosts no browser would resolve
            return None
        compact = INVISIBLE.sub("", url)
    scheme = SCHEME.match(compact)
    if scheme is None:
        return url if not compact.startswith("//") else None
    return url if scheme.group(1).lower() in SAFE_SCHEMES else None


def _attributes(node: HtmlElement, tag: str, base_url: str | None) -> str:
    allowed = ALLOWED_ATTRIBUTES[tag]
    values: dict[str, str] = {}
    for name, value in node.attrib.items():
        name = name.lower()
        if name not in allowed:
            continue
        if name in URL_ATTRIBUTES:
            url = safe_url(value, base_url)
            if url is None:
                continue
            value = url
        elif name in INTEGER_ATTRIBUTES and not INTEGER.match(value.strip()):
            continue
        values[name] = value
    if tag == "img" and "src" not in values:
        for lazy in LAZY_SRC:
            if (candidate := node.get(lazy)) and (url := safe_url(candidate.split()[0], base_url)):
                values["src"] = url
                break
    return "".join(f' {name}="{_escaped(value, quote=True)}"' for name, value in values.items())


def _open_tag(node: HtmlElement, base_url: str | None) -> tuple[str, str] | None:
    """The tag name and its sanitised start tag; None drops the node and its text.

    An empty start tag means the node is unwrapped: its text and children are kept.
    """
    raw_tag = node.tag
    if not isinstance(raw_tag, str):
        return None  # a comment or processing instruction: only its tail is text
    tag = raw_tag.lower()
    tag = RENAMED_TAGS.get(tag, tag)
    if not tag or tag in DROPPED_TAGS:
        return None
    if tag not in ALLOWED_TAGS:
        return tag, ""
    if tag == "p" and len(node) and next(node.iterdescendants(*CLOSES_P), None) is not None:
        return tag, ""  # a block inside would close it when parsed again; unwrap instead
    if tag not in ALLOWED_ATTRIBUTES:
        return tag, BARE_START_TAGS[tag]  # most tags keep no attribute: none need be read
    attributes = _attributes(node, tag, base_url)
    if tag == "img" and "src=" not in attributes:
        return None
    return tag, f"<{tag}{attributes}>"


BARE_START_TAGS = {tag: f"<{tag}>" for tag in ALLOWED_TAGS}


class _Output:
    """The serialised pieces, and how many of them carry content (text, an image, a rule).

    An element that closes with the count unchanged since it opened holds nothing a reader
    sees (`<p> </p>`, a link whose image was dropped); it is taken out again, leaving one
    space if it held any, so the words around it stay apart. Counting, rather than looking
    back at what was written, keeps this linear on hostile, deeply nested pages.
    """

    def __init__(self, out: list[str]) -> None:
        self.out = out
        self.content = 0

    def text(self, text: str) -> None:
        escaped = _escaped(text)
        self.out.append(escaped)
        self.content += bool(escaped) and not escaped.isspace()

    def open(self, start_tag: str, tag: str) -> tuple[int, int]:
        self.out.append(start_tag)
        self.content += tag in VOID_TAGS and tag != "br"
        return len(self.out) - 1, self.content

    def close(self, end_tag: str, tag: str, opened: tuple[int, int]) -> None:
        index, content = opened
        if tag in KEPT_EMPTY_TAGS:
            self.content += 1  # table structure: its empty cells still line the others up
        elif self.content == content:
            spaced = any(piece.isspace() for piece in self.out[index + 1 :])
            del self.out[index:]
            if spaced:
                self.out.append(" ")
            return
        self.out.append(end_tag)


def _serialise(root: HtmlElement, base_url: str | None, out: list[str]) -> None:
    """Write the children of `root`, depth-first in lxml's walker.

    The walker runs in C: a hostile page nests thousands of levels deep, past Python's
    recursion limit. `opened` holds, for each element the walk is in, its tag and where it
    opened, or None when it writes no end tag (unwrapped, dropped or void).
    """
    output = _Output(out)
    opened: list[tuple[str, tuple[int, int]] | None] = []
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if node is root:
            if event == "start" and root.text:
                output.text(root.text)
        elif event == "start":
            found = _open_tag(node, base_url)
            if found is None:  # dropped, with its text
                walker.skip_subtree()
                opened.append(None)
                continue
            tag, start_tag = found
            if not start_tag:  # unwrapped: its text and children stay
                opened.append(None)
            elif tag in VOID_TAGS:  # written alone: children, if any, are not read
                output.open(start_tag, tag)
                walker.skip_subtree()
                opened.append(None)
                continue
            else:
                opened.append((tag, output.open(start_tag, tag)))
            if node.text:
                output.text(node.text)
        else:  # an element's end, or a comment: its tail follows either way
            if event == "end" and (here := opened.pop()) is not None:
                tag, where = here
                output.close(f"</{tag}>", tag, where)
            if node.tail:
                output.text(node.tail)


def body_html(body: HtmlElement, base_url: str | None = None) -> str:
    """The body's inner HTML, sanitised; the body element itself becomes no tag."""
    out: list[str] = []
    _serialise(body, base_url, out)
    return "".join(out).strip()
