"""The README's headline figures are what the code gives today on the 181 benchmark pages.

The body rows of the README's comparison table (presswash generic and with site rules)
are recomputed with the benchmark's own metric and compared at the precision printed. A
change that moves them must update the README in the same commit (`bench/compare.py`
regenerates the whole table; this test needs no peer installed).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleaners import ExtractionError, extract_article
from tests.metric import load_score_module

ROOT = Path(__file__).resolve().parents[1]
AEB = ROOT / "bench" / "data" / "aeb"
# Row labels as bench/compare.py prints them; the aeb table is the first one they head.
ROWS = {
    "presswash-generic": False,
    "presswash-full": True,
}
FIGURES = ("f1", "precision", "recall", "accuracy")


def readme_row(label: str) -> dict[str, float]:
    """F1, precision, recall and accuracy as the README's aeb table prints them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    aeb_table = readme[readme.index("**Development set: aeb,") :]
    for line in aeb_table.splitlines():
        cells = [cell.strip().strip("*") for cell in line.strip().strip("|").split("|")]
        if cells and cells[0] == label:
            return dict(zip(FIGURES, map(float, cells[2:6]), strict=True))
    raise AssertionError(f"README.md has no table row {label!r}")


def body(html: bytes, url: str, site_rules: bool) -> str:
    try:
        return extract_article(html, url, site_rules=site_rules).articleBody
    except ExtractionError:  # declined: an empty body, as bench/compare.py scores it
        return ""


@pytest.mark.slow
@pytest.mark.parametrize("label", list(ROWS))
def test_readme_body_figures_match_the_code(label: str) -> None:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = {
        key: {
            "articleBody": body(
                gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes()),
                page.get("url", ""),
                ROWS[label],
            )
        }
        for key, page in truth.items()
    }
    scored = load_score_module().score(truth, bodies)
    measured = {name: round(scored[name], 3) for name in FIGURES}
    assert measured == readme_row(label), "update the README's table (python bench/compare.py)"
