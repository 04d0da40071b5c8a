"""The article-extraction benchmark's body metric, for tests that score one page.

The metric is the benchmark's own `bench/data/aeb/score.py` (MIT, Scrapinghub; licence in
that folder), loaded from the file as shipped so tests and benchmarks score alike.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCORE_PY = Path(__file__).parent.parent / "bench" / "data" / "aeb" / "score.py"


def load_score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aeb_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_SCORE = load_score_module()
tokens = _SCORE.tokens
page_counts = _SCORE.page_counts


def page_f1(true: str, pred: str) -> float:
    """One page's F1, as the benchmark's per-page figure."""
    tp, fp, fn = page_counts(true, pred)
    return float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else 0.0
