"""The headline without the site's name that page titles carry ("Title | Site", "Site - Title").

A `<title>`, and often og:title or a WebPage's JSON-LD name, is the headline joined to the
site's name for search results and browser tabs. The name is cut only on evidence that it
is one: it matches what the page calls the site (og:site_name, the JSON-LD publisher or
website, the host), or a cleaner version of the headline elsewhere on the page (the h1,
og:title, JSON-LD headline) is the title without it. A colon is never a separator:
"Review: Title" is a headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import normalise

# Not "/": "Costs 12 / 2025". `(?<!\s)`: a run of spaces is tried once, not from each space.
SEPARATOR = re.compile(r"(?<!\s)\s+(?:[|\-–—·•»~]|::)\s+")
MAX_SITE_NAME_WORDS = 6  # "Urge Fitness | Affordable 24/7 Gyms Near Me" is not one name
MAX_EXTRA_CHARS = 8  # "Blog", "News", "Online": one short word beside the name
MIN_NAME_CHARS = 3  # "TV", "PA": too short to say that a segment names the site
LETTERS = re.compile(r"\W+")
# Second-level labels of hosts that say nothing about the site: bbc.co.uk names "bbc".
GENERIC_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def squeeze(text: str) -> str:
    """Lower-case letters and digits only: "Help Net Security" and "helpnetsecurity" agree."""
    return LETTERS.sub("", text.lower()).replace("_", "")


def host_name(host: str) -> str:
    """The label that names a site in its host: "blog.apnic.net" -> "apnic"."""
    labels = host.split(".")[:-1]
    while len(labels) > 1 and labels[-1] in GENERIC_LABELS:
        labels.pop()
    return labels[-1] if labels else ""


def names_site(segment: str, site_names: Iterable[str], host: str) -> bool:
    """True when a title segment is the site's name, by what the page or its host says.

    A name may carry one short word more or less ("APNIC Blog" for apnic.net, "Verge" for
    The Verge), never a whole phrase: "Google launches Gemini" does not name google.com.
    """
    text = squeeze(segment)
    if len(text) < MIN_NAME_CHARS:
        return False
    names = [squeeze(name) for name in site_names]
    if text in names:
        return True
    if len(segment.split()) > MAX_SITE_NAME_WORDS:
        return False
    names.append(squeeze(host_name(host)))
    return any(_close(text, name) for name in names if len(name) >= MIN_NAME_CHARS)


def _close(text: str, name: str) -> bool:
    if name in text:
        return len(text) - len(name) <= MAX_EXTRA_CHARS
    return len(text) > MIN_NAME_CHARS and text in name


def without_site_name(
    title: str, site_names: Iterable[str], host: str, cleaner: Iterable[str] = ()
) -> str:
    """`title` with a leading or trailing site name cut; unchanged without evidence.

    Every separator is tried, so a name that itself holds one ("Urge Fitness | Gyms in PA")
    goes whole, and a section before the name ("Title | Blog | Encore Realty") goes with it.
    """
    title = normalise(title)
    names = [name for name in site_names if name]
    cuts = [(m.start(), m.end()) for m in SEPARATOR.finditer(title)]
    for start, end in cuts:  # the longest trailing name first
        if names_site(title[end:], names, host):
            title = title[:start]
            break
    for start, end in reversed([(s, e) for s, e in cuts if e < len(title)]):
        if names_site(title[:start], names, host):
            return title[end:]
    others = {squeeze(text) for text in cleaner if text}
    for start, end in cuts:
        if end >= len(title):
            break
        if squeeze(title[:start]) in others:
            return title[:start]
        if squeeze(title[end:]) in others:
            return title[end:]
    return title
