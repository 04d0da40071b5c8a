"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each entry's link, dates and title."""

from __future__ import annotations

from lxml import etree

from cleaners.dates import to_utc_iso

from .candidates import Candidate
from .xml import XmlRefused, child_text, local_name, parse_xml

FEED_ROOTS = ("rss", "feed", "rdf")
ENTRY_TAGS = ("item", "entry")


def parse_feed(data: bytes, source: str = "") -> list[Candidate]:
    """The entries of a feed, in feed order; raises `XmlRefused` on anything else."""
    root = parse_xml(data)
    if local_name(root) not in FEED_ROOTS:
        raise XmlRefused(f"{source or 'document'}: root <{local_name(root)}> is not a feed")
    entries = []
    for node in root.iter():
        if local_name(node) in ENTRY_TAGS and (link := _entry_link(node)):
            entries.append(
                Candidate(
                    url=link,
                    published=to_utc_iso(
                        child_text(node, "pubdate")
                        or child_text(node, "published")
                        or child_text(node, "date")  # dc:date
                    ),
                    modified=to_utc_iso(child_text(node, "updated")),
                    title=child_text(node, "title"),
                    source=source,
                )
            )
    return entries


def _entry_link(node: etree._Element) -> str | None:
    """RSS writes the link as text; Atom as `<link rel="alternate" href>`."""
    for child in node:
        if local_name(child) != "link":
            continue
        href = child.get("href")
        if href is None:
            text = (child.text or "").strip()
            if text:
                return text
        elif child.get("rel", "alternate") == "alternate":
            return href.strip()
    guid = node.find("guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        return guid.text.strip()
    return None
