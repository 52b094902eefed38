"""Per-language search cases from the manifests, run through the façade's search.

A case passes when every file it expects is among the hits (``Briefing.search`` with a limit
larger than the packet, so ranking cannot fail a case — only analysis can: stemming per
language, accent and dotless-ı folding, British/American spellings). Extra hits are fine.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from benchmarks.realworld import facade, manifest


@dataclass(frozen=True)
class Case:
    packet: str
    language: str
    query: str
    expect: tuple[str, ...]
    why: str = ""


@dataclass
class Outcome:
    case: Case
    missing: tuple[str, ...] = ()
    error: str | None = None
    hits: int = 0

    @property
    def passed(self) -> bool:
        return not self.missing and self.error is None


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def cases(packet: manifest.Packet) -> list[Case]:
    return [
        Case(
            packet.name,
            str(c["language"]),
            str(c["query"]),
            tuple(str(f) for f in c.get("expect") or ()),
            str(c.get("why", "")),
        )
        for c in packet.raw.get("search_cases") or ()
    ]


def run_packet(packet: manifest.Packet) -> list[Outcome]:
    """Index the packet in a private cache and run each of its cases."""
    outcomes: list[Outcome] = []
    with facade.private_dirs():
        briefing = facade.open_packet(packet.folder, sync=True)
        try:
            file_by_id = {a.id: facade.file_of(a) for a in briefing.articles}
            limit = max(len(file_by_id), 1) + 10
            for case in cases(packet):
                result = briefing.search(case.query, limit=limit, snippets=False)
                found = {file_by_id.get(h.article_id, h.article_id) for h in result.hits}
                missing = tuple(f for f in case.expect if f not in found)
                outcomes.append(Outcome(case, missing, result.error, len(result.hits)))
        finally:
            briefing.close()
    return outcomes


def evaluate(packets: list[manifest.Packet]) -> Report:
    report = Report()
    for packet in packets:
        if not packet.folder.is_dir():
            report.notes.append(facade.missing_note(packet.name, packet.folder))
            continue
        report.outcomes.extend(run_packet(packet))
    return report


def section(ctx: Any) -> str:
    report = evaluate(ctx.packets)
    per_language: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in report.outcomes:
        per_language[outcome.case.language].append(outcome)
    out = [
        "## Search cases per language\n",
        "Each case: a query and the files it must find (every one among the hits). Cases are "
        "in the manifests (`search_cases`); target: all pass.\n",
        "| language | passed | total |",
        "|---|---|---|",
    ]
    for language in sorted(per_language):
        group = per_language[language]
        out.append(f"| {language} | {sum(o.passed for o in group)} | {len(group)} |")
    total = report.outcomes
    out.append(f"| **all** | {sum(o.passed for o in total)} | {len(total)} |")
    out.append("")
    out.extend(report.notes)
    failing = [o for o in total if not o.passed]
    if failing:
        out.append("### Failing cases\n")
        for o in failing:
            what = (
                f"error: {o.error}"
                if o.error
                else "missing " + ", ".join(f"`{f}`" for f in o.missing)
            )
            out.append(
                f"- {o.case.packet} [{o.case.language}] `{o.case.query}` — {what} "
                f"({o.hits} hits; {o.case.why})"
            )
        out.append("")
    return "\n".join(out)
