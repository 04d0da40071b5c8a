"""HTML in, one clean `Article` out: the steps of extraction, in order."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from lxml import etree
from lxml.html import HtmlElement

from .article import Article, Author, Refusal, Removal
from .attempts import clean_in_attempts
from .body import CJK, Measures, locate_generic_body, measure
from .classify import (
    Evidence,
    PageType,
    PageView,
    article_evidence,
    is_thin_or_linked,
    listing_reason,
    page_type,
    reads_thin_or_linked,
    reads_thin_or_linked_body,
)
from .cleaning import Found, apply, find_matches, trace_entry
from .consent import consent_rule, enclosing_consent_dialog
from .datablobs import data_blobs, drop_data_blobs
from .dates import to_utc_iso
from .document import parse_html
from .errors import NoBodyFound, NotAnArticle
from .faq import with_faq
from .intro import with_intro
from .kinds import Kind
from .memory import MemoryLookup, page_identity, remove_site_furniture
from .metadata import Metadata, read_metadata
from .pipeline import build_cleaners
from .postruns import Thread, declares_thread, locate_thread, thread_cleaners
from .render import block_text, text_lines
from .reveal import reveal_hidden_story
from .reviews import ProductReviewCleaner, read_reviews_as_comments
from .rules import Cleaner, Match, Page, RuleCleaner
from .sanitize import body_html
from .sections import all_sections
from .shoplabels import ShopLabelCleaner
from .sites import SiteRegistry, SiteRule, default_registry
from .sites.rule import portable_drops
from .templates import keep_templates, restore_templates
from .text import TextMemo, node_text, normalise, word_count
from .thread import (
    PostFurnitureCleaner,
    read_comments_as_text,
    whole_thread,
)

logger = logging.getLogger(__name__)

MAX_CONSENT_DIALOGS = 3  # a page may stack a cookie wall, a vendor list and a paywall dialog
NON_CONTENT_TAGS = ("script", "style", "noscript", "template", "link", "meta", "svg", "head")


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
    memory: MemoryLookup | None = None,
) -> Article:
    """Extract the article of one page.

    `site_rules=False` runs the generic path only; a `SiteRegistry` replaces the built-in
    one. Without `url` the page's own canonical URL picks the site rule, so a saved page
    needs no `--url`. `fetched` picks the site rule version (default: today). `cleaners`
    replaces the generic cleaners (default: `pipeline.build_cleaners()`). `memory`, the site
    memory of the page's site, learns the page and removes blocks other pages of the site
    also carry (see `cleaners.memory`). Raises `NotHtml`, `NotAnArticle` or `NoBodyFound`,
    all `ExtractionError`s.
    """
    root = parse_html(html, content_type, source=url or "<input>")
    learned = Learned(memory, page_identity(html)) if memory is not None else None
    state = clean_tree(
        root, url, site_rules=site_rules, fetched=fetched, cleaners=cleaners, memory=learned
    )
    return build_article(state)


@dataclass(frozen=True, slots=True)
class Learned:
    """The site memory a page is extracted with, and the page's identity in it."""

    memory: MemoryLookup
    key: str


def clean_tree(
    root: HtmlElement,
    url: str | None,
    *,
    site_rules: bool | SiteRegistry = True,
    fetched: date | None = None,
    cleaners: Sequence[Cleaner] | None = None,
    memory: Learned | None = None,
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
    if memory is not None:
        memory.memory.learn(root, memory.key)
    page = Page(url, meta.headline, tuple(author.name for author in meta.authors))
    if state.rule is not None:
        clean_with_site_rule(state, page)
    if state.body is None:
        clean_generically_or_revealed(state, page, templates)
    if memory is not None:
        clean_with_site_memory(state, memory.memory, memory.key)
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
                "site rule %s (version %s): body selector %r matched nothing on %s; "
                "using the generic path with its %d portable drops",
                state.rule.site,
                state.rule.version,
                state.rule.body,
                state.url or state.meta.canonicalUrl,
                len(portable_drops(state.rule)),
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
    kind = page_type(state.meta, state.url)
    measures, thread, posts_as_text = measure_and_find_thread(state, scope, kind)
    hold = kind is not PageType.FORUM  # a thread's posts are gathered after the listing tests
    body = (
        thread.body
        if thread is not None
        else locate_generic_body(scope, measures, state.notes, hold_parts=hold)
    )
    for _ in range(MAX_CONSENT_DIALOGS):
        if body is None or not drop_enclosing_consent_dialog(state, body):
            break
        measures = measure_page(scope, kind, posts_as_text)
        body = locate_generic_body(scope, measures, state.notes, hold_parts=hold)
        if body is None:
            raise NotAnArticle(f"{state.url or '<input>'}: the only text was a consent dialog")
    if body is None:
        raise NoBodyFound(f"{state.url or '<input>'}: no element with paragraph text")
    if reason := listing_reason(PageView(state.url, state.meta, scope, body, measures)):
        raise NotAnArticle(f"{state.url or '<input>'}: a listing: {reason}")
    if thread is None:
        body = with_faq(with_intro(body, measures, scope), measures, scope)
        body = fit_to_page_type(body, kind, state.meta, measures)
    cleaned = clean_in_attempts(
        body,
        page,
        measures,
        [
            *site_rule_leftovers(state),
            *state.cleaners,
            *(thread_cleaners(thread) if thread is not None else page_type_cleaners(kind)),
        ],
        state.refused,
        screen=partial(drop_consent_dialogs, state, thread),
    )
    state.removed += cleaned.removed
    state.notes += cleaned.notes
    state.body = cleaned.body


def measure_and_find_thread(
    state: Extraction, scope: HtmlElement, kind: PageType
) -> tuple[Measures, Thread | None, bool]:
    """The page measured (kept to the end: its proxies serve the cleaners), a forum's run
    of posts when it has one, and whether comment-marked posts were scored as text.

    JSON blobs written as text go first: script state, never prose. A declared thread
    with no run of posts found has its posts, marked as comments, scored as text; at a
    forum address alone, comments may sit under a story.
    """
    measures = measure_page(scope, kind)
    if blobs := data_blobs(measures):
        drop_data_blobs(blobs)
        measures = measure_page(scope, kind)
    declared = declares_thread(state.meta)
    thread = locate_thread(scope, measures, declared) if kind is PageType.FORUM else None
    if thread is not None:
        add_note(state, f"body-thread: a run of {len(thread.posts)} posts")
    posts_as_text = kind is PageType.FORUM and thread is None and declared
    if posts_as_text:
        read_comments_as_text(measures)
    return measures, thread, posts_as_text


def fit_to_page_type(
    body: HtmlElement, kind: PageType, meta: Metadata, measures: Measures
) -> HtmlElement:
    """A forum's body holds every post; a page that is no news story, all its sections.

    Both grow the body to an ancestor (see `thread.whole_thread`, `sections.all_sections`);
    a news story keeps the locator's body, fitted on news pages.
    """
    if kind is PageType.FORUM:
        return whole_thread(body, measures)
    if kind in (PageType.SERVICE, PageType.PRODUCT) or (article_evidence(meta) is Evidence.NONE):
        return all_sections(body, measures)
    return body


def page_type_cleaners(kind: PageType) -> list[Cleaner]:
    """On a forum page, members' signatures and ranks go from the posts; on a product
    page, the shop's buttons and notices."""
    if kind is PageType.PRODUCT:
        return [ShopLabelCleaner(), ProductReviewCleaner()]
    return [PostFurnitureCleaner()] if kind is PageType.FORUM else []


def measure_page(scope: HtmlElement, kind: PageType, posts_as_text: bool = False) -> Measures:
    """`measure(scope)`; a thread's posts marked as comments are scored (`posts_as_text`),
    and a product page's customer reviews are its comments and are not."""
    measures = measure(scope)
    if posts_as_text:
        read_comments_as_text(measures)
    elif kind is PageType.PRODUCT:
        read_reviews_as_comments(scope, measures)
    return measures


def clean_generically_or_revealed(
    state: Extraction, page: Page, templates: list[HtmlElement]
) -> None:
    """The generic path; on a page whose visible text is no story (no body, or a thin
    one), once more with the block a script would show revealed
    (`reveal.reveal_hidden_story`). A listing stays refused; the first attempt's refusal
    stands if nothing is revealed. Cleaning works in place, so what the first attempt
    removed is gone from the tree the second reads: its removals stay in the trace, its
    notes and the guard's refusals (about a body no longer used) do not."""
    notes, refused = list(state.notes), list(state.refused)
    try:
        clean_generically_or_from_templates(state, page, templates)
    except NoBodyFound:
        if (shown := reveal_hidden_story(state.root)) is None:
            raise
    else:
        body = state.body
        if body is None or not reads_thin_or_linked(state.meta, body):
            return
        if (shown := reveal_hidden_story(state.root)) is None:
            return
    state.notes, state.refused = notes, refused
    state.body = None
    clean_generically(state, page)
    add_note(state, f"body-revealed: the visible page held no story; showed a hidden <{shown.tag}>")


def clean_generically_or_from_templates(
    state: Extraction, page: Page, templates: list[HtmlElement]
) -> None:
    """The generic path; on a page whose visible markup holds no story, on its templates.

    A Blogger page whose posts sit in `<script type="text/template">` shows readers only
    its links: the visible page is refused (no body, or a listing) before the templates
    are read. If they hold no story either, the visible page's refusal stands.
    """
    refusal: NoBodyFound | NotAnArticle | None = None
    try:
        clean_generically(state, page)
    except (NoBodyFound, NotAnArticle) as error:
        if not templates:
            raise
        refusal = error
    visible = state.body
    if not templates or (visible is not None and not reads_thin_or_linked_body(visible)):
        return
    holder = restore_templates(state.root, templates)
    if holder is None:
        if refusal is not None:
            raise refusal
        return
    strip_non_content(holder)
    state.body = None
    try:
        clean_generically(state, page)
    except (NoBodyFound, NotAnArticle):
        holder.drop_tree()  # the templates hold no story either: the page as it was
        if refusal is not None:
            raise refusal from None
        state.body = visible
        return
    state.notes.append(
        f"body-from-templates: the visible page held no story; read {len(templates)}"
    )


def site_rule_leftovers(state: Extraction) -> list[Cleaner]:
    """A missed site rule's portable drops, for the generic body, noted on the item.

    `siteRuleMissed` already says the body selector missed (so that only the metadata
    selectors ran); the note adds the drops that still ran.
    """
    if state.rule is None or not (drops := portable_drops(state.rule)):
        return []
    kinds = ", ".join(sorted({drop.kind.value for drop in drops}))
    note = (
        f"site-rule-partial: {state.rule.version} ran {len(drops)} portable drops ({kinds}) "
        "and its metadata selectors on the generic body"
    )
    if note not in state.notes:  # the generic path may run twice (visible page, templates)
        add_note(state, note)
    return [RuleCleaner(f"{state.rule.site}:portable", drops)]


def clean_with_site_memory(state: Extraction, memory: MemoryLookup, key: str) -> None:
    assert state.body is not None
    removed = remove_site_furniture(state.body, memory, key)
    state.removed += removed.trace
    if removed.skipped:
        add_note(state, f"site-memory-skipped: {removed.skipped}")


def add_note(state: Extraction, note: str) -> None:
    """The one place notes are added (a structured field may replace the strings)."""
    state.notes.append(note)


def drop_enclosing_consent_dialog(state: Extraction, body: HtmlElement) -> bool:
    """Remove the consent dialog the body was found in, if any; the body is then located again.

    Only the body's ancestors are read, so a page whose body is no dialog pays nothing.
    """
    match = enclosing_consent_dialog(body, TextMemo())
    if match is not None:
        drop_dialog(state, match)
    return match is not None


def drop_dialog(state: Extraction, match: Match) -> None:
    """Remove a consent dialog, traced, without the guard.

    Like scripts, a dialog is never article text. The guard exists for a class that
    misnames an article wrapper; a dialog holding most of a page's text (a front page
    behind a cookie wall) is the case it must not protect.
    """
    text = block_text(match.node)
    logger.debug("removed %s by %s: %.80s", match.kind, match.rule, text)
    state.removed.append(trace_entry(Found("consent", match), (match.node,), text))
    match.node.drop_tree()


def drop_consent_dialogs(
    state: Extraction, thread: Thread | None, found: list[Found]
) -> list[Found]:
    """Remove the consent dialogs found in the body past the guard; return the other finds
    (on a forum thread, those that take no post: see `Thread.spare_posts`).

    A dialog beside a short story can hold most of the body's text, which is what the
    guard refuses to remove. Those that pass the consent test (a platform's container, or
    cookie wording in a dialog-sized block) go unguarded, as a dialog that won the body does.
    """
    texts, dropped = TextMemo(), set[HtmlElement]()
    for item in found:
        node = item.match.node
        if (
            item.match.kind is Kind.CONSENT_BANNER
            and not dropped.intersection(node.iterancestors())
            and consent_rule(node, texts)
        ):
            drop_dialog(state, item.match)
            dropped.add(node)
    if thread is not None:
        found = thread.spare_posts(found)
    if not dropped:
        return found
    return [
        item
        for item in found
        if item.match.node not in dropped
        and not dropped.intersection(item.match.node.iterancestors())
    ]


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
    if is_thin_or_linked(state.meta, state.body, text_size(text, words)):
        raise NotAnArticle(f"{state.url or '<input>'}: {words} words of body text, mostly links")
    if not words:
        raise NoBodyFound(f"{state.url or '<input>'}: the body holds no text")
    return Article(
        **state.meta.metadata_fields(),
        url=state.url,
        articleBody=text,
        articleBodyHtml=body_html(state.body, state.url or state.meta.canonicalUrl),
        wordCount=words,
        site=state.site,
        siteRuleMissed=state.site_rule_missed,
        pageType=page_type(state.meta, state.url).value,
        removed=state.removed,
        notes=state.notes + [refusal.note() for refusal in state.refused],
    )


def text_size(text: str, words: int) -> int:
    """The text's `words`, counting CJK characters as half a word each: those scripts use no
    spaces."""
    return words + len(CJK.findall(text)) // 2
