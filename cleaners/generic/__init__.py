"""Generic cleaners: they work on any site, in this order."""

from __future__ import annotations

from ..rules import Cleaner
from .bio import AuthorBioCleaner
from .chrome import CHROME, ChromeTagCleaner
from .density import ConditionalCleaner
from .furniture import FurnitureCleaner
from .hidden import HiddenCleaner
from .links import LinkBlockCleaner
from .promos import TextPromoCleaner
from .repeats import RepeatedParagraphCleaner

# All cleaning runs on the located body, where prose and promos sit side by side. None runs
# on the whole page first: the locator already ignores hidden text and weighs menus, rails
# and comment threads by their links and classes, and every removal costs a rendering for
# the trace (measured on bench/data/aeb: the same F1, faster).
BODY_CLEANERS: tuple[Cleaner, ...] = (
    HiddenCleaner(),
    ChromeTagCleaner(),
    CHROME,
    FurnitureCleaner(),
    TextPromoCleaner(),
    LinkBlockCleaner(),
    AuthorBioCleaner(),
    ConditionalCleaner(),
    RepeatedParagraphCleaner(),
)

__all__ = ["BODY_CLEANERS"]
