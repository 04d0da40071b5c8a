"""`presswash crawl SITE [options]`: `scrapy crawl` with presswash's settings, from any directory.

`scrapy` finds a project through the `scrapy.cfg` of the current directory or a parent,
so `scrapy crawl` works only inside the repository. Scrapy also accepts the settings
module in `SCRAPY_SETTINGS_MODULE`; this wrapper sets it and hands the arguments to
Scrapy's own command line, so every `scrapy crawl` option (`-a`, `-s`, `-o`, `-O`, `-L`)
works and the exit status is the same (`crawler.commands.crawl`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

SETTINGS_MODULE = "crawler.settings"


def run_scrapy(command: str, argv: Sequence[str]) -> int:
    """Run `scrapy COMMAND ARGV...` against presswash's project; return its exit status."""
    from scrapy.cmdline import execute

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", SETTINGS_MODULE)
    try:
        execute(["scrapy", command, *argv])
    except SystemExit as exit_:  # Scrapy's command line always ends with sys.exit
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
