"""HTML in, one clean `Article` out: the steps of extraction, in order."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from lxml import etree
from lxml.html import HtmlElement

from .article import Article, Author, Refusal, Removal
from .attempts import clean_in_attempts
from .body import CJK, locate_generic_body, measure
from .cleaning import Found, apply, find_matches
from .dates import to_utc_iso
from .document import parse_html
from .errors import NoBodyFound, NotAnArticle
from .generic.density import teaser_headlines
from .kinds import Kind
from .metadata import Metadata, read_metadata
from .pipeline import build_cleaners
from .render import text_lines
from .rules import Cleaner, Match, Page, RuleCleaner
from .sanitize import body_html
from .sites import SiteRegistry, SiteRule, default_registry
from .templates import keep_templates, restore_templates
from .text import link_density, node_text, normalise, word_count

logger = logging.getLogger(__name__)

NON_CONTENT_TAGS = ("script", "style", "noscript", "template", "link", "meta", "svg", "head")
MIN_ARTICLE_WORDS = 40  # below this a page with no article markup is a listing or a stub
MAX_LISTING_LINK_DENSITY = 0.5  # a "body" mostly made of links is navigation
MIN_LISTING_TEASERS = 4  # linked headlines over summaries: a home page or a section front


@dataclass(slots=True)
class Extraction:
    """The state one page's extraction builds up, step by step."""

    url: str | None
    root: HtmlElement
    meta: Metadata
    rule: SiteRule | None
    body: HtmlElement | None = None
    site: str = "generic"  # the rule's slug once its body selector has found the body
    site_rule_missed: str | None = None  # the rule's slug when its body selector found nothing
    removed: list[Removal] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)  # the guard's, noted on the item
    notes: list[str] = field(default_factory=list)
    cleaners: Sequence[Cleaner] = ()  # the configured generic cleaners, in order


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    content_type: str | None = None,
    site_rules: bool | SiteRegistry = True,
    fetched: date | None = None,
    cleaners: Sequence[Cleaner] | None = None,
) -> Article:
    """Extract the article of one page.

    `site_rules=False` runs the generic path only; a `SiteRegistry` replaces the built-in
    one. Without `url` the page's own canonical URL picks the site rule, so a saved page
    needs no `--url`. `fetched` picks the site rule version (default: today). `cleaners`
    replaces the generic cleaners (default: `pipeline.build_cleaners()`). Raises `NotHtml`,
    `NotAnArticle` or `NoBodyFound`, all `ExtractionError`s.
    """
    root = parse_html(html, content_type, source=url or "<input>")
    state = clean_tree(root, url, site_rules=site_rules, fetched=fetched, cleaners=cleaners)
    return build_article(state)


def clean_tree(
    root: HtmlElement,
    url: str | None,
    *,
    site_rules: bool | SiteRegistry = True,
    fetched: date | None = None,
    cleaners: Sequence[Cleaner] | None = None,
) -> Extraction:
    """The steps of `extract_article` on a parsed tree, which they clean in place.

    Public so that `presswash report` can run them on a tree whose nodes it has marked and
    keep the state (the body element) that the item does not carry.
    """
    meta = read_metadata(root, url)
    rule = choose_site_rule(url or meta.canonicalUrl, site_rules, fetched)
    state = Extraction(url, root, meta, rule)
    state.cleaners = build_cleaners() if cleaners is None else cleaners
    apply_metadata_overrides(state)
    templates = keep_templates(root)
    strip_non_content(root)
    page = Page(url, meta.headline, tuple(author.name for author in meta.authors))
    if state.rule is not None:
        clean_with_site_rule(state, page)
    if state.body is None:
        clean_generically_or_from_templates(state, page, templates)
    drop_repeated_headline(state)
    return state


def choose_site_rule(
    url: str | None, site_rules: bool | SiteRegistry, fetched: date | None
) -> SiteRule | None:
    if site_rules is False:
        return None
    registry = default_registry() if site_rules is True else site_rules
    return registry.match(url, fetched)


def strip_non_content(root: HtmlElement) -> None:
    """Remove what is never text (scripts, styles); done after metadata is read."""
    etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)


def select_site_body(root: HtmlElement, rule: SiteRule) -> HtmlElement | None:
    selector = rule.body_selector
    if selector is None:
        return None
    nodes = selector(root)
    outermost = [n for n in nodes if not any(a in nodes for a in n.iterancestors())]
    if len(outermost) <= 1:
        return outermost[0] if outermost else None
    wrapper = etree.SubElement(outermost[0].getparent(), "div")  # a body split in parts
    for node in outermost:
        wrapper.append(node)
    return wrapper


def clean_with_site_rule(state: Extraction, page: Page) -> None:
    assert state.rule is not None
    body = select_site_body(state.root, state.rule)
    if body is None:
        if state.rule.body:
            logger.warning(
                "site rule %s: body selector %r matched nothing on %s; using the generic path",
                state.rule.site,
                state.rule.body,
                state.url,
            )
            state.site_rule_missed = state.rule.site
        return
    cleaners: list[Cleaner] = [RuleCleaner(state.rule.site, state.rule.drops)]
    cleaners.extend(state.rule.cleaners)
    if state.rule.generic_cleaners:
        cleaners.extend(state.cleaners)
    state.removed += apply(
        body, find_matches(body, cleaners, page), protect=body, refused=state.refused
    )
    state.body = body
    state.site = state.rule.site


def clean_generically(state: Extraction, page: Page) -> None:
    body_tag = state.root.find("body")
    scope = body_tag if body_tag is not None else state.root
    measures = measure(scope)  # held to the end: keeps element proxies for the cleaners
    body = locate_generic_body(scope, measures, state.notes)
    if body is None:
        raise NoBodyFound(f"{state.url or '<input>'}: no element with paragraph text")
    if (
        not state.meta.declares_article
        and (teasers := teaser_headlines(body, state.url)) >= MIN_LISTING_TEASERS
    ):
        raise NotAnArticle(f"{state.url or '<input>'}: the best block holds {teasers} teasers")
    cleaned = clean_in_attempts(body, page, measures, state.cleaners, state.refused)
    state.removed += cleaned.removed
    state.notes += cleaned.notes
    state.body = cleaned.body


def clean_generically_or_from_templates(
    state: Extraction, page: Page, templates: list[HtmlElement]
) -> None:
    """The generic path; on a page whose visible markup holds no story, on its templates."""
    try:
        clean_generically(state, page)
    except NoBodyFound:
        if not templates:
            raise
    visible = state.body
    if not templates or (
        visible is not None and not is_listing(visible, word_count(node_text(visible)))
    ):
        return
    holder = restore_templates(state.root, templates)
    if holder is None:
        if visible is None:
            raise NoBodyFound(f"{state.url or '<input>'}: no element with paragraph text")
        return
    strip_non_content(holder)
    state.body = None
    try:
        clean_generically(state, page)
    except NoBodyFound:
        holder.drop_tree()  # the templates hold no story either: the page as it was
        if visible is None:
            raise
        state.body = visible
        return
    state.notes.append(
        f"body-from-templates: the visible page held no story; read {len(templates)}"
    )


def drop_repeated_headline(state: Extraction) -> None:
    """The headline is its own field; an h1 repeating it inside the body goes."""
    if state.body is None or not state.meta.headline:
        return
    headline = normalise(state.meta.headline).lower()
    found = [
        Found("headline", Match(h1, Kind.HEADLINE, "h1=headline"))
        for h1 in state.body.iter("h1")
        if normalise(node_text(h1)).lower() == headline
    ]
    if found:
        state.removed += apply(state.body, found, protect=state.body, refused=state.refused)


def apply_metadata_overrides(state: Extraction) -> None:
    if state.rule is None:
        return
    rule, meta, root = state.rule.metadata, state.meta, state.root
    if rule.headline and (nodes := root.cssselect(rule.headline)):
        meta.headline = node_text(nodes[0]) or meta.headline
    if rule.description and (nodes := root.cssselect(rule.description)):
        meta.description = node_text(nodes[0]) or meta.description
    if rule.authors and not meta.authors and (nodes := root.cssselect(rule.authors)):
        names = dict.fromkeys(node_text(node) for node in nodes if node_text(node))
        meta.authors = [Author(name) for name in names]
    if rule.date_published and (nodes := root.cssselect(rule.date_published)):
        node = nodes[0]
        raw = node.get("datetime") or node.get("content") or node_text(node)
        meta.datePublished = to_utc_iso(raw) or meta.datePublished


def build_article(state: Extraction) -> Article:
    assert state.body is not None
    lines = text_lines(state.body)
    text = "\n".join(lines)
    words = word_count(text)
    if not state.meta.declares_article and is_listing(state.body, text_size(text)):
        raise NotAnArticle(f"{state.url or '<input>'}: {words} words of body text, mostly links")
    if not words:
        raise NoBodyFound(f"{state.url or '<input>'}: the body holds no text")
    meta = state.meta
    return Article(
        url=state.url,
        canonicalUrl=meta.canonicalUrl,
        headline=meta.headline,
        description=meta.description,
        authors=meta.authors,
        datePublished=meta.datePublished,
        dateModified=meta.dateModified,
        inLanguage=meta.inLanguage,
        articleSection=meta.articleSection,
        keywords=meta.keywords,
        mainImage=meta.mainImage,
        articleBody=text,
        articleBodyHtml=body_html(state.body, state.url or meta.canonicalUrl),
        wordCount=words,
        site=state.site,
        siteRuleMissed=state.site_rule_missed,
        removed=state.removed,
        notes=state.notes + [refusal.note() for refusal in state.refused],
    )


def text_size(text: str) -> int:
    """Words, counting CJK characters as half a word each: those scripts use no spaces."""
    return word_count(text) + len(CJK.findall(text)) // 2


def is_listing(body: HtmlElement, words: int) -> bool:
    return words < MIN_ARTICLE_WORDS or link_density(body) > MAX_LISTING_LINK_DENSITY
