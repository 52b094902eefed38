"""The exported brief on the real packets: BEFORE (the commit this work started from) and AFTER.

For each dev packet, from the brief ``compose_brief`` writes (what ``briefing export`` and the
app's E key save), opened like the CLI in private cold cache dirs (``brief_probe.py``):

- **title**: the brief's first line;
- **what happened**: the summary's lede sentence, shown by its first eight words only (the
  article text never enters git), and whether it is a correct, specific statement of the
  packet's main event (the manifest's ``event``) — judged by reading it, in
  ``brief_judged.yaml`` beside this module; a sentence not judged yet shows "?";
- **when**: the summary's When line (dates the product wrote, no article text) and whether it
  gives the main event's date or span — judged the same way;
- **lines**: the brief's length (about 120 lines is the aim on the bundled seeds);
- **lede again**: whether the lede is quoted again, word for word, as a line of the timeline.

BEFORE is ``BASELINE`` unpacked from git (``BRIEFING_BRIEF_BASELINE`` may name another
checkout); AFTER is this checkout; each runs ``brief_probe.py`` in a subprocess.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from benchmarks.realworld.baseline import baseline_root, run_probe

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROBE = HERE / "brief_probe.py"
JUDGED = HERE / "brief_judged.yaml"
#: main when the brief's lede and When line were first scored here (issue 12, the brief).
BASELINE = "dd510f3"
#: Words of the lede the table (and the judgements) show: ≤ 8, like a manifest's evidence.
SHOWN_WORDS = 8
#: Characters of one space-less run the lede's opening shows (a Chinese sentence's first few
#: words); longer than any word of the judged openings.
SHOWN_CHARS = 24

#: A quoted sentence and its citation; a quote in another language than the brief's says
#: which between the two ("“…” (in French) — Le Monde, …").
_QUOTE = re.compile(r"“(.*)”(?: \(in [^()]+\))? — ")


def _baseline() -> Path | None:
    return baseline_root("BRIEFING_BRIEF_BASELINE", BASELINE, "briefing-brief-baseline-")


def _run(root: Path, folders: list[str]) -> dict[str, str]:
    result: dict[str, str] = run_probe(PROBE, root, folders)
    return result


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("’", "'").split()).casefold()


def opening(sentence: str) -> str:
    """The first ``SHOWN_WORDS`` words of a sentence: how the table and judgements name it.
    A script written without spaces (Chinese, Japanese) makes a whole sentence one "word":
    the first run longer than ``SHOWN_CHARS`` characters is cut there and ends the opening:
    about as much text as a few words."""
    shown: list[str] = []
    for word in sentence.split()[:SHOWN_WORDS]:
        shown.append(word[:SHOWN_CHARS])
        if len(word) > SHOWN_CHARS:
            break
    return " ".join(shown)


def read_brief(brief: str) -> dict[str, Any]:
    """Title, lede sentence, When line, line count and whether the lede is in the timeline."""
    lines = brief.splitlines()
    title = lines[0].removeprefix("# ").strip() if lines else ""
    lede = when = None
    for line in lines:
        if line.startswith("**What happened:**") and (found := _QUOTE.search(line)):
            lede = found.group(1)
        elif line.startswith("**When:**"):
            when = line.removeprefix("**When:**").strip()
    timeline: list[str] = []
    inside = False
    for line in lines:
        if line.startswith("## "):
            inside = line == "## Timeline"
        elif inside and (found := _QUOTE.search(line)):
            timeline.append(_norm(found.group(1).strip("… ")))
    again = lede is not None and any(
        quote and (quote in _norm(lede) or _norm(lede) in quote) for quote in timeline
    )
    return {"title": title, "lede": lede, "when": when, "lines": len(lines), "again": again}


def _verdict(items: list[dict[str, Any]], key: str, value: str | None) -> str:
    """ "✓", "✗" or "?" (not judged yet) for ``value`` among the judged ``items``."""
    if value is None:
        return "✗"  # no sentence or no line is never right
    for item in items:
        if _norm(str(item[key])) == _norm(value):
            return "✓" if item["right"] else "✗"
    return "?"


def section(ctx: Any) -> str:
    packets = [p for p in ctx.packets if p.folder.is_dir() and (ctx.held_out or not p.held_out)]
    folders = [str(p.folder) for p in packets]
    lines = [
        "## Brief\n",
        "Per packet, the brief `briefing export` writes: its title; the summary's What happened "
        "sentence (first eight words) and whether it states the manifest's main event (judged by "
        "reading, `brief_judged.yaml`; ? = not judged yet); the When line and whether it gives "
        "the main event's date; the brief's lines; whether the lede is quoted again in the "
        "timeline (target: no). Generated by `benchmarks/realworld/brief.py`.\n",
        "| run | packet | title | what happened | right | when | right | lines | lede again |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    if not packets:
        return "\n".join(lines) + "\n\nNo packet data on this machine.\n"
    judged = yaml.safe_load(JUDGED.read_text(encoding="utf-8")) if JUDGED.exists() else {}
    runs: dict[str, dict[str, str]] = {}
    baseline = _baseline()
    if baseline is not None:
        runs[f"BEFORE ({BASELINE})"] = _run(baseline, folders)
    runs["AFTER"] = _run(ROOT, folders)
    for label, result in runs.items():
        what_right = when_right = again = 0
        for packet in packets:
            row = read_brief(result[str(packet.folder)])
            mine = (judged or {}).get(packet.name) or {}
            lede = opening(row["lede"]) if row["lede"] else None
            what = _verdict(mine.get("what") or [], "opening", lede)
            when = _verdict(mine.get("when") or [], "line", row["when"])
            what_right += what == "✓"
            when_right += when == "✓"
            again += row["again"]
            shown = f"{lede} …" if lede else "—"
            lines.append(
                f"| {label} | {packet.name} | {row['title']} | {shown} | {what} "
                f"| {row['when'] or '—'} | {when} | {row['lines']} "
                f"| {'yes' if row['again'] else 'no'} |"
            )
        count = len(packets)
        lines.append(
            f"| {label} | **all** | | | {what_right}/{count} | | {when_right}/{count} | | {again} |"
        )
    return "\n".join(lines) + "\n"
