"""`-s PRESSWASH_REDIS_URL=redis://host:6379/0` turns a crawl into one worker of a shared crawl.

A Scrapy add-on, so the one setting switches the scheduler and the middlewares together,
and a crawl without it runs exactly as before. The crawl state is chosen by
`crawler.state.state_class`: the spider opens it before add-ons run.
"""

from __future__ import annotations

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

PRIORITY = "addon"

SPIDER_MIDDLEWARES = {
    "crawler.frontier.seeding.SeedOnceMiddleware": 5,
    "crawler.frontier.ledger.LedgerSpiderMiddleware": 10,  # sees the final output
}
ITEM_PIPELINES = {
    "crawler.pipelines.DeduplicateArticlePipeline": None,
    "crawler.frontier.pipeline.SharedDeduplicatePipeline": 200,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.frontier.politeness.SharedRobotsTxtMiddleware": 100,
    # process_exception runs from high to low: after the retry middleware (550) declined.
    "crawler.frontier.ledger.LedgerDownloaderMiddleware": 540,
    "crawler.middlewares.HostPacingMiddleware": None,
    "crawler.frontier.politeness.SharedHostPacingMiddleware": 950,
}


class RedisFrontierAddon:
    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("PRESSWASH_REDIS_URL"):
            return
        # Add-ons rank below settings.py, which names presswash's own scheduler; one given
        # on the command line still wins.
        if settings.getpriority("SCHEDULER") <= SETTINGS_PRIORITIES["project"]:
            settings.set("SCHEDULER", "crawler.frontier.scheduler.FrontierScheduler", "project")
        for name, components in (
            ("SPIDER_MIDDLEWARES", SPIDER_MIDDLEWARES),
            ("DOWNLOADER_MIDDLEWARES", DOWNLOADER_MIDDLEWARES),
            ("ITEM_PIPELINES", ITEM_PIPELINES),
        ):
            for component, order in components.items():
                settings.set_in_component_priority_dict(name, component, order)
