"""Serialise the cleaned body as safe HTML through an allow-list.

Whatever the page held, the output carries only the tags and attributes listed here;
anything else is unwrapped (its text kept) or, for active content, dropped with its text.
URLs are made absolute and only web and mail schemes survive, so no `javascript:`,
`vbscript:` or `data:` URL reaches a consumer that renders the HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from html import escape
from typing import NamedTuple
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

from .document import NOT_IN_XML, holds_not_in_xml

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


def _text_escaped(text: str) -> str:
    """`html.escape(text, quote=False)`, without its call: most of what is serialised."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Escaping(NamedTuple):
    """How text and attribute values are escaped.

    A tree parsed by `document.parse_html` holds none of `NOT_IN_XML` (lxml refuses them
    when a step sets text), so the body is first written with plain escaping, and written
    again removing them only when the output shows one: reading every text twice with a
    regex, once to find nothing, took a sixth of serialising.
    """

    text: Callable[[str], str]
    value: Callable[[str], str]


PLAIN = Escaping(_text_escaped, partial(escape, quote=True))
STRIPPING = Escaping(_escaped, partial(_escaped, quote=True))


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


def _attributes(node: HtmlElement, tag: str, base_url: str | None, escaping: Escaping) -> str:
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
    value_escaped = escaping.value
    return "".join(f' {name}="{value_escaped(value)}"' for name, value in values.items())


def _open_tag(
    node: HtmlElement, base_url: str | None, escaping: Escaping
) -> tuple[str, str] | None:
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
        return tag, f"<{tag}>"
    attributes = _attributes(node, tag, base_url, escaping)
    if tag == "img" and "src=" not in attributes:
        return None
    return tag, f"<{tag}{attributes}>"


# Allowed tags written without attributes, by their name as parsed: no test on the node
# itself. <p> is not one: what it holds may unwrap it.
BARE_START_TAGS = {
    tag: f"<{tag}>" for tag in ALLOWED_TAGS if tag not in ALLOWED_ATTRIBUTES and tag != "p"
}


def _serialise(root: HtmlElement, base_url: str | None, escaping: Escaping) -> list[str]:
    """The pieces of the children of `root`, depth-first in lxml's walker.

    The walker runs in C: a hostile page nests thousands of levels deep, past Python's
    recursion limit. `opened` holds, for each element the walk is in, its tag, where it
    opened and the content count then, or None when it writes no end tag (unwrapped,
    dropped or void); the root's None is at the bottom.

    `content` counts the pieces a reader sees (text, an image, a rule). An element that
    closes with the count unchanged since it opened holds nothing a reader sees (`<p>
    </p>`, a link whose image was dropped); it is taken out again, leaving one space if it
    held any, so the words around it stay apart. Counting, rather than looking back at
    what was written, keeps this linear on hostile, deeply nested pages.
    """
    out: list[str] = []
    write = out.append
    text_escaped = escaping.text
    content = 0
    opened: list[tuple[str, int, int] | None] = []
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            if node is root:
                found: tuple[str, str] | None = ("", "")
            elif (bare := BARE_START_TAGS.get(node.tag)) is not None:
                found = (node.tag, bare)  # the usual tag: no call
            else:
                found = _open_tag(node, base_url, escaping)
            if found is None:  # dropped, with its text
                walker.skip_subtree()
                opened.append(None)
                continue
            tag, start_tag = found
            if not start_tag:  # unwrapped (or the root): its text and children stay
                opened.append(None)
            elif tag in VOID_TAGS:  # written alone: children, if any, are not read
                write(start_tag)
                content += tag != "br"
                walker.skip_subtree()
                opened.append(None)
                continue
            else:
                write(start_tag)
                opened.append((tag, len(out) - 1, content))
            text = node.text
        else:  # an element's end, or a comment: its tail follows either way
            if event == "end" and (here := opened.pop()) is not None:
                tag, index, at_open = here
                if tag in KEPT_EMPTY_TAGS:
                    content += 1  # table structure: its empty cells line the others up
                    write(f"</{tag}>")
                elif content != at_open:
                    write(f"</{tag}>")
                else:  # nothing to see: taken out again
                    spaced = any(piece.isspace() for piece in out[index + 1 :])
                    del out[index:]
                    if spaced:
                        write(" ")
            if node is root:
                break  # its tail is not its content
            text = node.tail
        if text:
            escaped = text_escaped(text)
            write(escaped)
            if escaped and not escaped.isspace():
                content += 1
    return out


def body_html(body: HtmlElement, base_url: str | None = None) -> str:
    """The body's inner HTML, sanitised; the body element itself becomes no tag."""
    written = "".join(_serialise(body, base_url, PLAIN))
    if holds_not_in_xml(written):
        written = "".join(_serialise(body, base_url, STRIPPING))
    return written.strip()
