"""Did a change alter any output? A hash of every page's extraction, saved and compared.

A speed-up must leave every `Article` as it was. This extracts every page of the
development sets (`bench/data/aeb`, `bench/data/wcxb-dev`) with and without site rules
and hashes each result: all of the item's fields (`Article.to_dict()`, JSON with sorted
keys), or for a refused page the exception's class and message.

    python bench/fingerprint.py --save /tmp/before.json     # on the unchanged code
    python bench/fingerprint.py --check /tmp/before.json    # after the change: exit 1 on a diff

`--check` names each page whose result changed. `--set` and `--generic-only` narrow the
run for a quick check while working; the saved file may hold more than is checked.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
SETS = ("aeb", "wcxb-dev")
MODES = {"sites": True, "generic": False}  # mode name: `site_rules` argument
sys.path.insert(0, str(ROOT))

from cleaners import ExtractionError, extract_article  # noqa: E402


def pages(set_name: str) -> list[tuple[str, bytes, str]]:
    """Each page of a set: its key, its bytes and its URL."""
    folder = DATA / set_name
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            key,
            gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()),
            item.get("url", ""),
        )
        for key, item in truth.items()
    ]


def outcome(html: bytes, url: str, site_rules: bool) -> str:
    """The extraction's result as one string: the item's JSON, or the refusal."""
    try:
        article = extract_article(html, url, site_rules=site_rules)
    except ExtractionError as error:
        return f"{type(error).__name__}: {error}"
    return json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)


def fingerprints(set_names: list[str], modes: list[str]) -> dict[str, str]:
    """`set/mode/page` -> the SHA-256 of that page's outcome."""
    found: dict[str, str] = {}
    for set_name in set_names:
        for key, html, url in pages(set_name):
            for mode in modes:
                digest = hashlib.sha256(outcome(html, url, MODES[mode]).encode()).hexdigest()
                found[f"{set_name}/{mode}/{key}"] = digest
    return found


def compare(saved: dict[str, str], now: dict[str, str]) -> list[str]:
    """The keys of `now` whose hash differs from the saved one (or that were not saved)."""
    return [key for key, digest in now.items() if saved.get(key) != digest]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the fingerprints here")
    action.add_argument("--check", type=Path, help="compare with fingerprints saved here")
    parser.add_argument("--set", action="append", choices=SETS, help="default: every set")
    parser.add_argument("--generic-only", action="store_true", help="skip the site-rule runs")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.getLogger("cleaners").setLevel(logging.CRITICAL)
    modes = ["generic"] if args.generic_only else list(MODES)
    now = fingerprints(args.set or list(SETS), modes)
    if args.save:
        args.save.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(now)} fingerprints saved to {args.save}")
        return 0
    changed = compare(json.loads(args.check.read_text(encoding="utf-8")), now)
    for key in changed:
        print(f"changed: {key}")
    print(f"{len(now) - len(changed)} of {len(now)} outputs identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
