"""Make a page's tree safe to show inside a report opened from disk.

The page is untrusted: nothing of it may run or load. Elements pass an allow-list (any
other tag becomes an inert `<span>` or `<div>`, keeping its text); active or loading
elements (scripts, frames, objects, media) go, or become a text placeholder when a
removal may point at them; every attribute goes except a few that do nothing. Links stay
as plain web links (following one is the reader's choice, nothing loads by itself);
images become links to their source. Hidden elements nobody saw are dropped.
The report's Content-Security-Policy (`default-src 'none'`) backs this up in the browser.
"""

from __future__ import annotations

from collections.abc import Collection

from lxml import etree
from lxml.html import HtmlElement

from cleaners.sanitize import safe_url
from cleaners.text import normalise
from cleaners.visibility import hidden_by

FLOW_TAGS = frozenset(
    {"div", "p", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
     "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
     "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr",
     "address", "details", "summary", "center", "fieldset", "legend", "colgroup", "col",
     "menu", "hgroup"}
)  # fmt: skip
PHRASE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "s", "sub", "sup", "br", "q", "cite", "abbr",
     "mark", "del", "ins", "small", "time", "kbd", "var", "code", "samp", "dfn", "bdi", "bdo",
     "wbr", "label", "data", "big", "tt", "strike", "font"}
)  # fmt: skip
BLOCKISH_INERT = frozenset({"form", "dialog", "search", "body", "optgroup", "datalist", "output"})
# Gone with their content: they run code, load things or carry no visible text.
DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "link", "meta", "base", "head", "title",
     "param", "track", "source", "xml", "slot", "noembed", "noframes", "frameset", "frame",
     "applet", "bgsound", "isindex", "keygen", "portal", "plaintext", "xmp", "math"}
)  # fmt: skip
# Stripped by the extraction before any cleaner runs, so no removal can point at one.
NEVER_MARKED_TAGS = ("script", "style", "noscript", "template", "link", "meta", "head")
# Replaced by a placeholder naming them: a trace entry may point at one.
MEDIA_TAGS = frozenset(
    {"iframe", "object", "embed", "video", "audio", "svg", "canvas", "picture", "img",
     "input", "select", "textarea", "button", "marquee"}
)  # fmt: skip
ICON_TAGS = frozenset({"svg"})  # inline icons: shown as placeholders only when marked
KEPT_ATTRIBUTES = frozenset({"title", "alt", "colspan", "rowspan", "lang", "dir"})
PLACEHOLDER_CLASS = "pw-media"


def make_safe(
    root: HtmlElement,
    keep: Collection[HtmlElement],
    base_url: str | None = None,
    marked: Collection[HtmlElement] = (),
) -> None:
    """Sanitise `root` in place. Elements in `keep` (removed blocks, their content and
    their ancestors) are never dropped as hidden: what the cleaners removed is shown whole.
    Icons go unless `marked` (the removed nodes themselves) holds them."""
    etree.strip_elements(root, *NEVER_MARKED_TAGS, with_tail=False)  # the bulk, at C speed
    for node in list(root.iter()):
        if not isinstance(node.tag, str):
            _drop(node)  # comments and processing instructions
            continue
        tag = node.tag.lower() if ":" not in node.tag else "span"
        if ((tag in DROPPED_TAGS or tag in ICON_TAGS) and node not in marked) or (
            node not in keep and hidden_by(node)
        ):
            _drop(node)
            continue
        placeholder = tag in MEDIA_TAGS or tag in DROPPED_TAGS  # a removed <xmp>, say
        if placeholder:
            _placeholder(node, tag, base_url)
        elif tag not in FLOW_TAGS and tag not in PHRASE_TAGS:
            node.tag = "div" if tag in BLOCKISH_INERT else "span"
        else:
            node.tag = tag
        href = node.get("href") if node.tag == "a" else None
        attributes = node.attrib
        if attributes:
            kept = [(name, value) for name, value in attributes.items() if name in KEPT_ATTRIBUTES]
            attributes.clear()
            for name, value in kept:
                attributes[name] = value
        if href is not None and (url := safe_url(href, base_url)) and url.startswith("http"):
            node.set("href", url)
            node.set("rel", "noopener noreferrer nofollow")
        if placeholder:
            node.set("class", PLACEHOLDER_CLASS)


def _drop(node: etree._Element) -> None:
    """Remove `node` and its content, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def _placeholder(node: HtmlElement, tag: str, base_url: str | None) -> None:
    """Empty `node` into a short text naming what it was; an image keeps a link to it."""
    label = describe(node, tag)
    img = node if tag == "img" else next(node.iter("img"), None) if tag == "picture" else None
    src = img.get("src") if img is not None else None
    url = safe_url(src, base_url) if src else None
    for child in list(node):
        node.remove(child)
    node.text = label
    if url and url.startswith("http"):
        node.tag = "a"
        node.set("href", url)
    else:
        node.tag = "span"


def describe(node: HtmlElement, tag: str) -> str:
    if tag in ("img", "picture"):
        img = node if tag == "img" else next(node.iter("img"), node)
        alt = normalise(img.get("alt") or "")
        return f"[image: {alt}]" if alt else "[image]"
    if tag in ("select", "textarea", "button"):
        text = normalise(node.text_content())[:60]
        return f"[{tag}: {text}]" if text else f"[{tag}]"
    return f"[{tag}]"
