"""Generic cleaners: they work on any site, in this order."""

from __future__ import annotations

from ..rules import Cleaner
from .bio import AuthorBioCleaner
from .chrome import CHROME, ChromeTagCleaner
from .density import ConditionalCleaner
from .furniture import FurnitureCleaner
from .hidden import HiddenCleaner
from .links import LinkBlockCleaner
from .notices import NOTICE_RULES
from .promos import PROMO_RULES, TextPromoCleaner

# All cleaning runs on the located body, where prose and promos sit side by side. None runs
# on the whole page first: the locator already ignores hidden text and weighs menus, rails
# and comment threads by their links and classes, and every removal costs a rendering for
# the trace (measured on bench/data/aeb: the same F1, faster).
BODY_CLEANERS: tuple[Cleaner, ...] = (
    HiddenCleaner(),
    ChromeTagCleaner(),
    CHROME,
    FurnitureCleaner(),
    TextPromoCleaner(rules=PROMO_RULES + NOTICE_RULES),
    LinkBlockCleaner(),
    AuthorBioCleaner(),
    ConditionalCleaner(),
)

__all__ = ["BODY_CLEANERS"]
