"""Timeline on the real packets: BEFORE (the commit this work started from) and AFTER.

For each dev packet, from the entries of ``extract_timeline`` and the timeline section of the
brief ``render_brief`` writes:

- **statements**: entries shown as events (captions, credits and asides are not);
- **unsupported**: entries given a date the text does not support — a year worked out (not
  written) in an article that states no date of its own, or more than half a year from the
  date it states (from the day its text was filed instead, ``written``, when the manifest
  gives one: a copy stamped months after the agency's dateline); or a weekday or "today" counted
  from an article that states only its month; or a date worked out for a manifest
  ``timeline`` event's own words (the date phrase lies in its ``evidence``) that is not the
  event's day. The last came after the blind look at boj-negative-rates-exit (6 December
  2026), where a copy's stamp put "15日" of a March dispatch on 15 November, half a year
  from nothing the distance saw;
- **not events shown**: dated phrases the manifest lists under ``not_events`` (captions,
  credits, asides read from the text) still shown as events: an event entry whose date
  phrase lies in the listed words (a real event dated in the same sentence does not count);
- **lines / merged**: lines of the brief's timeline (a day shows at most four; the rest are
  counted on one line, not counted here), and lines citing two or more outlets (one event
  carried by several sources);
- **key events**: the manifest's ``timeline`` (3–6 dated events per packet, each with ≤ 8
  words of the text that dates it, which may run over a dateline set apart from the
  sentence): found on the right day, or listed without a year where the article gives none
  (honest: never placed in a year), out of all.

BEFORE is ``BASELINE`` unpacked from git (``BRIEFING_TIMELINE_BASELINE`` may name another
checkout); AFTER is this checkout; each runs ``timeline_probe.py`` in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.realworld.baseline import baseline_root, run_probe

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROBE = HERE / "timeline_probe.py"
#: main when this round of timeline work started (issue 12, fifth round: page stamps, datelines,
#: embedded posts, a record's day, weekday compounds, month labels; 525c09f began the fourth).
BASELINE = "25f599f"


def _baseline() -> Path | None:
    return baseline_root("BRIEFING_TIMELINE_BASELINE", BASELINE, "briefing-timeline-baseline-")


def _run(root: Path, folders: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = run_probe(PROBE, root, folders)
    return result


def unsupported(
    entry: dict[str, Any],
    stated: str | None,
    written: str | None = None,
    truth: Sequence[dict[str, Any]] = (),
) -> bool:
    """True when the entry's date rests on nothing the text says (see the module docstring):
    ``stated`` is its article's date, ``written`` the day the manifest says its text was filed
    (a copy's dateline), ``truth`` the manifest's ``timeline`` events."""
    if entry["date"] is None or entry["resolution"] in ("stated", "unresolved"):
        return False
    if misdated_event(entry, truth):
        return True
    if written:  # the text's own day: the copy's stamp says when it was published, not written
        anchor = written
    elif not stated:
        return True
    elif len(stated) == 7 and entry["resolution"] in ("weekday", "relative"):
        return True  # counted from the 1st of a month the article names without a day
    else:
        anchor = stated if len(stated) == 10 else f"{stated}-15"
    day = dt.date.fromisoformat(entry["date"])
    return abs((day - dt.date.fromisoformat(anchor)).days) > 183


def misdated_event(entry: dict[str, Any], truth: Sequence[dict[str, Any]]) -> bool:
    """True when the entry's date phrase lies in the words of a ``timeline`` event of its file
    (:func:`dates_evidence`) and its date, at its precision, is not the event's day: the words
    that date the event were worked out to another day. Added after the blind look at
    boj-negative-rates-exit, whose copy dated "15日" (15 March) in November."""
    when = dt.date.fromisoformat(entry["date"])
    for item in truth:
        if item["file"] != entry["file"] or not dates_evidence(item["evidence"], entry):
            continue
        day = dt.date.fromisoformat(str(item["date"]))
        same = {
            "day": when == day,
            "month": (when.year, when.month) == (day.year, day.month),
            "year": when.year == day.year,
        }
        if not same.get(entry["precision"], True):
            return True
    return False


def _text(value: object) -> str | None:
    """A manifest's day as ISO text (YAML may read an unquoted one as a date)."""
    return None if value is None else str(value)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _at(evidence: str, entry: dict[str, Any]) -> tuple[int, int] | None:
    """Where the manifest's ``evidence`` sits in the entry's paragraph, when it touches the
    entry's sentence (spaces and apostrophes as ``_norm`` takes them); None otherwise. An entry
    without offsets (an older probe) gives its sentence's span when the sentence holds it."""
    if "paragraph" not in entry:
        return (0, len(entry["sentence"])) if _norm(evidence) in _norm(entry["sentence"]) else None
    words = [re.escape(w).replace("'", "['’]") for w in evidence.replace("’", "'").split()]
    start, end = entry["sentence_at"]
    for m in re.finditer(r"\s+".join(words), entry["paragraph"], re.IGNORECASE):
        if m.start() < end and m.end() > start:
            return m.start(), m.end()
    return None


def dates_evidence(evidence: str, entry: dict[str, Any]) -> bool:
    """True when the entry's date phrase lies in the words of ``evidence``: a caption or an
    aside is shown by the entry that dates it, not by a real event's date in its sentence
    ("En Valencia, este martes cayeron … desde el 11 de septiembre de 1966": the Tuesday is
    the story's, the 1966 record is not)."""
    span = _at(evidence, entry)
    if span is None:
        return False
    if "phrase_at" not in entry:
        return True
    start, end = entry["phrase_at"]
    return start < span[1] and end > span[0]


def key_event(item: dict[str, Any], entries: list[dict[str, Any]]) -> str | None:
    """ "placed", "no year" (listed with its day and month only) or None (missed). The
    evidence must touch the entry's sentence: it may run over a dateline the timeline sets
    apart ("LONDON, Oct 20 (Reuters) - Liz Truss said on Thursday …" is dated by "on
    Thursday" in the sentence after the dateline)."""
    day = dt.date.fromisoformat(str(item["date"]))
    outcome = None
    for entry in entries:
        if entry["file"] != item["file"] or not entry["event"]:
            continue
        if _at(item["evidence"], entry) is None:
            continue
        if entry["date"] == day.isoformat() and entry["precision"] == "day":
            return "placed"
        if entry["date"] is None and (entry["month"], entry["day"]) == (day.month, day.day):
            outcome = "no year"
    return outcome


def _row(packet: Any, data: dict[str, Any]) -> tuple[int, ...]:
    entries = data["entries"]
    dates = {a.file: a.date for a in packet.articles}
    written = {a["file"]: a.get("written") for a in packet.raw.get("articles") or ()}
    events = [e for e in entries if e["event"]]
    truth = packet.raw.get("timeline") or []
    wrong = sum(
        unsupported(e, dates.get(e["file"]), _text(written.get(e["file"])), truth) for e in events
    )
    shown_not_events = sum(
        any(e["file"] == item["file"] and dates_evidence(item["evidence"], e) for e in events)
        for item in packet.raw.get("not_events") or ()
    )
    outcomes = [key_event(item, entries) for item in truth]
    lines = data["lines"]
    return (
        len(events),
        wrong,
        shown_not_events,
        len(packet.raw.get("not_events") or ()),
        len(lines),
        sum(n > 1 for n in lines),
        outcomes.count("placed"),
        outcomes.count("no year"),
        len(truth),
    )


def section(ctx: Any) -> str:
    packets = [p for p in ctx.packets if p.folder.is_dir() and (ctx.held_out or not p.held_out)]
    folders = [str(p.folder) for p in packets]
    lines = [
        "## Timeline\n",
        "Per packet: statements shown as events; entries with a date the text does not support "
        "(target 0); captions, credits and asides from the manifest's `not_events` still shown "
        "(target 0); lines of the brief's timeline and lines citing ≥ 2 outlets; key dated "
        "events of the manifest that the timeline finds on their day / lists without a year "
        "(the article gives none) / annotated. Generated by "
        "`benchmarks/realworld/timeline.py`.\n",
        "| run | packet | statements | unsupported dates | not-events shown | brief lines "
        "| lines with ≥ 2 outlets | key events placed / no year / all |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    if not packets:
        return "\n".join(lines) + "\n\nNo packet data on this machine.\n"
    runs: dict[str, dict[str, Any]] = {}
    baseline = _baseline()
    if baseline is not None:
        runs[f"BEFORE ({BASELINE})"] = _run(baseline, folders)
    runs["AFTER"] = _run(ROOT, folders)
    for label, result in runs.items():
        total = [0] * 9
        for packet in packets:
            row = _row(packet, result[str(packet.folder)])
            total = [t + r for t, r in zip(total, row, strict=True)]
            lines.append(_format(label, packet.name, row))
        lines.append(_format(label, "**all**", tuple(total)))
    return "\n".join(lines) + "\n"


def _format(label: str, name: str, row: tuple[int, ...]) -> str:
    events, wrong, shown, listed, brief, merged, placed, no_year, truth = row
    return (
        f"| {label} | {name} | {events} | {wrong} | {shown} / {listed} | {brief} | {merged} "
        f"| {placed} / {no_year} / {truth} |"
    )
