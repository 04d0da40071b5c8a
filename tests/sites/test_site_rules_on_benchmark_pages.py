"""Site rules must beat (or tie) the generic path on the benchmark pages they serve.

Fixture cases that are pages of the article-extraction benchmark in `bench/data/aeb/` are
scored with the benchmark's own metric against its hand-made body text, so a drop rule that
starts eating prose, or a generic change that a site rule should have absorbed, shows up
as a number and a page.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from cleaners import extract_article
from tests.metric import load_score_module
from tests.sites.rule_helpers import fixture_cases, page_of

ROOT = Path(__file__).parent.parent.parent
AEB = ROOT / "bench" / "data" / "aeb"
MIN_SITE_RULE_F1 = 0.98  # the bar the issue sets for site-rule pages with a known truth


def _load_metric() -> ModuleType:
    return load_score_module()


def _truth_by_url() -> dict[str, str]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return {entry["url"]: entry["articleBody"] for entry in truth.values()}


TRUTH = _truth_by_url() if AEB.is_dir() else {}
CASES = [
    path for path in fixture_cases() if json.loads(path.read_text(encoding="utf-8"))["url"] in TRUTH
]


def _f1(metric: ModuleType, truth: str, predicted: str) -> float:
    tp, fp, fn = metric.page_counts(truth, predicted)
    return float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else 1.0


def _scores(path: Path) -> tuple[float, float]:
    """Body F1 of the site-rule path and of the generic path on one case."""
    case = json.loads(path.read_text(encoding="utf-8"))
    raw = gzip.decompress(page_of(path).read_bytes())
    fetched = date.fromisoformat(case["fetched"])
    metric, truth = _load_metric(), TRUTH[case["url"]]
    site = extract_article(raw, case["url"], fetched=fetched)
    assert site.site == path.parent.name
    generic = extract_article(raw, case["url"], site_rules=False, fetched=fetched)
    return _f1(metric, truth, site.articleBody), _f1(metric, truth, generic.articleBody)


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_site_rule_body_reaches_the_f1_bar(path: Path) -> None:
    site_f1, _ = _scores(path)
    assert site_f1 >= MIN_SITE_RULE_F1


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_site_rule_body_scores_no_worse_than_the_generic_path(path: Path) -> None:
    site_f1, generic_f1 = _scores(path)
    assert site_f1 >= generic_f1
