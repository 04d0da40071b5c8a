"""Every regular expression the project compiles, and strings built to make them backtrack.

Patterns are collected from the loaded modules of `cleaners` and `crawler` (module-level
patterns, and the patterns inside rule records such as `DropRule` and `TokenRule`), so a
regex added tomorrow is tested without anyone listing it here.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

PACKAGES = ("cleaners", "crawler")


def _modules(package: str) -> Iterator[ModuleType]:
    root = importlib.import_module(package)
    yield root
    for info in pkgutil.walk_packages(root.__path__, f"{package}."):
        yield importlib.import_module(info.name)


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str] | re.Pattern[bytes]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _patterns_in(getattr(value, field.name, None), depth + 1)


def project_patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    """`module.NAME[i]` -> pattern, for every distinct pattern the packages hold."""
    found: dict[str, re.Pattern[str] | re.Pattern[bytes]] = {}
    seen: set[tuple[Any, int]] = set()
    for package in PACKAGES:
        for module in _modules(package):
            for name, value in vars(module).items():
                if isinstance(value, ModuleType | type):
                    continue
                for index, pattern in enumerate(_patterns_in(value)):
                    key = (pattern.pattern, pattern.flags)
                    if key not in seen:
                        seen.add(key)
                        found[f"{module.__name__}.{name}[{index}]"] = pattern
    return found


ATTACK_LENGTH = 10_000  # a quadratic pattern takes seconds here, a linear one a millisecond
FILLERS = (" ", "a", "a ", "-", "_", "1", "\t", ",", ".", "a-", "ad-", "<", "<a ", "=", "'",
           '"', "&", "x:", "//", "é", "\u00a0", "\u200b")  # fmt: skip


def attack_strings(pattern: re.Pattern[Any]) -> Iterator[str]:
    """Long runs of what the pattern consumes, ended by what makes it fail.

    Catastrophic backtracking needs a long run that several branches of the pattern can
    each consume, followed by a character that makes the overall match fail; the runs
    are generic fillers and the pattern's own literal fragments.
    """
    source = pattern.pattern
    source = source.decode("latin-1") if isinstance(source, bytes) else source
    literals = set(re.findall(r"[A-Za-z][a-z]{1,12}|[ \-_:,.]", source))
    fragments = sorted(literals)[:40]
    for filler in (*FILLERS, *fragments, *(f"{word} " for word in fragments)):
        run = filler * (ATTACK_LENGTH // len(filler))
        yield run + "!"
        yield run + "\x00"
        yield "\n" + run


def run_attack(pattern: re.Pattern[Any], text: str) -> None:
    if isinstance(pattern.pattern, bytes):
        data = text.encode("utf-8")
        pattern.search(data)
        pattern.sub(b"", data)
    else:
        pattern.search(text)
        pattern.sub("", text)
