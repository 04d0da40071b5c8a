"""Pages for the report tests: a fixture case's report, and a hostile page made of the
reliability corpus's XSS payloads and remote loads, some inside blocks that get removed."""

from __future__ import annotations

from functools import cache

import lxml.html
from lxml.html import HtmlElement

from presswash.report.marking import MarkedPage, mark_page
from presswash.report.page import page_report
from tests.cases import Case
from tests.reliability.hostile import ARTICLE
from tests.reliability.xss import PAYLOADS

REMOTE = "http://remote.example"
REMOTE_LOADS = (
    f'<link rel="stylesheet" href="{REMOTE}/a.css"><base href="{REMOTE}/">',
    f'<meta http-equiv="refresh" content="0; url={REMOTE}/">',
    f'<img src="{REMOTE}/pixel.gif" srcset="{REMOTE}/2x.gif 2x" alt="a pixel">',
    f'<iframe src="{REMOTE}/frame"></iframe><object data="{REMOTE}/o.swf"></object>',
    f'<video poster="{REMOTE}/p.jpg"><source src="{REMOTE}/v.mp4"></video>',
    f'<div style="background:url({REMOTE}/bg.png)">styled</div>',
    f'<form action="{REMOTE}/post"><input formaction="{REMOTE}/x" value="go"></form>',
    f'<svg><image href="{REMOTE}/i.svg"/><script>alert(1)</script></svg>',
    f'<table background="{REMOTE}/t.png"><tr><td>cell</td></tr></table>',
    '<p onclick="alert(1)" onmouseover="alert(2)">handlers</p>',
    '<a href="javascript:alert(1)">js link</a> <a href="https://ok.example/">ok link</a>',
    '<p class="pw-removed pw-k-ad-slot" id="pw-r0" data-pw-removal="0">a forged mark</p>',
)


def hostile_page() -> str:
    """The payloads come last: some (an unclosed comment, `<plaintext>`) swallow the rest."""
    payloads = "".join(f"<p>{payload}</p>" for payload in PAYLOADS.values())
    loads = "".join(REMOTE_LOADS)
    removed = f'<div class="ad-slot">{PAYLOADS["script src"]}Advertisement</div>'
    share = '<div class="share-bar"><a href="javascript:alert(1)" onclick="x()">Share</a></div>'
    return (
        f"<!DOCTYPE html><html><head><title>Hostile</title>{loads}"
        f"<script>alert('head')</script></head><body onload=\"alert(1)\">{loads}"
        f"<article>{ARTICLE}{removed}{share}{loads}{ARTICLE}{payloads}</article></body></html>"
    )


@cache
def marked_case(case: Case) -> MarkedPage:
    return mark_page(case.html(), case.url, fetched=case.fetched)


@cache
def case_report(case: Case) -> str:
    return page_report(marked_case(case), str(case.html_path), case.url)


DEEP_PARSER = lxml.html.HTMLParser(huge_tree=True)  # a hostile page nests 2,000 levels deep


def parsed(report: str) -> HtmlElement:
    return lxml.html.document_fromstring(report, parser=DEEP_PARSER)
