"""Bytes to one lxml tree: decoding and parsing, done once per page.

Decoding follows what browsers do, in order: a byte-order mark, then the declared charset
(HTTP header, then `<meta>`), then detection. A declaration that the bytes contradict is
not trusted: a page that says UTF-8 but is Latin-1, and a page that says Latin-1 (or any
single-byte code page) but is valid UTF-8 with multi-byte characters.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from .bulk import cut_bulk
from .errors import NotHtml, TooLarge

# Bounds that keep one hostile page from taking minutes or gigabytes. Every step that reads
# a node's text walks its subtree, so the cost grows with elements and with characters
# times their depth. The largest of the 181 benchmark pages are 1.5 MB, 1,596 elements,
# 24,000 element-levels and 1.03 million character-levels (each a different page; measured
# by tests/reliability/bounds.py); the TechRadar fixture, 1.7 MB, 2,650 elements and 29,000
# element-levels, is larger. Every page the crawler downloads is read: its DOWNLOAD_MAXSIZE
# is MAX_DOCUMENT_BYTES (crawler/settings.py imports it). A page that size can hold far
# more than MAX_ELEMENTS elements; the element bounds apply after `bulk.cut_bulk` has cut
# its comment threads, navigation and forms, so only a page whose story itself is that big
# is refused.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # about 6x the largest real page
MAX_ELEMENTS = 50_000  # ~40 us an element: a million tiny ones would take a minute
MAX_ELEMENT_LEVELS = 2_000_000  # sum of element depths: wide trees under long chains
MAX_TEXT_LEVELS = 40_000_000  # sum of characters times their depth: megabytes held deep
MAX_DEPTH = 512  # Blink's parser depth limit; deeper markup is unwrapped, its text kept
# lxml parses these but refuses them when a step sets text (drop_tree joins tails); no
# page means them as text, and XML consumers of the output reject them too.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CONTROL_BYTES = bytes(c for c in range(32) if c not in b"\t\n\r")  # NOT_IN_XML's ASCII part
OTHER_BYTES = bytes(c for c in range(256) if c not in CONTROL_BYTES)
NOT_IN_XML_REFERENCE = re.compile(  # the same characters written as references: &#14; &#x1F
    r"&#(?:0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    r"|[xX]0*(?:[1-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[efEF])(?![0-9a-fA-F]));?"
)
REFERENCE_UTF8 = re.compile(NOT_IN_XML_REFERENCE.pattern.encode("ascii"))  # on the UTF-8 form
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
SNIFF_BYTES = 4096  # browsers look for <meta charset> in the first 1024 bytes; be generous
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "a RIFF media file"),
)
MARKUP = re.compile(r"<\s*[a-zA-Z!?/]")
# Which encodings WHATWG says a declaration of the left means in practice.
ENCODING_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "x-sjis": "shift_jis"}  # fmt: skip


def _canonical_encoding(name: str) -> str | None:
    name = name.strip().lower()
    name = ENCODING_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(data: bytes, content_type: str | None = None) -> str | None:
    """The charset from the HTTP header, else from a `<meta>` near the top."""
    header = HEADER_CHARSET.search(content_type) if content_type else None
    if header and (encoding := _canonical_encoding(header.group(1))):
        return encoding
    if meta := META_CHARSET.search(data[:SNIFF_BYTES]):
        return _canonical_encoding(meta.group(1).decode("ascii", "replace"))
    return None


def _reject_binary(data: bytes, source: str) -> None:
    if not data or data.isspace():  # `strip()` would copy the whole page to find out
        raise NotHtml(f"{source}: empty document")
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotHtml(f"{source}: {what}, not HTML")
    if b"\x00" in data[:SNIFF_BYTES] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotHtml(f"{source}: binary data, not HTML")


def decode_html(data: bytes, content_type: str | None = None, source: str = "<input>") -> str:
    """Decode page bytes to text; raise `NotHtml` for binary or markup-free input."""
    return _decode(data, content_type, source)[0]


def _decode(data: bytes, content_type: str | None, source: str) -> tuple[str, bytes | None]:
    """`decode_html`, and the bytes themselves when they are the text's UTF-8 form (the
    usual page), so that they need not be encoded again for the parser."""
    for bom, bom_encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_encoding, errors="replace"), None
    _reject_binary(data, source)
    declared = declared_encoding(data, content_type)
    if declared is not None and is_single_byte(declared) and is_multibyte_utf8(data):
        declared = "utf-8"
    candidates = [declared, "utf-8"]
    for encoding in candidates:
        if encoding is None:
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, data if encoding == "utf-8" else None
    return data.decode(detect_encoding(data), errors="replace"), None


# Two characters in a single-byte code page, one in every multi-byte one (Shift_JIS reads
# the first pair as two half-width katakana, EUC and GB as one ideograph; the second pair is
# one character in Shift_JIS, Big5 and GB18030).
MULTIBYTE_PROBES = (b"\xc3\xa9", b"\x88\x9f")


def is_single_byte(encoding: str) -> bool:
    """True for code pages with one character a byte (windows-1252, ISO 8859-x, KOI8-R)."""
    try:
        return all(len(probe.decode(encoding, "replace")) == 2 for probe in MULTIBYTE_PROBES)
    except LookupError:
        return False


def is_multibyte_utf8(data: bytes) -> bool:
    """True when the bytes are valid UTF-8 and hold at least one multi-byte character.

    Text in a single-byte code page is almost never valid UTF-8 by accident: its accented
    letters would have to come in exact lead-and-continuation pairs all through the page.
    A page declaring Latin-1 whose bytes pass is a UTF-8 page mislabelled (saved by a tool
    that kept an old `<meta charset>`, or served by a misconfigured server), and browsers'
    detection reads it as UTF-8 too, rather than as "mÃ¡s".
    """
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


LEGACY_DEFAULT = "cp1252"  # what browsers assume for undeclared legacy bytes in most locales
DETECTION_MARGIN = 0.05  # detectors often rank a Baltic or Central European code page a hair
# above windows-1252 on Western text (cp775 for "Café ... €5"): within this much chaos, the
# browsers' default wins. Cyrillic, Greek or CJK bytes look like noise in cp1252 and stay
# with their detected encoding.


NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
TYPOGRAPHY = frozenset("‘’‚“”„–—…•€™«»°·©®×")
MAX_WESTERN_RUN = 2.0  # accents sit one or two to a word: "Déclaré", "Grüße"
MIN_WESTERN_SHARE = 0.9


def reads_as_western(data: bytes) -> bool:
    """True when windows-1252 makes the non-ASCII bytes accented letters and typography.

    Detectors guess poorly on mostly-ASCII pages with a few accents (mac_latin2 for
    "Déclaré"), the commonest mislabelled page. Cyrillic or Greek bytes read as cp1252
    fill whole words with accented letters, and Central European ones give symbols
    ("¹", "³"), so neither passes.
    """
    try:
        runs = NON_ASCII_RUN.findall(data.decode(LEGACY_DEFAULT))
    except UnicodeDecodeError:
        return False
    chars = "".join(runs)
    if not runs or len(chars) / len(runs) > MAX_WESTERN_RUN:
        return False
    western = sum(1 for char in chars if char.isalpha() or char in TYPOGRAPHY)
    return western >= MIN_WESTERN_SHARE * len(chars)


def detect_encoding(data: bytes) -> str:
    """The encoding of undeclared, non-UTF-8 bytes, leaning to windows-1252 on near ties."""
    if reads_as_western(data[:200_000]):
        return LEGACY_DEFAULT
    results = charset_normalizer.from_bytes(data[:200_000])
    best = results.best()
    if best is None:
        return LEGACY_DEFAULT
    for match in results:
        if match.encoding == LEGACY_DEFAULT and match.chaos <= best.chaos + DETECTION_MARGIN:
            return LEGACY_DEFAULT
    return str(best.encoding)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2048]
    return bool(MARKUP.search(head)) and not head.startswith(("{", "["))


def xml_safe(text: str) -> str:
    """`text` as libxml2 can read all of it, and XML consumers too.

    Lone surrogates are replaced, as browsers do: libxml2 stops reading the page at one.
    The characters of `NOT_IN_XML` become spaces. Scanning a whole page with that regex
    took longer than parsing it; instead, deleting every other byte from the UTF-8 form
    (a table lookup in C) finds the rare page that has any: the control characters are
    single bytes there, never part of a longer character. One encoding serves both tests.
    """
    return _xml_safe(text)[0]


def holds_not_in_xml(text: str) -> bool:
    """Whether `text` holds a character of `NOT_IN_XML`: `xml_safe`'s test, three times
    faster than the regex's search on long text."""
    utf8 = text.encode("utf-8", "surrogatepass")
    return bool(utf8.translate(None, OTHER_BYTES)) or "\ufffe" in text or "\uffff" in text


def _xml_safe(text: str, utf8: bytes | None = None) -> tuple[str, bytes | None]:
    """`xml_safe`, given and giving the text's UTF-8 form: None once the text changed.

    The page's own bytes, when they are that form, are tested instead of encoding it.
    """
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:
            utf8 = text.encode("utf-8", "replace")
            text = utf8.decode("utf-8")
    if utf8.translate(None, OTHER_BYTES) or "\ufffe" in text or "\uffff" in text:
        return NOT_IN_XML.sub(" ", text), None
    return text, utf8


# Every element is an `HtmlElement`, chosen in C: lxml.html's default lookup is Python code
# run for each element proxy (6% of extraction's time), to pick form and input classes
# that nothing here uses.
HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse_html(
    html: str | bytes, content_type: str | None = None, source: str = "<input>"
) -> HtmlElement:
    """Parse a page once; every later step works on this tree.

    Raises `TooLarge` past the limits above, so that no page takes unbounded time or
    memory, and flattens markup nested deeper than `MAX_DEPTH`.
    """
    if len(html) > MAX_DOCUMENT_BYTES:
        raise TooLarge(f"{source}: {len(html)} bytes, over the {MAX_DOCUMENT_BYTES} limit")
    text, utf8 = _decode(html, content_type, source) if isinstance(html, bytes) else (html, None)
    text, utf8 = _xml_safe(text, utf8)
    if REFERENCE_UTF8.search(utf8) if utf8 is not None else NOT_IN_XML_REFERENCE.search(text):
        text, utf8 = NOT_IN_XML_REFERENCE.sub(" ", text), None
    if not looks_like_html(text):
        raise NotHtml(f"{source}: no HTML markup at the start of the document")
    # The parser reads UTF-8 whatever the page declares, as lxml does with str input (which
    # it refuses when it carries an XML encoding declaration); bytes parse faster.
    fixed = without_early_end_tags(XML_DECLARATION.sub("", text, count=1))
    if fixed != text:
        text, utf8 = fixed, None
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, huge_tree=True, encoding="utf-8"
    )
    parser.set_element_class_lookup(HTML_CLASSES)
    try:
        root = lxml.html.document_fromstring(
            text.encode("utf-8") if utf8 is None else utf8, parser=parser
        )
    except (etree.ParserError, ValueError) as exc:
        raise NotHtml(f"{source}: {exc}") from exc
    if limit := parser.error_log.filter_types([etree.ErrorTypes.ERR_RESOURCE_LIMIT]):
        # libxml2 stops reading at 2,048 levels: the rest of the page is silently gone
        raise TooLarge(f"{source}: {limit[0].message}")
    elements = most_elements(text)
    if elements > MAX_ELEMENTS:
        elements = int(root.xpath("count(//*)"))
    if elements > MAX_ELEMENTS and cut_bulk(root, keep_at_most=MAX_ELEMENTS):
        elements = int(root.xpath("count(//*)"))
    if elements > MAX_ELEMENTS:
        raise TooLarge(f"{source}: {elements} elements, over the {MAX_ELEMENTS} limit")
    past_shallow = flatten_deep_markup(root)
    if not surely_cheap(root, elements, len(text), past_shallow=past_shallow):
        refuse_costly_tree(root, source)
    return root


ELEMENTS_PER_TAG = 3  # libxml2 implies at most a <p> beside a tag, and one in the text after it
IMPLIED_ELEMENTS = 3  # <html>, <head> and <body>


def most_elements(markup: str) -> int:
    """An upper bound on the elements libxml2 makes of `markup`, counted in C.

    Every element comes from a tag, or is implied by one or by the text after it (an
    implied <p>), so three per opening bracket bound them. Counting the tree's elements
    with XPath took a tenth of parsing; the bound is under `MAX_ELEMENTS` on all but a
    few of the dev sets' pages, and the exact count is taken only past it. A bound is
    enough for `surely_cheap` too: a larger count only makes its test stricter, and a
    page it cannot clear is measured exactly (`refuse_costly_tree`).
    """
    return ELEMENTS_PER_TAG * (markup.count("<") + 1) + IMPLIED_ELEMENTS


END_TAG = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def without_early_end_tags(text: str) -> str:
    """Drop `</body>` and `</html>` when markup follows them.

    A template that closes the document early (a header include ending in `</html>`)
    leaves the article after it; browsers put such markup back into the body, while
    libxml2 drops everything after `</html>`: the page would come out empty. On the usual
    page only whitespace follows the first end tag, and the text is returned as it is.
    """
    end = END_TAG.search(text)
    if end is None:
        return text
    rest = END_TAG.sub("", text[end.end() :])
    if not rest.strip():
        return text
    return text[: end.start()] + rest


DEEPEST = etree.XPath("/*" * MAX_DEPTH + "[*]")  # elements at the depth limit with children


def deeper_than(depth: int) -> etree.XPath:
    """A query for whether any element sits deeper than `depth`: a path run in C."""
    return etree.XPath("boolean(" + "/*" * (depth + 1) + ")")


DEEPER_THAN = tuple((depth, deeper_than(depth)) for depth in (256, 128, 64, 32, 16))
SHALLOW_DEPTH = 32  # deeper than nearly every real page
PAST_SHALLOW = deeper_than(SHALLOW_DEPTH)
NOT_READ = frozenset({"script", "style", "template"})  # stripped before any text is read


def flatten_deep_markup(root: HtmlElement) -> bool:
    """Unwrap the markup below `MAX_DEPTH`, keeping its text, as browsers do.

    A short path first rules out nearly every page: libxml2 takes all of `DEEPEST`'s
    hundreds of steps even once no element is left at that depth. Returns what it found:
    whether any element sits deeper than `SHALLOW_DEPTH`.
    """
    if not PAST_SHALLOW(root):
        return False
    for node in DEEPEST(root):
        etree.strip_elements(node, *NOT_READ, with_tail=False)
        etree.strip_tags(node, "*")
    return True


def surely_cheap(
    root: HtmlElement, elements: int, characters: int, *, past_shallow: bool = True
) -> bool:
    """True when bounds prove `refuse_costly_tree` would pass, without its Python walk.

    With no element deeper than `depth`, the element-levels are at most `depth` times the
    elements, and the character-levels at most `depth` times the characters of the parsed
    markup (which hold the text and more). Below `MAX_DEPTH` (the flattened tree's depth) a
    bound needs one path query; almost every page passes it. `past_shallow=False` (from
    `flatten_deep_markup`) already answers that query for a bound of `SHALLOW_DEPTH` or more.
    When the markup's characters allow too low a bound (a page of long scripts, styles and
    attributes), the characters of the tree's text, serialised in C, are tried instead.
    """
    if _bound_holds(root, elements, characters, past_shallow):
        return True
    text = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
    return len(text) < characters and _bound_holds(root, elements, len(text), past_shallow)


def _bound_holds(root: HtmlElement, elements: int, characters: int, past_shallow: bool) -> bool:
    depth = min(MAX_ELEMENT_LEVELS // max(elements, 1), MAX_TEXT_LEVELS // max(characters, 1))
    if depth >= MAX_DEPTH or (depth >= SHALLOW_DEPTH and not past_shallow):
        return True
    for level, deeper in DEEPER_THAN:  # the deepest level the bound allows decides
        if level <= depth:
            return not deeper(root)
    return False


def tree_cost(root: HtmlElement) -> tuple[int, int]:
    """The tree's element-levels and character-levels: what reading every text costs."""
    depth = element_levels = text_levels = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        element_levels += depth
        if node.tag not in NOT_READ:
            text_levels += depth * len(node.text or "")
        text_levels += (depth - 1) * len(node.tail or "")
    return element_levels, text_levels


def refuse_costly_tree(root: HtmlElement, source: str) -> None:
    """Raise `TooLarge` when reading every node's text would take more than seconds."""
    element_levels, text_levels = tree_cost(root)
    if element_levels > MAX_ELEMENT_LEVELS or text_levels > MAX_TEXT_LEVELS:
        raise TooLarge(
            f"{source}: {element_levels} element-levels and {text_levels} character-levels, "
            f"over the {MAX_ELEMENT_LEVELS} and {MAX_TEXT_LEVELS} limits"
        )
