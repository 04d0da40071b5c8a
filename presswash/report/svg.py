"""Small inline SVG bar charts: no library, no script, nothing loaded when viewed."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

ROW_HEIGHT = 22
LABEL_WIDTH = 190  # site slugs and kind names fit
BAR_WIDTH = 520
COUNT_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Segment:
    label: str
    value: float
    colour: str


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> float:
        return sum(segment.value for segment in self.segments)


def bar_chart(bars: list[Bar], title: str, number: str = "{:g}") -> str:
    """Horizontal bars, one per row, each split into coloured segments (with tooltips);
    `number` formats the values shown."""
    top = max((bar.total for bar in bars), default=0) or 1
    height = ROW_HEIGHT * len(bars) + 4
    width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH
    rows: list[str] = []
    for row, bar in enumerate(bars):
        y = row * ROW_HEIGHT + 2
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(bar.label)}</text>'
        )
        x = float(LABEL_WIDTH)
        for segment in bar.segments:
            w = BAR_WIDTH * segment.value / top
            tip = f"{bar.label}: {segment.label} {number.format(segment.value)}"
            rows.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{ROW_HEIGHT - 6}" '
                f'fill="{escape(segment.colour)}"><title>{escape(tip)}</title></rect>'
            )
            x += w
        rows.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{number.format(bar.total)}</text>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="system-ui,sans-serif" font-size="12">'
        f"<title>{escape(title)}</title>{''.join(rows)}</svg>"
    )
