"""The size bounds that refuse hostile pages leave real pages far below them."""

from __future__ import annotations

import pytest

from tests.reliability.bounds import LIMITS, benchmark_usage

MAX_SHARE = 0.25  # a real page within 4x of a bound would make the bound a risk to articles


@pytest.fixture(scope="module")
def usage() -> dict[str, object]:
    return dict(benchmark_usage())


@pytest.mark.parametrize("bound", list(LIMITS))
def test_largest_benchmark_page_uses_under_a_quarter_of_the_bound(
    usage: dict[str, object], bound: str
) -> None:
    found = usage[bound]
    assert found.share < MAX_SHARE, f"{found.page}: {found.value} of {found.limit}"  # type: ignore[attr-defined]
