"""Which site rule a page gets when the caller gives no URL."""

import gzip
from pathlib import Path

from cleaners import extract_article

TECHRADAR = next((Path(__file__).parent / "fixtures" / "techradar").glob("*.html.gz"))


def test_saved_page_without_url_gets_its_site_rule_from_its_canonical_link():
    article = extract_article(gzip.decompress(TECHRADAR.read_bytes()))
    assert article.site == "techradar"


def test_page_without_url_or_canonical_link_takes_the_generic_path():
    prose = "<p>" + "Officials confirmed the schedule for the new bridge works today. " * 6 + "</p>"
    article = extract_article(f"<html><body><article>{prose}</article></body></html>")
    assert article.site == "generic"
