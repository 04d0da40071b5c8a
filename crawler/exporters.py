"""JSON lines of `Article`s, serialised straight from the dataclass.

Scrapy's exporter walks an item through itemadapter, probing every nested value for an
item type; for an article (authors, a removal trace) that costs more per item than the
pipelines. `Article.to_dict()` already gives the JSON shape. Other items (a user's own
spider yielding dicts) go through Scrapy's path unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from scrapy.exporters import JsonLinesItemExporter

from cleaners import Article


class ArticleJsonLinesExporter(JsonLinesItemExporter):
    def export_item(self, item: Any) -> None:
        if not isinstance(item, Article) or self.fields_to_export:
            super().export_item(item)
            return
        line = json.dumps(item.to_dict(), ensure_ascii=False) + "\n"
        self.file.write(line.encode(self.encoding or "utf-8"))
