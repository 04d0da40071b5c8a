"""Turn a cleaned body element into plain text, one paragraph or heading per line.

Block elements end a line; inline elements and tails join the current line. List items
start with "- " so a list stays readable as text. Captions and media are left out of the
text: they are kept in `articleBodyHtml`, where they sit in their figure.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .text import normalise

BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "figure", "hr", "address", "details", "summary", "center", "form",
        "fieldset", "body", "html",
    }
)  # fmt: skip
SKIPPED_IN_TEXT = frozenset(
    {"figcaption", "script", "style", "noscript", "template", "button", "select", "option",
     "textarea", "input", "svg", "iframe", "object", "embed", "video", "audio", "picture"}
)  # fmt: skip


class _LineWriter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end_line(self) -> None:
        if self.current:
            line = normalise("".join(self.current))
            if line and line != "-":
                self.lines.append(line)
            self.current = []


def _walk(node: HtmlElement, out: _LineWriter) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in SKIPPED_IN_TEXT or not tag:
        return
    is_block = tag in BLOCK_TAGS
    if is_block:
        out.end_line()
    if tag == "br":
        out.end_line()
    if tag == "li":
        out.add("- ")
    out.add(node.text)
    for child in node:
        _walk(child, out)
        out.add(child.tail)
    if is_block:
        out.end_line()


def text_lines(node: HtmlElement) -> list[str]:
    """The node's text as lines, one per block."""
    out = _LineWriter()
    _walk(node, out)
    out.end_line()
    return out.lines


def block_text(node: HtmlElement) -> str:
    return "\n".join(text_lines(node))
