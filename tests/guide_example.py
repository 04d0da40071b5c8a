"""The worked cleaner example of docs/guide.md, written out as an importable package.

The tests run the guide's code itself, so the example cannot rot: it is copied from the
guide into `mypackage/cleaners.py` under a temporary directory put on `sys.path`.
"""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide.md"
MARKER = "<!-- example: cleaner -->"
CODE = re.compile(r"```python\n(.*?)```", re.DOTALL)
PATH = "mypackage.cleaners.FirstAppearedCleaner"


def example_source() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    found = CODE.search(text, text.index(MARKER))
    assert found is not None, f"{GUIDE}: no python block after {MARKER}"
    return found.group(1)


def write_example_package(directory: Path) -> Path:
    """`directory/mypackage/cleaners.py` holding the guide's example; returns `directory`."""
    package = directory / "mypackage"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "cleaners.py").write_text(example_source(), encoding="utf-8")
    return directory
