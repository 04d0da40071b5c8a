"""Parse untrusted XML (sitemaps, feeds) without letting it reach out or blow up.

Sitemaps and feeds come from the network, so a hostile one may declare external
entities (XXE: read local files, fetch URLs) or nest entity expansions (billion laughs).
The parser resolves no entities, loads no DTD, never touches the network, keeps lxml's
limits on tree depth and text size (`huge_tree=False`), and refuses documents larger
than a cap before parsing them.
"""

from __future__ import annotations

import zlib

from lxml import etree

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit for one uncompressed file
GZIP_MAGIC = b"\x1f\x8b"


class XmlRefused(ValueError):
    """The document is too large, not XML, or could not be parsed safely."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=True,
    )


def gunzip_capped(data: bytes, max_bytes: int = MAX_XML_BYTES) -> bytes:
    """Decompress a gzipped sitemap, refusing output beyond `max_bytes` (zip bombs)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise XmlRefused(f"bad gzip data: {exc}") from exc
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise XmlRefused(f"gzipped document inflates beyond {max_bytes} bytes")
    return out


def parse_xml(data: bytes, max_bytes: int = MAX_XML_BYTES) -> etree._Element:
    """The root element of `data` (gzip allowed), parsed with entities and network off."""
    if data[:2] == GZIP_MAGIC:
        data = gunzip_capped(data, max_bytes)
    if len(data) > max_bytes:
        raise XmlRefused(f"document of {len(data)} bytes exceeds the {max_bytes}-byte cap")
    try:
        root = etree.fromstring(data.lstrip(), _parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise XmlRefused(f"not parseable as XML: {exc}") from exc
    if root is None:
        raise XmlRefused("empty or unparseable XML document")
    return root


def local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # comments, entities left unresolved
        return ""
    return etree.QName(tag).localname.lower()


def child_text(element: etree._Element, name: str) -> str | None:
    """The stripped text of the first child named `name` (any namespace)."""
    for child in element:
        if local_name(child) == name:
            text = "".join(child.itertext()).strip()
            return text or None
    return None
