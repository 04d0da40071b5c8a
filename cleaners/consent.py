"""Consent and privacy dialogs: never the article, so taken out before the body is located.

A cookie dialog ("We, and our partners use cookies ...") is prose: long sentences, commas,
no links. On a page with little text of its own (a front page, a short story) it outscores
the story and becomes the "article". Consent management platforms (OneTrust, Didomi,
Quantcast, Sourcepoint, Cookiebot, Usercentrics...) name their containers after
themselves; home-made banners say "cookie" or "consent" in a class, an id or an
`aria-label`, or are a `role="dialog"`. Only the vendors' own containers go on their name
alone: any other candidate must also speak of cookies or consent, and be short enough to
be a dialog rather than an article about cookies.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .generic.textlength import longer_than
from .kinds import Kind
from .rules import Match
from .text import TextMemo, class_and_id

# A consent container's class, id or aria-label says so; or it is a modal dialog.
CANDIDATE_ATTRIBUTES = re.compile(r"cookie|consent|onetrust|optanon|didomi|qc-cmp|sp_message|gdpr")
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
# Consent platforms' own containers: their names are trademarks, never an article's class.
CMP_VENDOR = re.compile(
    r"onetrust|optanon|didomi|qc-cmp|sp_message|truste|cookiebot|usercentrics|iubenda|"
    r"cookieyes|cky-consent|osano|borlabs|cmplz|termly|cookie-law-info|fides-|fc-consent"
)
# The site speaking of its own cookies to the reader, or asking for consent: an article or
# a manual page about cookies ("to set cookies, use the cookies attribute") does neither.
CONSENT_WORDING = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|(?:and|its|our) (?:\w+ )?partners)\b"
    r"[^.]{0,80}\b(?:use|uses|store|collect|process)\b[^.]{0,60}\bcookies?"
    r"|\buses cookies|\byour (?:consent|privacy choices|cookie)"
    r"|\bcookie (?:settings|preferences|policy)"
    r"|\b(?:accept|allow|reject|decline|manage) (?:all |optional |the use of )?cookies"
    r"|wir (?:verwenden|nutzen|setzen) (?:\w+ )?cookies|verwendet cookies|einwilligung"  # de
    r"|nous utilisons (?:des )?cookies|utilise des cookies|consentement"  # fr
    r"|utilizamos cookies|usamos cookies|utiliza cookies|consentimiento|consentimento"  # es pt
    r"|utilizziamo (?:i )?cookie|utilizza (?:i )?cookie|consenso"  # it
    r"|informasjonskapsler|samtykke|wij gebruiken cookies|toestemming",  # no da nl
    re.IGNORECASE,
)
DIALOG_MAX_CHARS = 6000  # a dialog with its list of purposes; an article about cookies runs longer


CONSENT_WHY = "a cookie or consent dialog: the site asking, never the story"


def consent_rule(node: HtmlElement, texts: TextMemo) -> str | None:
    """Why `node` is a consent dialog ("consent~platform", "consent~dialog"), or None."""
    attributes = f"{class_and_id(node)} {node.get('aria-label', '')}".lower()
    if not CANDIDATE_ATTRIBUTES.search(attributes) and not (
        node.get("role") in DIALOG_ROLES or node.get("aria-modal") == "true"
    ):
        return None
    if CMP_VENDOR.search(attributes):
        return "consent~platform"
    if longer_than(node, DIALOG_MAX_CHARS):
        return None
    text = texts.text(node)
    if text and len(text) <= DIALOG_MAX_CHARS and CONSENT_WORDING.search(text):
        return "consent~dialog"
    return None


def enclosing_consent_dialog(body: HtmlElement, texts: TextMemo) -> Match | None:
    """The consent dialog that holds the located body, if the body was found inside one.

    Only the body, its ancestors and its only-child descendants are read (the locator
    climbs out of wrappers that hold nothing else): a dialog that won the body is one of
    them, and a dialog inside an article's body is left to the body cleaners.
    """
    for node in (*reversed(_only_children(body)), body, *body.iterancestors()):
        if node.tag in ("body", "html"):
            return None
        if rule := consent_rule(node, texts):
            return Match(node, Kind.CONSENT_BANNER, rule, why=CONSENT_WHY)
    return None


def _only_children(node: HtmlElement) -> list[HtmlElement]:
    """The chain of wrappers below `node` that each hold a single element and no text."""
    chain = []
    while (
        len(children := [c for c in node if isinstance(c.tag, str)]) == 1
        and not (node.text or "").strip()
    ):
        node = children[0]
        chain.append(node)
    return chain


def dialog_mates(best: HtmlElement, parts: list[HtmlElement]) -> list[HtmlElement]:
    """The parts that sit in the same consent dialog as `best`, or in none as it does.

    The locator joins blocks wearing the body's class from all over the page; a cookie
    dialog built of the same components as the page (an accordion of purposes beside the
    page's accordion of features) would carry the page's parts away when it is dropped.
    """
    texts = TextMemo()
    home = _dialog_of(best, texts)
    return [part for part in parts if part is best or _dialog_of(part, texts) is home]


def _dialog_of(node: HtmlElement, texts: TextMemo) -> HtmlElement | None:
    for ancestor in node.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if consent_rule(ancestor, texts):
            return ancestor
    return None
