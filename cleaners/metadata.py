"""Article metadata from JSON-LD, then OpenGraph and meta tags, then the DOM.

Read before scripts are stripped: JSON-LD lives in `<script>`. Each field takes the first
source that has it, in the order of how often that source is right on real pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

from .article import ArticleMetadata, Author
from .authors import clean_author_name
from .bylines import authors_among, marks_author
from .dates import date_in_text, to_utc_iso
from .headerdates import date_below_headline
from .headline import without_site_name
from .jsonld import JsonObject, article_object, index_by_id, json_ld_in, resolve, types_of
from .landmarks import Landmarks, find_landmarks
from .language import bcp47
from .sanitize import safe_url
from .text import normalise
from .urls import host_of

# `(?<!\s)` starts a match only where a run of spaces starts: without it a long run is
# rescanned from each of its positions, quadratic in its length.
AUTHOR_SPLIT = re.compile(r"(?<!\s)\s*(?:,|\band\b|&|\||/)\s*")
BYLINE_CSS = (
    "[rel=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    ".byline__name, .byline-name, .author-name, .author__name, .c-byline__author-name",
    ".byline a, .byline",
)
DATE_META_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
    "article.published", "publish-date", "cxenseparse:recs:publishtime", "dcterms.created",
)  # fmt: skip
MODIFIED_META_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
)
# `BYLINE_CSS` read in one walk of the page: libxml2 ran the selectors as nine XPath scans
# of every element, the slowest step of reading metadata. tests/test_metadata_bylines.py
# holds the walk to the selectors' answers.
NAME_CLASSES = frozenset(
    {"byline__name", "byline-name", "author-name", "author__name", "c-byline__author-name"}
)
BYLINE_CLASS_WORDS = ("byline", "author")  # every class above and "byline" holds one
_BYLINE_WORD, _AUTHOR_WORD = BYLINE_CLASS_WORDS
XML_SPACE = " \t\r\n"  # what CSS class matching (XPath's normalize-space) splits on
XML_SPACES = re.compile(f"[{XML_SPACE}]+")
SITE_NAME_SUFFIX = re.compile(r"(?<!\s)\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")


@dataclass(slots=True)
class Metadata(ArticleMetadata):
    declares_article: bool = False  # JSON-LD or og:type says this page is an article
    page_types: frozenset[str] = frozenset()  # every JSON-LD @type, and og:type as "og:<type>"


def read_meta_tags(root: HtmlElement) -> dict[str, str]:
    """`<meta>` values by lower-cased name/property/itemprop; the first one wins."""
    return meta_tags_of(root.iter("meta"))


def meta_tags_of(metas: Iterable[HtmlElement]) -> dict[str, str]:
    """`read_meta_tags` of these meta elements."""
    tags: dict[str, str] = {}
    for meta in metas:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        return next((text for item in value if (text := _first_text(item))), None)
    if isinstance(value, dict):
        return _first_text(value.get("name") or value.get("@value") or value.get("url"))
    if isinstance(value, str | int | float) and str(value).strip():
        return normalise(html.unescape(str(value)))
    return None


def _image_url(value: Any) -> str | None:
    """The URL of an image value; a reference that no object resolves is no image."""
    if isinstance(value, list):
        return next((url for item in value if (url := _image_url(item))), None)
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl"))
    return value.strip() if isinstance(value, str) and value.strip() else None


def _json_ld_authors(value: Any) -> list[Author]:
    people = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for person in people:
        if isinstance(person, dict):
            name, url = _first_text(person.get("name")), person.get("url")
            if isinstance(url, list):
                url = url[0] if url else None
        else:
            name, url = _first_text(person), None
        for part in AUTHOR_SPLIT.split(name or "") if isinstance(person, str) else [name or ""]:
            if cleaned := clean_author_name(part):
                authors.append(Author(cleaned, url if isinstance(url, str) else None))
    return _unique_authors(authors)


def _unique_authors(authors: list[Author]) -> list[Author]:
    seen: set[str] = set()
    unique = []
    for author in authors:
        if author.name.lower() not in seen:
            seen.add(author.name.lower())
            unique.append(author)
    return unique


def _keywords(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value or "").split(",")
    return list(dict.fromkeys(k for item in items if (k := _first_text(item))))


def _dom_authors(root: HtmlElement, marks: Landmarks, base_url: str | None) -> list[Author]:
    """The byline selectors' names, else the names shown as text (`bylines.py`)."""
    shown: list[HtmlElement] = []
    for nodes in byline_nodes(root, shown):
        names = []
        for node in nodes[:5]:
            name = clean_author_name(" ".join(node.itertext()))
            href = node.get("href")
            if name:
                names.append(Author(name, join_url(base_url, href) if href else None))
        if names:
            return _unique_authors(names)
    return [Author(name, None) for name in authors_among(marks.body_h1, shown)]


def byline_nodes(
    root: HtmlElement, shown: list[HtmlElement] | None = None
) -> list[list[HtmlElement]]:
    """What each selector of `BYLINE_CSS` selects, in order, each in document order.

    The same walk fills `shown`, when given, with the elements whose class or id
    `bylines.marks_author`. It visits every element of the page: attribute names are read
    in one call and only the values present are asked for (half the walk's time). A page
    repeats its class attributes, so each is judged once (`_class_verdict`); an element
    whose only attribute is a class (the usual one) needs nothing more.
    """
    rel_authors, item_authors, item_names, named, bylines = [], [], [], [], []
    verdicts: dict[str, tuple[bool, bool, bool]] = {}
    marks = shown if shown is not None else []
    for node in root.iter(etree.Element):
        names = node.keys()  # one call for the attribute names; values read when present
        if not names:
            continue
        marked = False
        if "class" in names:
            classes = node.get("class")
            verdict = verdicts.get(classes)
            if verdict is None:
                verdict = verdicts[classes] = _class_verdict(classes)
            marked, is_named, is_byline = verdict
            if is_named:
                named.append(node)
            if is_byline:
                bylines.append(node)
            if len(names) == 1:
                if marked:
                    marks.append(node)
                continue
        if marked or ("id" in names and marks_author(None, node.get("id"))):
            marks.append(node)
        if "rel" in names and node.get("rel") == "author":
            rel_authors.append(node)
        itemprop = node.get("itemprop") if "itemprop" in names else None
        if itemprop == "author":
            item_authors.append(node)
        elif itemprop == "name":
            item_names.append(node)
    return [
        rel_authors,
        _inside(item_names, item_authors),
        item_authors,
        named,
        _byline_links(bylines),
    ]


def _class_verdict(classes: str) -> tuple[bool, bool, bool]:
    """Whether a class attribute marks an author (`bylines.marks_author`), holds one of
    `NAME_CLASSES`, and holds "byline"."""
    marked = marks_author(classes, None)
    if _BYLINE_WORD not in classes and _AUTHOR_WORD not in classes:
        return marked, False, False  # most classes need no split
    tokens = XML_SPACES.split(classes.strip(XML_SPACE))
    return marked, not NAME_CLASSES.isdisjoint(tokens), "byline" in tokens


def _inside(nodes: list[HtmlElement], containers: list[HtmlElement]) -> list[HtmlElement]:
    """The nodes that sit inside one of the containers (CSS "container node")."""
    if not nodes or not containers:
        return []
    within = set(containers)
    return [node for node in nodes if any(a in within for a in node.iterancestors())]


def _byline_links(bylines: list[HtmlElement]) -> list[HtmlElement]:
    """`.byline a, .byline`: the bylines and the links inside them, in document order.

    Each outermost byline's subtree is walked in turn: they hold every node selected.
    """
    chosen = set(bylines)
    found: list[HtmlElement] = []
    for byline in bylines:
        if chosen.isdisjoint(byline.iterancestors()):
            found += [
                node
                for node in byline.iter(etree.Element)
                if node in chosen or (node.tag == "a" and node is not byline)
            ]
    return found


# A date shown only to readers sits in a <time> without a machine-readable value, or in a
# short element near the headline whose class names a date ("post-hero__date",
# "published", "posted-on"). Searching only the headline's surroundings keeps this cheap:
# an attribute test on every element of a page took longer than reading all the rest.
DATE_CLASS = re.compile(r"date|publish|posted", re.IGNORECASE)
HEADER_LEVELS = 3  # the h1's parent, grandparent and great-grandparent: the article header
MAX_HEADER_ELEMENTS = 200  # when that is the whole page, its first elements are the header
MAX_DATE_TEXT = 80  # "Published December 17, 2025 at 10:00 by Jo Bloggs", not a paragraph
MAX_DATE_CANDIDATES = 8  # the article's date comes first; later ones date other stories


def _dom_date(marks: Landmarks) -> str | None:
    for node in marks.dated_times:
        if date := to_utc_iso(node.get("datetime")):
            return date
    for node in _shown_dates(marks)[:MAX_DATE_CANDIDATES]:
        text = " ".join(node.itertext())
        if len(text) <= MAX_DATE_TEXT and (date := date_in_text(text)):
            return date
    return None


def _shown_dates(marks: Landmarks) -> list[HtmlElement]:
    """<time> elements, then date-classed elements around the first h1, in that order."""
    found = marks.body_times  # a new list
    h1 = marks.body_h1
    header = None if h1 is None else next(islice(h1.iterancestors(), HEADER_LEVELS - 1, None), None)
    if header is not None:
        found += [
            node
            for node in islice(header.iter(etree.Element), MAX_HEADER_ELEMENTS)
            if (classes := node.get("class")) and DATE_CLASS.search(classes)
        ]
    return found


def _strip_site_name(title: str) -> str:
    return SITE_NAME_SUFFIX.sub("", title).strip()


def _from_json_ld(objects: list[JsonObject], meta: Metadata) -> None:
    obj = article_object(objects)
    if obj is None:
        return
    index = index_by_id(objects)
    obj = {key: resolve(value, index) for key, value in obj.items()}
    meta.declares_article = bool(types_of(obj) - {"webpage", "medicalwebpage"})
    meta.headline = _first_text(obj.get("headline")) or _first_text(obj.get("name"))
    meta.description = _first_text(obj.get("description"))
    meta.authors = _json_ld_authors(obj.get("author") or obj.get("creator"))
    meta.datePublished = to_utc_iso(_first_text(obj.get("datePublished") or obj.get("dateCreated")))
    meta.dateModified = to_utc_iso(_first_text(obj.get("dateModified")))
    meta.inLanguage = _first_text(obj.get("inLanguage"))
    meta.articleSection = _first_text(obj.get("articleSection"))
    meta.keywords = _keywords(obj.get("keywords"))
    meta.mainImage = _image_url(obj.get("image") or obj.get("thumbnailUrl"))


def _from_meta_tags(tags: dict[str, str], meta: Metadata) -> None:
    meta.declares_article = meta.declares_article or tags.get("og:type", "").lower() == "article"
    meta.headline = meta.headline or _first_text(tags.get("og:title") or tags.get("twitter:title"))
    meta.description = meta.description or _first_text(
        tags.get("og:description") or tags.get("description") or tags.get("twitter:description")
    )
    if not meta.authors:
        names = tags.get("author") or tags.get("article:author") or tags.get("parsely-author")
        if names and not names.startswith("http"):
            meta.authors = _json_ld_authors(names)
    meta.datePublished = meta.datePublished or next(
        (d for key in DATE_META_KEYS if (d := to_utc_iso(tags.get(key)))), None
    )
    meta.dateModified = meta.dateModified or next(
        (d for key in MODIFIED_META_KEYS if (d := to_utc_iso(tags.get(key)))), None
    )
    meta.articleSection = meta.articleSection or tags.get("article:section")
    meta.keywords = meta.keywords or _keywords(tags.get("keywords") or tags.get("news_keywords"))
    meta.mainImage = meta.mainImage or tags.get("og:image") or tags.get("twitter:image")
    meta.inLanguage = meta.inLanguage or tags.get("og:locale") or tags.get("language")


def _from_dom(root: HtmlElement, marks: Landmarks, url: str | None, meta: Metadata) -> None:
    if not meta.headline:
        h1, title = marks.h1, marks.title_text
        meta.headline = normalise(h1.text_content()) if h1 is not None else None
        meta.headline = meta.headline or (_strip_site_name(normalise(title)) if title else None)
    meta.authors = meta.authors or _dom_authors(root, marks, url)
    meta.datePublished = (
        meta.datePublished or _dom_date(marks) or date_below_headline(marks.body_h1)
    )
    meta.inLanguage = meta.inLanguage or root.get("lang") or root.get("xml:lang")
    canonical = marks.canonical
    href = canonical.get("href") if canonical is not None else None
    meta.canonicalUrl = join_url(url, href.strip()) if href and href.strip() else None


def join_url(base: str | None, href: str) -> str | None:
    """`href` made absolute, or None when it cannot be parsed ("http://[" raises)."""
    try:
        return urljoin(base or "", href)
    except ValueError:
        return None


def keep_safe_urls(meta: Metadata, base_url: str | None) -> None:
    """Drop URLs a consumer could not follow safely (`javascript:`, `data:`), as in the body."""
    meta.mainImage = safe_url(meta.mainImage, base_url) if meta.mainImage else None
    meta.canonicalUrl = safe_url(meta.canonicalUrl, base_url) if meta.canonicalUrl else None
    meta.authors = [
        Author(author.name, safe_url(author.url, base_url) if author.url else None)
        for author in meta.authors
    ]


def _page_types(objects: list[JsonObject], tags: dict[str, str]) -> frozenset[str]:
    """What the page says it is, for page classification (`classify.py`)."""
    found = {kind for obj in objects for kind in types_of(obj)}
    if og_type := tags.get("og:type"):
        found.add("og:" + og_type.strip().lower())
    return frozenset(found)


SITE_NAME_TAGS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
HEADLINE_TAGS = ("og:title", "twitter:title")


def site_names(objects: list[JsonObject], tags: dict[str, str]) -> list[str]:
    """What the page calls its site: meta tags, the JSON-LD publisher and WebSite names."""
    names = [tags[key] for key in SITE_NAME_TAGS if key in tags]
    index = index_by_id(objects)
    for obj in objects:
        publisher = resolve(obj.get("publisher"), index)
        if "website" in types_of(obj):
            names.append(_first_text(obj.get("name")) or "")
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict):  # its name only: a URL would name every host
                names.append(_first_text(item.get("name")) or "")
    return [name for name in names if name]


def headline_candidates(
    h1: HtmlElement | None, objects: list[JsonObject], tags: dict[str, str]
) -> list[str]:
    """The page's other statements of its headline (the first h1 is one), some without
    the site's name."""
    found = [tags[key] for key in HEADLINE_TAGS if key in tags]
    found += [text for obj in objects if (text := _first_text(obj.get("headline")))]
    if h1 is not None:
        found.append(normalise(h1.text_content()))
    return found


def drop_site_name(
    meta: Metadata,
    h1: HtmlElement | None,
    objects: list[JsonObject],
    tags: dict[str, str],
    url: str | None,
) -> None:
    if meta.headline:
        meta.headline = without_site_name(
            meta.headline,
            site_names(objects, tags),
            host_of(url or meta.canonicalUrl),
            headline_candidates(h1, objects, tags),
        )


def read_metadata(root: HtmlElement, url: str | None = None) -> Metadata:
    meta = Metadata()
    marks = find_landmarks(root)
    objects = json_ld_in(marks.scripts)
    _from_json_ld(objects, meta)
    tags = meta_tags_of(marks.metas)
    meta.page_types = _page_types(objects, tags)
    _from_meta_tags(tags, meta)
    _from_dom(root, marks, url, meta)
    meta.canonicalUrl = meta.canonicalUrl or tags.get("og:url")
    drop_site_name(meta, marks.h1, objects, tags, url)
    if meta.mainImage and url:
        meta.mainImage = join_url(url, meta.mainImage)
    keep_safe_urls(meta, url)
    meta.inLanguage = bcp47(meta.inLanguage)
    return meta
