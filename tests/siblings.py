"""CONSTRUCTED sibling pages: another story laid into a fixture page's own template.

Site memory learns what repeats across pages of one site, so a test of it needs several
pages of the same template. The project holds one page per Future plc site (the real
TechRadar page, the constructed ITPro seed), so siblings are built from them, the way
`tests/fixtures/itpro/build_seed.py` builds the seed: the template's markup is kept as it
is, furniture and all (newsletter slice, follow line, author bio, rails), and only the
story changes. Each story block (a paragraph, subheading or list item whose text is a line
of the case's expected `articleBody`) gets the text of a paragraph of another fixture's
story, and the headline and title change with it. The pages are built in memory at test
time and never saved.
"""

from __future__ import annotations

import gzip
from itertools import cycle

import lxml.html

from tests.cases import Case, all_cases

STORY_TAGS = ("p", "h2", "h3", "li")


def story_lines(case: Case) -> list[str]:
    body: str = case.data()["expected"]["articleBody"]
    return [line.removeprefix("- ") for line in body.split("\n")]


def sibling_page(case: Case, donor: Case, number: int) -> tuple[bytes, str]:
    """`case`'s page carrying `donor`'s story; returns the bytes and a URL of its site."""
    root = lxml.html.fromstring(gzip.decompress(case.html_path.read_bytes()))
    own = set(story_lines(case))
    texts = cycle(story_lines(donor))
    for paragraph in root.iter(*STORY_TAGS):
        if " ".join(paragraph.text_content().split()) in own:
            for child in list(paragraph):
                paragraph.remove(child)
            paragraph.text = next(texts)
    headline = f"Sibling story {number} on the same template"
    for node in [*root.iter("h1"), *root.iter("title")]:
        node.text = headline
        for child in list(node):
            node.remove(child)
    url = case.url.rstrip("/") + f"-sibling-{number}"
    for link in root.xpath("//link[@rel='canonical'] | //meta[@property='og:url']"):
        link.set("href" if link.tag == "link" else "content", url)
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>"), url


def siblings(site: str, donors: tuple[str, ...]) -> list[tuple[bytes, str]]:
    """One sibling of `site`'s first case per donor site's story."""
    (case, *_) = all_cases(site)
    return [
        sibling_page(case, all_cases(donor)[0], number)
        for number, donor in enumerate(donors, start=1)
    ]
