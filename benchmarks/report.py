"""The results table: one row per figure, each beside its same-run baseline and target.

Kept apart from the measuring so the smoke test can check the table's shape, and so that a
figure that could not be measured still gets its row (saying why) instead of vanishing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

Status = Literal["met", "not met", "—", "not measured"]


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table. ``value``/``baseline`` are in ``unit``; ``None`` = no figure."""

    measure: str
    articles: int | None
    value: float | None
    baseline: float | None
    unit: str
    baseline_name: str = ""
    target: str = ""
    status: Status = "—"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def judged(
    measure: str,
    articles: int | None,
    value: float | None,
    baseline: float | None,
    unit: str,
    *,
    baseline_name: str = "",
    ratio_max: float | None = None,
    value_max: float | None = None,
    note: str = "",
) -> Row:
    """A row with its target checked: against the ratio, the absolute value, both (met when
    both are), or neither."""
    row = Row(measure, articles, value, baseline, unit, baseline_name, note=note)
    target, status = "", cast(Status, "—")
    if ratio_max is not None and value_max is not None:
        target = f"≤ {_fmt(value_max, unit)}, and ≤ {ratio_max:g}× {baseline_name}"
        ratio = row.ratio
        status = (
            "not measured"
            if ratio is None or value is None
            else "met"
            if ratio <= ratio_max and value <= value_max
            else "not met"
        )
    elif ratio_max is not None:
        target = f"≤ {ratio_max:g}× {baseline_name}"
        ratio = row.ratio
        status = "not measured" if ratio is None else "met" if ratio <= ratio_max else "not met"
    elif value_max is not None:
        target = f"≤ {_fmt(value_max, unit)}"
        status = "not measured" if value is None else ("met" if value <= value_max else "not met")
    elif value is None:
        status = "not measured"
    return Row(measure, articles, value, baseline, unit, baseline_name, target, status, note)


def failed(measure: str, articles: int | None, unit: str, why: str, target: str = "") -> Row:
    """A figure that could not be taken: the row stays, with the reason."""
    return Row(measure, articles, None, None, unit, target=target, status="not measured", note=why)


HEADER = (
    "| Measure | Articles | briefing | Baseline (same run) | Ratio | Target | Status |\n"
    "|---|---:|---:|---:|---:|---|---|"
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(rows: Sequence[Row]) -> str:
    """The Markdown table; notes go to a numbered list under it so cells stay short."""
    lines = [HEADER]
    notes: list[str] = []
    for row in rows:
        base = _fmt(row.baseline, row.unit)
        if row.baseline is not None and row.baseline_name:
            base = f"{base} ({row.baseline_name})"
        ratio = "–" if row.ratio is None else f"{row.ratio:.1f}×"
        measure = row.measure
        if row.note:
            notes.append(row.note)
            measure += f" [{len(notes)}]"
        status = {"met": "**met**", "not met": "**not met**"}.get(row.status, row.status)
        count = "" if row.articles is None else f"{row.articles:,}"
        cells = [measure, count, _fmt(row.value, row.unit), base, ratio, row.target, status]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    if notes:
        lines.append("")
        lines.extend(f"{i}. {_cell(n)}" for i, n in enumerate(notes, 1))
    return "\n".join(lines)


def document(
    title: str, machine: dict[str, str], rows: Sequence[Row], preamble: Sequence[str]
) -> str:
    """The whole RESULTS.md: how it was made, the machine, then the table."""
    parts = [f"# {title}", "", *preamble, "", "## Machine", ""]
    parts += [f"- **{k}**: {v}" for k, v in machine.items()]
    parts += ["", "## Results", "", table(rows), ""]
    return "\n".join(parts)
