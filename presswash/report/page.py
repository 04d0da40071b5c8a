"""`presswash report PAGE`: the page as its reader saw it, each removed block marked.

One self-contained HTML file: the page's own content (made inert by `safe.make_safe`),
the body the text was read from outlined, every removed block tinted in its kind's colour
and labelled with cleaner, rule and why, a side panel listing the removals in page order
(each a link to its block), and a switch to the article as extracted. The switch and the
links are plain HTML and CSS: the report runs no script at all, and its
Content-Security-Policy forbids every load, so an untrusted page stays harmless.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape

import lxml.html
from lxml.html import HtmlElement

from cleaners.article import Refusal, Removal
from cleaners.cleaning import NODE_ID

from .marking import MarkedPage
from .palette import kind_css
from .safe import make_safe

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
PREVIEW_CHARS = 140  # a panel entry shows the start of the removed text
TABLE_PARTS = frozenset({"tr", "thead", "tbody", "tfoot", "colgroup"})
LABEL_BEFORE = frozenset({"table", "hr", "br", "col", "wbr"})  # no text inside them

STYLE = """
:root{--panel:380px;font:16px/1.55 Georgia,'Times New Roman',serif;color:#212529}
body{margin:0;background:#f8f9fa}
.pw-switch{position:absolute;opacity:0;pointer-events:none}
.pw-panel{position:fixed;top:0;right:0;width:var(--panel);height:100vh;overflow:auto;
 box-sizing:border-box;padding:14px 16px;background:#fff;border-left:1px solid #dee2e6;
 font:13px/1.4 system-ui,sans-serif}
.pw-panel h1{font-size:17px;margin:0 0 4px}.pw-panel h2{font-size:14px;margin:16px 0 6px}
.pw-meta{color:#495057;margin:0 0 8px;word-break:break-all}
.pw-button{display:inline-block;margin:4px 0 8px;padding:5px 10px;border-radius:4px;
 background:#212529;color:#fff;cursor:pointer;user-select:none}
.pw-switch:checked~.pw-panel .pw-to-extracted,
.pw-switch:not(:checked)~.pw-panel .pw-to-page{display:none}
.pw-switch:checked~.pw-page,.pw-switch:not(:checked)~.pw-extracted{display:none}
.pw-list{list-style:none;margin:0;padding:0}
.pw-list li{margin:0 0 6px;border-left:5px solid var(--c);background:#f8f9fa}
.pw-list a{display:block;padding:4px 8px;color:inherit;text-decoration:none}
.pw-list a:hover{background:#e9ecef}
.pw-chip{display:inline-block;padding:0 6px;border-radius:3px;background:var(--c);color:#fff;
 font-weight:600}
.pw-rule{color:#495057;word-break:break-all}
.pw-preview{display:block;color:#212529;margin-top:2px}
.pw-legend{display:flex;flex-wrap:wrap;gap:4px}
.pw-notes li{margin-bottom:4px}
.pw-page,.pw-extracted{box-sizing:border-box;margin:0 calc(var(--panel) + 24px) 0 24px;
 padding:24px 32px;background:#fff;max-width:900px;min-height:100vh}
.pw-page img,.pw-extracted img{display:none}
.pw-page a,.pw-extracted a{color:#1864ab}
.pw-page table{border-collapse:collapse}
.pw-page td,.pw-page th{border:1px solid #dee2e6;padding:2px 6px}
.pw-media{display:inline-block;padding:0 6px;margin:2px 0;border:1px dashed #adb5bd;
 color:#495057;font:12px system-ui,sans-serif}
.pw-body{outline:3px double #212529;outline-offset:8px;position:relative}
.pw-body::before{content:"kept body: the article text is read from here";display:block;
 margin:-4px 0 8px;font:600 12px system-ui,sans-serif;color:#212529}
.pw-removed{outline:2px solid var(--c);background:color-mix(in srgb,var(--c) 12%,transparent);
 display:block;margin:6px 0;scroll-margin-top:40vh}
span.pw-removed,a.pw-removed,b.pw-removed,strong.pw-removed,em.pw-removed{display:inline}
tr.pw-removed,td.pw-removed,th.pw-removed{display:revert}
.pw-refused{outline:2px dashed var(--c);scroll-margin-top:40vh}
.pw-removed:target,.pw-refused:target{outline-width:5px;box-shadow:0 0 0 8px
 color-mix(in srgb,var(--c) 30%,transparent)}
.pw-label{display:block;margin:0 0 4px;padding:1px 6px;background:var(--c);color:#fff;
 font:12px/1.4 system-ui,sans-serif}
.pw-refused>.pw-label{background:#fff;color:var(--c);border:1px dashed var(--c)}
.pw-label i{opacity:.85}
"""


def page_report(marked: MarkedPage, source: str, url: str | None) -> str:
    """The report of one page, as a complete HTML document."""
    page = marked.display.find("body")
    page = marked.display if page is None else page
    by_number = {number: node for node in page.iter() if (number := node.get(NODE_ID)) is not None}
    removed = [_nodes(by_number, r.anchors) for r in marked.removals]
    refused = [_nodes(by_number, r.removal.anchors) for r in marked.refusals]
    body_parts = _nodes(by_number, marked.body_anchors)
    blocks = [n for nodes in (*removed, *refused) for n in nodes]
    keep = {inner for node in blocks for inner in node.iter()}
    keep.update(a for node in (*blocks, *body_parts) for a in node.iterancestors())
    keep.update(body_parts)
    make_safe(page, keep, base_url=url, marked=set(blocks))
    for number, (removal, nodes) in enumerate(zip(marked.removals, removed, strict=True)):
        _mark(nodes, removal, "pw-removed", f"pw-r{number}", "data-pw-removal", str(number))
    for number, (refusal, nodes) in enumerate(zip(marked.refusals, refused, strict=True)):
        _mark(nodes, refusal.removal, "pw-refused", f"pw-g{number}", "data-pw-refusal", "")
    for node in body_parts:
        _add_class(node, "pw-body")
    page.tag = "main"
    page.attrib.clear()
    page.set("class", "pw-page")
    return _document(marked, source, url, lxml.html.tostring(page, encoding="unicode"))


def _nodes(by_number: dict[str, HtmlElement], anchors: Iterable[str]) -> list[HtmlElement]:
    return [by_number[anchor] for anchor in anchors if anchor in by_number]


def _add_class(node: HtmlElement, name: str) -> None:
    node.set("class", f"{node.get('class', '')} {name}".strip())


def _mark(
    nodes: list[HtmlElement], removal: Removal, role: str, anchor: str, attr: str, value: str
) -> None:
    """Tint and label the block's nodes; the first one is the panel link's target."""
    for index, node in enumerate(nodes):
        _add_class(node, f"{role} pw-k-{removal.kind.value}")
        node.set(attr, value or anchor)
        if index == 0:
            node.set("id", anchor)
            _insert_label(node, _label(removal, kept=role == "pw-refused"))


def _label(removal: Removal, *, kept: bool) -> HtmlElement:
    label = lxml.html.Element("span")
    label.set("class", "pw-label")
    head = lxml.html.Element("b")
    head.text = ("kept by the guard: " if kept else "") + removal.kind.value
    head.tail = f" · {removal.cleaner} · {removal.rule}"
    label.append(head)
    if removal.why:
        why = lxml.html.Element("i")
        why.text = f" — {removal.why}"
        label.append(why)
    return label


def _insert_label(node: HtmlElement, label: HtmlElement) -> None:
    """Put the label where a browser will show it: first inside the block, or just before
    it for elements that hold no text (a table part gets it in its first cell)."""
    if node.tag in TABLE_PARTS:
        node = next(node.iter("td", "th"), node)
    if node.tag in LABEL_BEFORE or node.tag in TABLE_PARTS:
        if node.getparent() is not None:
            node.addprevious(label)
        return
    label.tail, node.text = node.text, None
    node.insert(0, label)


def _document(marked: MarkedPage, source: str, url: str | None, page_html: str) -> str:
    article = marked.article
    title = article.headline or source
    counts = Counter(r.kind.value for r in marked.removals)
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>presswash report: {escape(title)}</title>",
        f"<style>{STYLE}{kind_css()}</style></head><body>",
        '<input type="checkbox" id="pw-as-extracted" class="pw-switch">',
        '<nav class="pw-panel" aria-label="Removed blocks">',
        "<h1>presswash report</h1>",
        f'<p class="pw-meta">{escape(source)}<br>{escape(url or article.canonicalUrl or "")}</p>',
        f'<p class="pw-meta">site <b>{escape(article.site)}</b> · {article.wordCount} words kept'
        f" · {len(marked.removals)} blocks removed</p>",
        '<label for="pw-as-extracted" class="pw-button"><span class="pw-to-extracted">'
        'Show the article as extracted</span><span class="pw-to-page">Show the page with '
        "its removals</span></label>",
        '<div class="pw-legend">',
        *(
            f'<span class="pw-chip pw-k-{escape(kind)}">{escape(kind)} {count}</span>'
            for kind, count in counts.most_common()
        ),
        '</div><h2>Removed, in page order</h2><ol class="pw-list">',
        *(_entry(removal, f"pw-r{n}") for n, removal in enumerate(marked.removals)),
        "</ol>",
        *_refusal_section(marked.refusals),
        *_notes_section(article.notes),
        "</nav>",
        page_html,
        _extracted_view(marked, url),
        "</body></html>\n",
    ]
    return "".join(parts)


def _entry(removal: Removal, anchor: str, *, kept: bool = False) -> str:
    preview = removal.text.replace("\n", " | ")[:PREVIEW_CHARS]
    kind = escape(removal.kind.value)
    why = f' title="{escape(removal.why)}"' if removal.why else ""
    return (
        f'<li class="pw-k-{kind}"><a href="#{anchor}"{why}>'
        f'<span class="pw-chip">{"kept: " if kept else ""}{kind}</span> '
        f'<span class="pw-rule">{escape(removal.cleaner)}: {escape(removal.rule)}</span>'
        f'<span class="pw-preview">{escape(preview)}</span></a></li>'
    )


def _refusal_section(refusals: tuple[Refusal, ...]) -> list[str]:
    if not refusals:
        return []
    entries = [_entry(r.removal, f"pw-g{n}", kept=True) for n, r in enumerate(refusals)]
    return [
        '<h2>Kept by the guard (too much of the text)</h2><ol class="pw-list">',
        *entries,
        "</ol>",
    ]


def _notes_section(notes: list[str]) -> list[str]:
    if not notes:
        return []
    items = "".join(f"<li>{escape(note)}</li>" for note in notes)
    return [f'<h2>Notes</h2><ul class="pw-notes">{items}</ul>']


def _extracted_view(marked: MarkedPage, url: str | None) -> str:
    article = marked.article
    view = lxml.html.fragment_fromstring(article.articleBodyHtml or "", create_parent="article")
    make_safe(view, (), base_url=url)
    view.set("class", "pw-extracted")
    heading = lxml.html.Element("h1")
    heading.text = article.headline or ""
    view.insert(0, heading)
    byline = lxml.html.Element("p")
    names = ", ".join(author.name for author in article.authors)
    byline.text = " · ".join(filter(None, (names, article.datePublished)))
    heading.addnext(byline)
    byline.tail, view.text = view.text, None
    return str(lxml.html.tostring(view, encoding="unicode"))
