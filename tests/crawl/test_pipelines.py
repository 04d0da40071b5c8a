"""Validation and deduplication pipelines: drops carry their reason into the stats."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from cleaners import Article
from crawler.pipelines import DeduplicateArticlePipeline, ValidateArticlePipeline, body_hash
from crawler.spiders.news import NewsSpider
from crawler.state import MemoryCrawlState

WORDS = " ".join(["word"] * 60)


def crawler(**settings: object):  # type: ignore[no-untyped-def]
    made = get_crawler(NewsSpider, settings_dict=settings)
    made.stats.open_spider()
    return made


def article(**fields: object) -> Article:
    base: dict[str, object] = {"url": "https://e.com/a/", "headline": "A", "articleBody": WORDS}
    base.update(fields)
    made = Article(**base)  # type: ignore[arg-type]
    made.wordCount = len(made.articleBody.split())
    return made


def test_article_without_headline_is_dropped_and_counted() -> None:
    made = crawler()
    with pytest.raises(DropItem, match="no-headline"):
        ValidateArticlePipeline(made).process_item(article(headline="  "))
    assert made.stats.get_value("presswash/dropped/no-headline") == 1


def test_short_body_is_dropped_by_the_configured_minimum() -> None:
    made = crawler(PRESSWASH_MIN_WORDS=100)
    with pytest.raises(DropItem, match="too-short"):
        ValidateArticlePipeline(made).process_item(article())
    assert made.stats.get_value("presswash/dropped/too-short") == 1


def test_article_at_the_minimum_passes() -> None:
    item = article()
    assert ValidateArticlePipeline(crawler(PRESSWASH_MIN_WORDS=60)).process_item(item) is item


def test_same_canonical_url_is_dropped_as_duplicate_url() -> None:
    made = crawler()
    pipeline = DeduplicateArticlePipeline(made, MemoryCrawlState())
    pipeline.process_item(article(canonicalUrl="https://e.com/a/"))
    with pytest.raises(DropItem, match="duplicate-url"):
        pipeline.process_item(
            article(url="https://e.com/a/?amp", canonicalUrl="https://e.com/a/", articleBody="x")
        )


def test_same_body_under_another_url_is_dropped_as_duplicate_body() -> None:
    pipeline = DeduplicateArticlePipeline(crawler(), MemoryCrawlState())
    pipeline.process_item(article())
    with pytest.raises(DropItem, match="duplicate-body"):
        pipeline.process_item(article(url="https://e.com/b/", articleBody=WORDS.upper() + "  "))


def test_body_hash_ignores_whitespace_and_case_but_not_words() -> None:
    assert body_hash("One  two\nthree") == body_hash("one two three")
    assert body_hash("one two three") != body_hash("one two four")
