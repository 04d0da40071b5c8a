"""A listing page that holds no HTML is counted and skipped, not a crash of the crawl."""

from __future__ import annotations

from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.spiders.news import NewsSpider


def test_comment_only_listing_page_is_counted_as_unparseable() -> None:
    crawler = get_crawler(NewsSpider, settings_dict={"PRESSWASH_STATE_DIR": ""})
    crawler.stats.open_spider()
    spider = NewsSpider.from_crawler(crawler, start="https://news.example.com/")
    page = HtmlResponse("https://news.example.com/", body=b"<!-- nothing here -->")
    assert list(spider.read_page(page)) == []
    assert crawler.stats.get_value("presswash/discovery/failed/unparseable-page") == 1
