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
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from .generic.textlength import longer_than
from .kinds import Kind
from .rules import Match, Page
from .text import class_and_id

_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_ATTRIBUTE_WORDS = ("cookie", "consent", "onetrust", "didomi", "qc-cmp", "sp_message", "gdpr")
# One compiled XPath finds the few candidates in C; Python then reads only those.
CANDIDATES = etree.XPath(
    ".//*[@role='dialog' or @role='alertdialog' or @aria-modal='true' or "
    + " or ".join(
        f"contains({_LOWER.format(attribute)}, '{word}')"
        for attribute in ("@id", "@class", "@aria-label")
        for word in _ATTRIBUTE_WORDS
    )
    + "]"
)
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


@dataclass(frozen=True, slots=True)
class ConsentDialogCleaner:
    """Find consent dialogs and cookie banners anywhere on the page."""

    name: str = "consent"

    def find(self, root: HtmlElement, page: Page) -> Iterator[Match]:
        found: list[HtmlElement] = []
        for node in CANDIDATES(root):
            if any(ancestor in found for ancestor in node.iterancestors()):
                continue  # inside a dialog already found
            if CMP_VENDOR.search(class_and_id(node)):
                found.append(node)
                yield Match(node, Kind.CONSENT_BANNER, "consent~platform")
                continue
            if longer_than(node, DIALOG_MAX_CHARS):
                continue
            text = page.texts.text(node)
            if text and len(text) <= DIALOG_MAX_CHARS and CONSENT_WORDING.search(text):
                found.append(node)
                yield Match(node, Kind.CONSENT_BANNER, "consent~dialog")
