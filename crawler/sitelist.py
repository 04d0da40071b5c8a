"""`presswash sites`: each spider, where it discovers articles, and whether a site rule exists."""

from __future__ import annotations

from collections.abc import Iterator

from cleaners.sites import default_registry

from .demo import project_settings
from .spiders.base import ArticleSpider


def site_spiders() -> list[type[ArticleSpider]]:
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(project_settings({}))
    spiders = (loader.load(name) for name in sorted(loader.list()))
    return [spider for spider in spiders if issubclass(spider, ArticleSpider)]  # not `warc`


def spider_names() -> list[str]:
    from scrapy.spiderloader import SpiderLoader

    return sorted(SpiderLoader.from_settings(project_settings({})).list())


def describe_sites() -> Iterator[str]:
    registry = default_registry()
    yield "warc: web archives (-a path=FILE|DIR|URL|warc.paths.gz); site rules by record date"
    for spider in site_spiders():
        if spider.name == "news":
            yield "news: any site (-a start=HOME|FEED|SITEMAP|ROBOTS URL); generic rules"
            continue
        rules = registry.for_site(spider.name)
        rule = f"site rule: {len(rules)} version(s)" if rules else "no site rule (generic path)"
        yield f"{spider.name}: {rule}"
        robots = (
            [f"{spider.home_url.rstrip('/')}/robots.txt (Sitemap: lines)"]
            if spider.home_url
            else []
        )
        for url in [*robots, *spider.sitemap_urls, *spider.feed_urls]:
            yield f"    {url}"
