"""An author's name as a byline states it, without what bylines carry beside the name.

Bylines and loose selectors bring in more than the name: "Written By", "Analysis by",
the date ("Jeff Foust Monday, November 18, 2019"), an e-mail address, a role after a
dash ("David Jackson - Editorial Team"), or a page or user id in place of a name. A value
that holds nothing but those is no author at all.
"""

from __future__ import annotations

import re

from .text import normalise

MAX_AUTHOR_CHARS = 80  # longer "names" are bios or sentences picked up by a loose selector
# What a byline says before the name, in the languages seen on news pages; standing
# alone, it is a label before the element holding the name (`bylines.py`).
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:(?:analysis|opinion|commentary|review|story|words|text|photos?|posted|written"
    r"|reported|edited|compiled|reviewed|updated|published|authored)\s+)?by|authors?|autor(?:in)?"
    r"|auteur|writer|forfatter|por|par|von|di|av|door|от|автор)\b[:\s]*",
    re.IGNORECASE,
)
# `(?<!...)` starts a match only where a run of address characters starts: without it a
# long word is rescanned from each of its positions, quadratic in its length.
E_MAIL = re.compile(r"(?<![\w.+-])(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Where a date or time starts inside a byline; what follows it is never the name.
DATE_START = re.compile(
    rf"(?:\b(?:on|at|published|updated|posted)\s+)?(?:"
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    rf"|\b(?:{MONTHS})\.?\s+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b"
    rf"|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b"
    rf"|\b\d{{1,2}}:\d{{2}}\b"
    rf"|\b(?:19|20)\d{{2}}\b)",
    re.IGNORECASE,
)
ROLE_AFTER_DASH = re.compile(" [-–—|] ")  # "Name - Senior Editor": names hold no " - "
NOT_A_NAME = re.compile(r"^(?:[\d\W_]+|[0-9a-f]+(?:-[0-9a-f]+)+)\Z", re.IGNORECASE)  # ids


def is_byline_label(text: str) -> bool:
    """Whether the text is a byline's label alone ("Written by", "Author:", "Von")."""
    return bool(text.strip()) and not BYLINE_PREFIX.sub("", text, count=1).strip()


def clean_author_name(name: str) -> str | None:
    """The name alone, or None when the value holds no name."""
    name = E_MAIL.sub(" ", normalise(name))
    name = BYLINE_PREFIX.sub("", name)
    if date := DATE_START.search(name):
        name = name[: date.start()]
    name = ROLE_AFTER_DASH.split(normalise(name), maxsplit=1)[0].strip(" ,;|-–—:·•()<>[]")
    if not name or len(name) > MAX_AUTHOR_CHARS or name.startswith(("http://", "https://")):
        return None
    if NOT_A_NAME.match(name):
        return None
    return name
