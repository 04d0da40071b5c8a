"""Article text shipped inside templates: recovered when the visible page has none.

Some platforms render the story with JavaScript from markup they ship unrendered:
Blogger's themes keep the post in `<script type="text/template">`, forum software such as
Discourse puts the posts a crawler should read in `<noscript>`, and `<template>` holds
markup a script clones. `strip_non_content` drops all of these, rightly for the usual
page whose visible markup holds the story. When it does not, the templates are the page:
their content is put back as ordinary elements and the generic path runs again.
"""

from __future__ import annotations

import logging

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

TEMPLATE_TAGS = ("noscript", "template", "script")
# Script types that hold markup rather than code (client-side template engines).
MARKUP_SCRIPT_TYPES = frozenset(
    {"text/template", "text/x-template", "text/html", "text/x-handlebars-template",
     "text/x-handlebars", "text/x-jsrender", "text/ng-template", "text/x-tmpl"}
)  # fmt: skip


MIN_TEMPLATE_CHARS = 200  # a tracking pixel or "enable JavaScript" is not a story


def keep_templates(root: HtmlElement) -> list[HtmlElement]:
    """The template elements that hold text, kept before they are stripped.

    Only a reference is kept: an element removed from the tree lives on while Python
    holds it, so nothing is copied on the usual page that never needs it.
    """
    return [node for node in root.iter(*TEMPLATE_TAGS) if _may_hold_story(node)]


def _may_hold_story(node: HtmlElement) -> bool:
    if node.tag == "script":
        kind = (node.get("type") or "").strip().lower()
        return kind in MARKUP_SCRIPT_TYPES and len(node.text or "") >= MIN_TEMPLATE_CHARS
    return sum(len(text) for text in node.itertext()) >= MIN_TEMPLATE_CHARS


def restore_templates(root: HtmlElement, templates: list[HtmlElement]) -> HtmlElement | None:
    """Put the templates' markup back into the page's `<body>`, one `<div>` each.

    Returns the `<div>` holding them all, or None when they hold no text. Markup kept as
    text (a script's template, a `<noscript>` in the head) is parsed as a fragment: it is
    a string on the page, so reading it is the only way.
    """
    body = root.find("body")
    holder: HtmlElement = (body if body is not None else root).makeelement("div")
    for template in templates:
        part = holder.makeelement("div")
        if len(template):
            part.extend(list(template))
        elif template.text and "<" in template.text:
            try:
                fragments = lxml.html.fragments_fromstring(template.text)
            except (etree.ParserError, ValueError) as error:
                logger.debug("unreadable %s template: %s", template.tag, error)
                continue
            if fragments and isinstance(fragments[0], str):
                part.text = fragments.pop(0)  # text before the first element
            part.extend(fragments)
        holder.append(part)
    if not any(text.strip() for text in holder.itertext()):
        return None
    (body if body is not None else root).append(holder)
    return holder
