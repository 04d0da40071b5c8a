"""robots.txt is fetched once per crawl, though the rules and the spider both read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_crawl
from .fakesite import FakeSite


@pytest.mark.crawl
@pytest.mark.parametrize("obey", [True, False])
def test_robots_txt_is_fetched_once(fake_site: FakeSite, tmp_path: Path, obey: bool) -> None:
    result = run_crawl(
        tmp_path, "news", f"start={fake_site.base}/", site=fake_site.site, ROBOTSTXT_OBEY=obey
    )
    fetches = [path for _, path in result.server_log if path == "/robots.txt"]
    assert len(fetches) == 1
    assert result.stat("presswash/listings/robots") == 1  # the spider still read its sitemaps
    assert (result.stat("presswash/failed/robots-txt") > 0) is obey  # /private/ is disallowed
