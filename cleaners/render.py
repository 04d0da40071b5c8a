"""Turn a cleaned body element into plain text, one paragraph or heading per line.

Block elements end a line; inline elements and tails join the current line. List items
start with "- " so a list stays readable as text. Captions and media are left out of the
text: they are kept in `articleBodyHtml`, where they sit in their figure.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from .text import normalise
from .visibility import is_heading_toggle

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
        self.preformatted = 0  # how many <pre> the walk is inside

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end_line(self) -> None:
        if not self.current:
            return
        if self.preformatted:
            self.lines.extend(preformatted_lines("".join(self.current)))
        else:
            line = normalise("".join(self.current))
            if line and line != "-":
                self.lines.append(line)
        self.current.clear()  # the same list: `_walk` holds its `append`


def preformatted_lines(text: str) -> list[str]:
    """A code block's lines as written, indentation kept: `def f():  x()` joined on one
    line reads as neither code nor prose. Blank lines go, as between paragraphs."""
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
    return [line.replace("\xa0", " ").expandtabs(4) for line in lines if line.strip()]


FIGURE_TEXT_TAGS = frozenset({"blockquote", "table"})  # a figure's pull quote is article text


def _walk(root: HtmlElement, out: _LineWriter) -> None:
    """Depth-first, in lxml's walker: in C, so a hostile page nesting thousands of levels
    deep needs no recursion, and twice as fast as a Python stack.

    In a figure only its outermost quotes and tables are read (its text and caption are
    left out). `scopes` holds the figures the walk is inside and, above each, the part of
    it being read; the top one says whether the walk is reading or looking for a part.

    The writer's methods are called only when they have something to do, and its line is
    appended to directly: most events add one text or none.
    """
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    scopes: list[HtmlElement] = []
    current = out.current
    add = current.append
    for event, node in walker:
        tag = node.tag
        in_figure = bool(scopes) and scopes[-1].tag == "figure"
        if event == "comment" or event == "pi":
            if not in_figure and (text := node.tail):
                add(text)
        elif event == "start":
            if in_figure:
                if tag not in FIGURE_TEXT_TAGS:
                    continue  # not read, but a part may sit inside it
                scopes.append(node)
            elif not isinstance(tag, str) or (
                tag in SKIPPED_IN_TEXT and not is_heading_toggle(node)  # an FAQ's question
            ):
                walker.skip_subtree()
                continue
            if current and (tag in BLOCK_TAGS or tag == "br"):
                out.end_line()
            if tag == "pre":
                out.preformatted += 1
            if tag == "li":
                add("- ")
            if tag == "figure":
                scopes.append(node)
            elif text := node.text:
                add(text)
        elif not in_figure or node is scopes[-1]:
            if current and tag in BLOCK_TAGS:
                out.end_line()
            if tag == "pre":
                out.preformatted -= 1
            if node is not root and (text := node.tail):
                add(text)
            if scopes and node is scopes[-1]:
                scopes.pop()


def text_lines(node: HtmlElement) -> list[str]:
    """The node's text as lines, one per block."""
    out = _LineWriter()
    _walk(node, out)
    out.end_line()
    return out.lines


def block_text(node: HtmlElement) -> str:
    return "\n".join(text_lines(node))
