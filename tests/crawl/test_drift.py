"""Template drift is loud: a site rule whose body selector misses is noted, counted, warned."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.localsite import LocalServer, LocalSite
from crawler.newssite import ArticlePage, build_news_site

from .conftest import run_crawl
from .fakesite import article_html, paragraphs

pytestmark = pytest.mark.crawl

REDESIGNED = "https://www.theverge.com/2024/5/1/24146000/a-story-after-a-redesign"


def test_rule_miss_is_noted_on_the_item_counted_and_warned(tmp_path: Path) -> None:
    site = LocalSite()
    page = article_html(  # The Verge's URL, but markup its site rule does not know
        "A story after a redesign", paragraphs("Redesign"), "2024-05-01T08:00:00Z", REDESIGNED
    )
    with LocalServer(site) as server:
        build_news_site(
            site, server.url, [ArticlePage("/2024/05/01/redesigned/", page, "2024-05-01")]
        )
        result = run_crawl(
            tmp_path, "news", f"start={server.url}/", PRESSWASH_REPLAY_HOSTS=["127.0.0.1"]
        )
    (item,) = result.items
    assert item["url"] == REDESIGNED
    assert item["siteRuleMissed"] == "theverge"
    assert result.stat("presswash/site_rule_missed/theverge") == 1
    assert "site rule theverge missed" in result.log
