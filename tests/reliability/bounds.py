"""How much of each size bound of `cleaners/document.py` the largest real pages use.

The report prints these shares and a test keeps them low, so a bound never starts
refusing real articles; both measure with the code extraction itself runs.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from cleaners.document import (
    MAX_DOCUMENT_BYTES,
    MAX_ELEMENT_LEVELS,
    MAX_ELEMENTS,
    MAX_TEXT_LEVELS,
    parse_html,
    tree_cost,
)

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK_PAGES = ROOT / "bench" / "data" / "aeb" / "html"
LIMITS = {
    "bytes": MAX_DOCUMENT_BYTES,
    "elements": MAX_ELEMENTS,
    "element-levels": MAX_ELEMENT_LEVELS,
    "character-levels": MAX_TEXT_LEVELS,
}


@dataclass(frozen=True, slots=True)
class Usage:
    value: int  # the largest page's figure
    page: str  # which page it is
    limit: int

    @property
    def share(self) -> float:
        return self.value / self.limit


def page_figures(data: bytes) -> dict[str, int]:
    root = parse_html(data)
    element_levels, text_levels = tree_cost(root)
    return {
        "bytes": len(data),
        "elements": int(root.xpath("count(//*)")),
        "element-levels": element_levels,
        "character-levels": text_levels,
    }


def largest_usage(paths: list[Path]) -> dict[str, Usage]:
    """Per bound, the page that comes closest to it."""
    largest: dict[str, Usage] = {}
    for path in paths:
        for name, value in page_figures(gzip.decompress(path.read_bytes())).items():
            if name not in largest or value > largest[name].value:
                largest[name] = Usage(value, path.name, LIMITS[name])
    return largest


def benchmark_usage() -> dict[str, Usage]:
    return largest_usage(sorted(BENCHMARK_PAGES.glob("*.html.gz")))
