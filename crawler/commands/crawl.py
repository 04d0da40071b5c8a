"""`scrapy crawl` for presswash: bad spider arguments are one usage line, failure is an exit status.

Scrapy lets a project replace a built-in command through `COMMANDS_MODULE`; this one
keeps every option of Scrapy's `crawl` and adds two promises. A bad `-a` argument
(`since=notadate`, `limit=0`, `news` without `start`) stops before the crawl with
`scrapy: error: ...` and status 2, as any other usage error. A crawl that emitted nothing
while its requests failed exits with `EXIT_CRAWL_FAILED`, not 0 (see `crawler.outcome`).
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from cleaners.pipeline import CleanerConfigError, build_cleaners

from ..arguments import SpiderArgumentError
from ..outcome import CrawlOutcome


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's own usage errors
            return
        assert self.crawler_process is not None
        try:
            spidercls = self.crawler_process.spider_loader.load(args[0])
        except KeyError:
            raise UsageError(
                f"no spider named {args[0]!r}; `scrapy list` shows them", print_help=False
            ) from None
        check = getattr(spidercls, "check_arguments", None)
        if check is not None:
            try:
                check(**opts.spargs)
            except SpiderArgumentError as exc:
                raise UsageError(f"{args[0]}: {exc}", print_help=False) from None
        try:
            build_cleaners(self.settings.getdict("PRESSWASH_CLEANERS"))
        except CleanerConfigError as exc:
            raise UsageError(f"PRESSWASH_CLEANERS: {exc}", print_help=False) from None
        crawler = self.crawler_process.create_crawler(spidercls)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None:
            self.exitcode = CrawlOutcome.from_stats(crawler.stats.get_stats()).exit_status
