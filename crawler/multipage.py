"""Articles split over several pages (Ars Technica does this) come out as one item."""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from cleaners import Article

MAX_PAGES = 20  # a "next" chain longer than this is a listing, not one article
NEXT_MARKER = re.compile(rb"""rel\s*=\s*["']?next""", re.IGNORECASE)
GENERIC_NEXT = "link[rel~=next], a[rel~=next]"


def next_page_url(
    body: bytes, url: str, css: str | None, first: str | None = None, visited: tuple[str, ...] = ()
) -> str | None:
    """The URL of the article's next page, if the page links one that continues it.

    Only an unvisited link under the first page's path counts (`/story/` -> `/story/2/`,
    `/story?page=2`), so a "next article" link is never followed as a page.
    """
    if css is None and not NEXT_MARKER.search(body):
        return None  # cheap pre-check: most pages have no next link; skip the parse
    root = lxml_html.fromstring(body)
    done = {page.split("#")[0] for page in (url, *visited)}
    for node in root.cssselect(css or GENERIC_NEXT):
        href = node.get("href")
        if not href:
            continue
        target = urljoin(url, href.strip()).split("#")[0]
        if target not in done and continues(first or url, target):
            return target
    return None


def continues(first: str, candidate: str) -> bool:
    a, b = urlsplit(first), urlsplit(candidate)
    if a.netloc != b.netloc or candidate.split("#")[0] == first.split("#")[0]:
        return False
    stem = a.path.rstrip("/")
    same_page_new_query = b.path.rstrip("/") == stem and b.query != a.query
    return same_page_new_query or b.path.startswith(stem + "/")


def merge_pages(parts: list[Article]) -> Article:
    """One article from its pages: metadata of the first, the bodies and traces of all."""
    first = parts[0]
    if len(parts) == 1:
        return first
    pages_note = f"merged {len(parts)} pages"
    return dataclasses.replace(
        first,
        articleBody="\n".join(part.articleBody for part in parts),
        articleBodyHtml="\n".join(part.articleBodyHtml for part in parts),
        wordCount=sum(part.wordCount for part in parts),
        removed=[removal for part in parts for removal in part.removed],
        siteRuleMissed=next((p.siteRuleMissed for p in parts if p.siteRuleMissed), None),
        notes=[
            *dict.fromkeys(note for part in parts for note in part.notes),
            pages_note,
        ],
    )
