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

# Page-level cleaners run on the whole document before the body is located: what no reader
# sees. Markup rules (class tokens, <nav>, <footer>) wait for the located body: on the whole
# page they cost a third of the time, since every removal is rendered for the trace, and
# the locator's link density and class weights already keep menus, rails and comment
# threads from winning the body vote (measured on bench/data/aeb: the same F1).
PAGE_CLEANERS: tuple[Cleaner, ...] = (HiddenCleaner(),)
# Body-level cleaners run on the located body, where prose and promos sit side by side.
BODY_CLEANERS: tuple[Cleaner, ...] = (
    ChromeTagCleaner(),
    CHROME,
    FurnitureCleaner(),
    TextPromoCleaner(),
    LinkBlockCleaner(),
    AuthorBioCleaner(),
    ConditionalCleaner(),
)

__all__ = ["BODY_CLEANERS", "PAGE_CLEANERS"]
