"""JSON lines of `Article`s, serialised straight from the dataclass.

Scrapy's exporter walks an item through itemadapter, probing every nested value for an
item type; for an article (authors, a removal trace) that costs more per item than the
pipelines. `Article.to_dict()` already gives the JSON shape. Other items (a user's own
spider yielding dicts) go through Scrapy's path unchanged.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy.exporters import JsonLinesItemExporter

from cleaners import Article

logger = logging.getLogger(__name__)


class ArticleJsonLinesExporter(JsonLinesItemExporter):
    reader_gone = False  # set when the reader of a pipe (`| head`) has closed it

    def export_item(self, item: Any) -> None:
        """Write one line and flush it: the crawl state commits the item right after.

        A line left in a buffer would be lost by a hard kill while the state already says
        the article was emitted; flushing here, in the exporter that owns the file, is what
        lets `state.py` commit without reaching into the feed exporter's slots.
        """
        if self.reader_gone:
            return
        try:
            self._write(item)
            if flush := getattr(self.file, "flush", None):
                flush()
        except BrokenPipeError:
            # `scrapy crawl x -o -:jsonlines | head` closed the pipe on purpose: say so once
            # instead of a traceback per item.
            self.reader_gone = True
            logger.warning("the output's reader closed the pipe; later items are not written")

    def _write(self, item: Any) -> None:
        if not isinstance(item, Article) or self.fields_to_export:
            super().export_item(item)
            return
        line = json.dumps(item.to_dict(), ensure_ascii=False) + "\n"
        self.file.write(line.encode(self.encoding or "utf-8"))
