"""Scrapy settings for presswash: polite by default, every value overridable with `-s`.

presswash's own settings carry the `PRESSWASH_` prefix and are listed at the end.
"""

from __future__ import annotations

from pathlib import Path

from cleaners.document import MAX_DOCUMENT_BYTES

BOT_NAME = "presswash"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"  # `crawl` checks spider arguments and exits 1 on failure
TEMPLATES_DIR = str(Path(__file__).parent / "templates")  # `scrapy genspider -t article`

# -- politeness --------------------------------------------------------------------------
USER_AGENT = "presswash/0.1 (+https://github.com/presswash/presswash; news-article crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = MAX_DOCUMENT_BYTES  # what the extractor reads; no article is bigger
DOWNLOAD_WARNSIZE = 3 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
COOKIES_ENABLED = False  # articles need no session; cookies only grow consent walls
TELNETCONSOLE_ENABLED = False

# Offline replay: `-s HTTPCACHE_ENABLED=1` stores every response under .scrapy/httpcache;
# add `-s HTTPCACHE_IGNORE_MISSING=1` to replay without touching the network.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RobotsTxtOnceMiddleware": 110,  # after RobotsTxtMiddleware (100)
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.HostPacingMiddleware": 950,  # after the cache: hits are not paced
    # next to the downloader: records bytes before decompression; off unless PRESSWASH_WARC_DIR
    "crawler.warc.WarcRecorderMiddleware": 990,
}

# -- order: discovery first, then articles newest first (FIFO within a priority) ---------
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
DUPEFILTER_CLASS = "crawler.dupefilter.CountingDupeFilter"
SCHEDULER = "crawler.scheduler.CrashSafeScheduler"  # drops a JOBDIR queue a hard kill left

# -- items -------------------------------------------------------------------------------
ITEM_PIPELINES = {
    "crawler.pipelines.ValidateArticlePipeline": 100,
    "crawler.pipelines.DeduplicateArticlePipeline": 200,
}
# A response yields one article; Scrapy starts one asyncio task per CONCURRENT_ITEMS slot for
# every response (100 by default), which cost more than the pipelines themselves.
CONCURRENT_ITEMS = 4
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "jsonlines": "crawler.exporters.ArticleJsonLinesExporter",
    "jsonl": "crawler.exporters.ArticleJsonLinesExporter",
}

EXTENSIONS = {"crawler.extensions.CrawlSummary": 500}

# -- logging: stderr only, so `-o -:jsonlines | jq` sees nothing but items ----------------
LOG_LEVEL = "INFO"
LOG_FILE = None
LOG_FORMATTER = "crawler.logformatter.ArticleLogFormatter"  # one line per item, no body
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"  # a drop is an expected outcome, counted in the stats

# `-s PRESSWASH_REDIS_URL=...` switches on the shared frontier (crawler/frontier/addon.py).
ADDONS = {"crawler.frontier.RedisFrontierAddon": 0}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# -- presswash ---------------------------------------------------------------------------
# Body cleaners, merged over cleaners.pipeline.DEFAULT_CLEANERS like ITEM_PIPELINES:
# {"mypackage.cleaners.PaywallCleaner": 450, "cleaners.generic.bio.AuthorBioCleaner": None}
PRESSWASH_CLEANERS: dict[str, int | None] = {}
PRESSWASH_MIN_WORDS = 50  # items with a shorter body are dropped as "too-short"
PRESSWASH_STATE_DIR = None  # None: .scrapy/presswash-state; "" keeps no state between runs
PRESSWASH_STATE_CLASS = "crawler.state.SqliteCrawlState"
PRESSWASH_OBEY_CRAWL_DELAY = True
PRESSWASH_MAX_CRAWL_DELAY = 60.0  # seconds; a larger Crawl-delay is capped, with a log line
PRESSWASH_RETRY_BACKOFF_BASE = 1.0  # first retry waits ~1 s, then 2, 4, ...
PRESSWASH_RETRY_BACKOFF_MAX = 60.0
PRESSWASH_RETRY_AFTER_MAX = 300.0  # a longer Retry-After is capped
# Hosts that replay copies of pages (the demo's 127.0.0.1): a page from one is extracted
# under its canonical URL, so the original site's rule applies.
PRESSWASH_REPLAY_HOSTS: list[str] = []
PRESSWASH_MAX_CHILD_SITEMAPS = 40  # newest children of a sitemap index that are read
# Processes extracting pages (CPU-bound) while the engine downloads; None: one per core,
# none on a single core; 0 extracts in the crawl's own process.
PRESSWASH_EXTRACT_WORKERS = None
# Many workers, one crawl (docs/scale-out.md): redis://host:6379/0, or None for one process.
PRESSWASH_REDIS_URL = None
PRESSWASH_REDIS_WORKER_TTL = 15.0  # seconds without a heartbeat before a worker counts as dead
PRESSWASH_REDIS_OUTAGE_SECONDS = 30.0  # reconnecting this long before a worker stops
# `-s PRESSWASH_WARC_DIR=DIR` records every fetch as WARC/1.1 files in DIR (crawler/warc/).
PRESSWASH_WARC_DIR = None
PRESSWASH_WARC_MAX_SIZE = 1_000_000_000  # bytes; a file this large is closed, the next begun
# Site memory (cleaners.memory): learn each site's repeated blocks as its pages come in,
# and remove them once this many other pages of the site were learned.
PRESSWASH_SITE_MEMORY = True
PRESSWASH_SITE_MEMORY_WARMUP = 3
