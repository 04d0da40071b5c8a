"""Is the trace true? Counts over a development set's pages, from the marked tree.

For each page the report's marking (`presswash.report.marking.mark_page`) gives the nodes
each trace entry removed; an entry is nested when one of its nodes lies inside another
entry's node. Also counted: entries without text, guard refusals, and entries per kind.

    python bench/trace_audit.py [aeb|wcxb-dev]
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from cleaners import ExtractionError  # noqa: E402
from cleaners.cleaning import NODE_ID  # noqa: E402
from presswash.report.marking import MarkedPage, mark_page  # noqa: E402


def nested_entries(marked: MarkedPage) -> int:
    owner = {a: n for n, r in enumerate(marked.removals) for a in r.anchors}
    nodes = {n.get(NODE_ID): n for n in marked.display.iter() if n.get(NODE_ID) in owner}
    nested = 0
    for number, removal in enumerate(marked.removals):
        ancestors = (
            a.get(NODE_ID) for anchor in removal.anchors for a in nodes[anchor].iterancestors()
        )
        nested += any(owner.get(a, number) != number for a in ancestors)
    return nested


def main(argv: list[str]) -> int:
    name = argv[0] if argv else "aeb"
    data = HERE / "data" / name
    urls = {
        k: v.get("url") for k, v in json.loads((data / "ground-truth.json").read_text()).items()
    }
    logging.disable(logging.WARNING)
    pages = entries = nested = textless = refused = failed = 0
    kinds: Counter[str] = Counter()
    for path in sorted((data / "html").glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        try:
            marked = mark_page(gzip.decompress(path.read_bytes()), urls.get(key), site_rules=False)
        except ExtractionError:
            failed += 1
            continue
        pages += 1
        entries += len(marked.removals)
        nested += nested_entries(marked)
        textless += sum(not r.text for r in marked.removals)
        refused += len(marked.refusals)
        kinds.update(r.kind.value for r in marked.removals)
    print(f"{name}: {pages} pages ({failed} not extracted), {entries} trace entries")
    print(f"nested inside another entry: {nested}; without text: {textless}; guard kept: {refused}")
    print("per kind:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
