"""Every site spider: listed, backed by a site rule, and its URL rules keep articles only.

One real article URL shape and one near miss (a listing of the same site) per spider.
"""

from __future__ import annotations

import pytest

from cleaners.sites import default_registry
from crawler.sitelist import describe_sites, site_spiders
from crawler.spiders.base import ArticleSpider

ARTICLE_AND_LISTING: dict[str, tuple[str, str]] = {
    "itpro": (
        "https://www.itpro.com/technology/artificial-intelligence/meta-refuses-to-sign-eu-ai-code",
        "https://www.itpro.com/tag/artificial-intelligence",
    ),
    "techradar": (
        "https://www.techradar.com/pro/security/new-malware-hits-routers-across-europe",
        "https://www.techradar.com/news/archive/2024/05",
    ),
    "tomshardware": (
        "https://www.tomshardware.com/pc-components/gpus/nvidia-ships-a-new-gpu-for-laptops",
        "https://www.tomshardware.com/deals/best-gpu-deals-this-week",
    ),
    "theverge": (
        "https://www.theverge.com/2019/11/19/20973355/noah-hawley-star-trek-4",
        "https://www.theverge.com/authors/jane-doe",
    ),
    "arstechnica": (
        "https://arstechnica.com/science/2024/03/tokamak-holds-plasma-for-a-record-stretch/",
        "https://arstechnica.com/science/page/2/",
    ),
    "techcrunch": (
        "https://techcrunch.com/2024/04/28/how-rpa-vendors-aim-to-remain-relevant/",
        "https://techcrunch.com/category/artificial-intelligence/",
    ),
    "wired": (
        "https://www.wired.com/story/instagram-business-accounts-analytics/",
        "https://www.wired.com/video/watch/how-chips-are-made",
    ),
    "theregister": (
        "https://www.theregister.com/2023/05/16/printer_firmware_update_bricks/",
        "https://www.theregister.com/Author/Simon-Sharwood",
    ),
    "zdnet": (
        "https://www.zdnet.com/article/best-tech-gadgets/",
        "https://www.zdnet.com/topic/security/",
    ),
    "engadget": (
        "https://www.engadget.com/smartwatch-low-power-mode-battery-life-161500123.html",
        "https://www.engadget.com/gaming/",
    ),
    "venturebeat": (
        "https://venturebeat.com/ai/openai-ships-a-new-model-for-coding/",
        "https://venturebeat.com/category/ai/",
    ),
    "9to5mac": (
        "https://9to5mac.com/2019/11/18/techy-gift-guide/",
        "https://9to5mac.com/guides/iphone/",
    ),
}

SPIDERS = {spider.name: spider for spider in site_spiders() if spider.name != "news"}


def test_the_twelve_sites_have_spiders() -> None:
    assert set(SPIDERS) == set(ARTICLE_AND_LISTING)


@pytest.mark.parametrize("name", sorted(ARTICLE_AND_LISTING))
def test_site_spider_keeps_an_article_url(name: str) -> None:
    article, _ = ARTICLE_AND_LISTING[name]
    assert SPIDERS[name].url_rules.skip_reason(article) is None


@pytest.mark.parametrize("name", sorted(ARTICLE_AND_LISTING))
def test_site_spider_skips_a_listing_of_the_same_site(name: str) -> None:
    _, listing = ARTICLE_AND_LISTING[name]
    assert SPIDERS[name].url_rules.skip_reason(listing) is not None


@pytest.mark.parametrize("name", sorted(SPIDERS))
def test_site_spider_discovers_from_robots_and_a_feed(name: str) -> None:
    spider: type[ArticleSpider] = SPIDERS[name]
    assert spider.home_url.startswith("https://")
    assert spider.feed_urls
    assert all(domain in spider.home_url for domain in spider.allowed_domains)


@pytest.mark.parametrize("name", sorted(SPIDERS))
def test_site_spider_shares_its_slug_with_a_site_rule(name: str) -> None:
    assert default_registry().for_site(name), f"no site rule named {name!r}"


def test_sites_listing_names_every_spider_and_its_feed() -> None:
    listing = "\n".join(describe_sites())
    for name, spider in SPIDERS.items():
        assert f"{name}: " in listing
        assert spider.feed_urls[0] in listing
