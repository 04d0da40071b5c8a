"""Rewrite fixture expectations: `python -m tests.update_fixtures [SITE] [--allow-regression]`.

Each case's saved page is extracted again and its `expected` item replaced. A change that
brings boilerplate back is refused, for every case, unless `--allow-regression` is given:
text listed in `must_not_contain`, or a line of a block the old expectation had removed, now
in the body. `git diff tests/fixtures` shows what changed; read it before committing.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .cases import (
    Case,
    all_cases,
    extract_case,
    item_dict,
    leaks,
    returning_boilerplate,
    write_case,
)


def regressions(case: Case, new: dict[str, Any]) -> list[str]:
    data = case.data()
    found = [f"must_not_contain: {text!r}" for text in leaks(new, data.get("must_not_contain", []))]
    old = data.get("expected", {})
    found += [
        f"removed before, back in the body: {line!r}" for line in returning_boilerplate(old, new)
    ]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.update_fixtures", description=__doc__.splitlines()[0]
    )
    parser.add_argument("site", nargs="?", help="only this site's cases")
    parser.add_argument(
        "--allow-regression", action="store_true", help="write even when boilerplate comes back"
    )
    args = parser.parse_args(argv)
    cases = all_cases(args.site)
    if not cases:
        print(
            f"update_fixtures: no cases{f' for {args.site}' if args.site else ''}", file=sys.stderr
        )
        return 1
    updates: list[tuple[Case, dict[str, Any]]] = []
    refused = 0
    for case in cases:
        new = item_dict(extract_case(case))
        for problem in regressions(case, new):
            refused += 1
            print(f"{case.id}: {problem}", file=sys.stderr)
        updates.append((case, new))
    if refused and not args.allow_regression:
        print(
            f"update_fixtures: refused, {refused} regression(s); nothing written", file=sys.stderr
        )
        return 1
    changed = 0
    for case, new in updates:
        data = case.data()
        if data.get("expected") != new:
            changed += 1
            write_case(case, {**data, "expected": new})
            print(f"updated {case.id}")
    print(f"{changed} of {len(cases)} case(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
