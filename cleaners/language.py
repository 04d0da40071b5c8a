"""`inLanguage` as a BCP 47 tag in its usual case: `en`, `en-US`, `zh-Hant-TW`.

Pages state their language as `en_us`, `EN-US`, `en-gb` or `english`; consumers compare
tags as strings, so one page's `en-us` and another's `en-US` would count as two languages.
"""

from __future__ import annotations

import re

# Language names that pages write where a tag belongs, in English and in their own language.
LANGUAGE_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "francais": "fr", "spanish": "es", "español": "es", "espanol": "es", "italian": "it",
    "italiano": "it", "portuguese": "pt", "português": "pt", "portugues": "pt", "dutch": "nl",
    "nederlands": "nl", "russian": "ru", "русский": "ru", "japanese": "ja", "日本語": "ja",
    "chinese": "zh", "中文": "zh", "korean": "ko", "한국어": "ko", "arabic": "ar",
    "العربية": "ar", "norwegian": "no", "norsk": "no", "swedish": "sv", "svenska": "sv",
    "danish": "da", "dansk": "da", "finnish": "fi", "suomi": "fi", "polish": "pl",
    "polski": "pl", "turkish": "tr", "türkçe": "tr", "greek": "el", "hindi": "hi",
}  # fmt: skip
PRIMARY = re.compile(r"[a-z]{2,3}|[a-z]{5,8}")  # ISO 639 codes, or a registered longer one
SUBTAG = re.compile(r"[a-z0-9]{1,8}")


def bcp47(value: str | None) -> str | None:
    """`value` as a BCP 47 tag in canonical case, or None when it is not a language tag.

    Case follows RFC 5646: the language lower-case, a four-letter script title-case, a
    two-letter region upper-case ("en_us" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW").
    """
    if not value:
        return None
    text = value.strip().lower()
    if text in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[text]
    parts = text.replace("_", "-").split("-")
    if not PRIMARY.fullmatch(parts[0]) or not all(SUBTAG.fullmatch(part) for part in parts[1:]):
        return None
    tag = [parts[0]]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            tag.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            tag.append(part.title())
        else:
            tag.append(part)
    return "-".join(tag)
