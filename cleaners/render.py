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


def _walk(root: HtmlElement, out: _LineWriter) -> None:
    """Depth-first, with an explicit stack: a hostile page nests thousands of levels deep."""
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                out.end_line()
        elif tag and tag not in SKIPPED_IN_TEXT:
            if tag in BLOCK_TAGS or tag == "br":
                out.end_line()
            if tag == "li":
                out.add("- ")
            stack.append((node, True))
            if tag == "figure":
                stack.extend((part, False) for part in reversed(_figure_text_parts(node)))
                continue
            out.add(node.text)
            stack.extend((child, False) for child in reversed(node))
            continue
        if node is not root:
            out.add(node.tail)


def _figure_text_parts(figure: HtmlElement) -> list[HtmlElement]:
    """The outermost quotes and tables of a figure: a pull quote is article text."""
    parts = [n for n in figure.iterdescendants("blockquote", "table")]
    return [n for n in parts if not any(a in parts for a in n.iterancestors("blockquote", "table"))]


def text_lines(node: HtmlElement) -> list[str]:
    """The node's text as lines, one per block."""
    out = _LineWriter()
    _walk(node, out)
    out.end_line()
    return out.lines


def block_text(node: HtmlElement) -> str:
    return "\n".join(text_lines(node))
