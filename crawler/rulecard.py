"""What `presswash sites` says about one site rule version: selectors, dates, evidence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

from cleaners.sites import SiteRule


def describe_rule(rule: SiteRule, indent: str = "    ") -> Iterator[str]:
    valid = f"valid_from={rule.valid_from or '-'} valid_until={rule.valid_until or '-'}"
    yield f"{indent}rule {rule.version}: {valid}"
    yield f"{indent}  body: {rule.body or '(none: generic body finder)'}"
    portable = sum(drop.portable for drop in rule.drops)
    yield f"{indent}  drops: {len(rule.drops)} ({portable} portable, kept when the body misses)"
    for drop in rule.drops:
        mark = "portable " if drop.portable else ""
        yield f"{indent}    - {drop.kind.value}: {mark}{drop.rule_id}"
    overrides = [
        f"{f.name}={getattr(rule.metadata, f.name)}"
        for f in fields(rule.metadata)
        if getattr(rule.metadata, f.name)
    ]
    yield f"{indent}  metadata: {', '.join(overrides) or '(generic)'}"
    for case in rule.validated_on:
        yield f"{indent}  validated on {case.case} ({case.origin.value}: {case.source})"
    if not rule.validated_on:
        yield f"{indent}  validated on no page"
    real = "yes" if rule.met_real_page else "no (reconstructed or constructed pages only)"
    yield f"{indent}  met a real page: {real}"
