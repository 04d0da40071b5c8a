"""Regenerate the README's screenshot of the seed ITPro page's report.

    python -m tests.report_screenshot [docs/report-itpro.png]

Writes the report of `tests/fixtures/itpro/<case>.html.gz` to a temporary file, opens it
in headless chromium (offline, see `tests.chromium`) scrolled to the first removal inside
the body, and saves a 1400x1000 screenshot.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from presswash.report.marking import mark_page
from presswash.report.page import page_report
from tests.cases import all_cases
from tests.chromium import Chromium

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "report-itpro.png"
FIRST_SHOWN = "pw-r0"


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    case = all_cases("itpro")[0]
    marked = mark_page(case.html(), case.url, fetched=case.fetched)
    html = page_report(marked, f"tests/fixtures/itpro/{case.html_path.name}", case.url)
    with tempfile.TemporaryDirectory() as folder, Chromium(1400, 1000) as browser:
        report = Path(folder) / "report.html"
        report.write_text(html, encoding="utf-8")
        browser.open(report)
        browser.evaluate(
            f"window.scrollTo(0, document.getElementById('{FIRST_SHOWN}')"
            ".getBoundingClientRect().top - 120)"
        )
        browser.screenshot(output)
    print(f"wrote {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
