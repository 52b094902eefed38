"""Discrepancies and timeline on the real packets: BEFORE (a baseline checkout) and AFTER.

For each dev packet (and the seeds):

- **found**: annotated disagreements (the manifest's ``disagreements``) that some flag
  reports — a flag matches when two of its values each name an annotated value (the same
  number, or the same word up to its ending) and are stated by articles that the manifest
  lists under those two different values;
- **flags / right**: every flag, and how many were judged right by reading their quotes. The
  judgements live in ``judgements.yaml`` beside this file, keyed by packet and a stable flag
  key (kind and values), so the table is reproducible without the manifests' say; a flag
  not judged yet is counted as not right and listed under the table;
- **missed**: the annotated disagreements no flag of AFTER (detected language) reports,
  listed under the table by packet and what the manifest says they are about;
- **wrong year**: timeline entries given a year that neither the phrase nor the article's
  own date supports — the article has no stated date in the manifest, or the entry is more
  than half a year from it (from the day its text was filed instead, the manifest's
  ``written``, a copy's dateline, when it gives one) — when the year was worked out rather
  than written.

BEFORE runs the baseline checkout (``BRIEFING_BASELINE``, default ``/work/main``) and AFTER
this one, each in a subprocess on the same files in the same session. AFTER is run twice:
with the language the reader detected, and with the manifest's language (what the rules do
once language detection is right; the language is the reader's job, not the analysis').
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
JUDGEMENTS = HERE / "judgements.yaml"
PROBE = HERE / "analysis_probe.py"


def _baseline() -> Path | None:
    """The code to compare against: ``BRIEFING_BASELINE`` (a checkout), else the package as it
    was before the real-world work (extraction.BASELINE), unpacked from git; None without it."""
    if "BRIEFING_BASELINE" in os.environ:
        path = Path(os.environ["BRIEFING_BASELINE"])
    else:
        from benchmarks.realworld.baseline import unpack
        from benchmarks.realworld.extraction import BASELINE

        unpacked = unpack(BASELINE, Path(tempfile.mkdtemp(prefix="briefing-baseline-")) / "tree")
        if unpacked is None:
            return None
        path = unpacked
    return path if (path / "briefing" / "analysis").is_dir() else None


def _commit(root: Path) -> str:
    out = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return out.stdout.strip() or "unknown"


def _run(root: Path, folders: dict[str, str], languages: dict[str, dict[str, str]]) -> Any:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"packets": folders, "languages": languages}, handle)
        spec = handle.name
    try:
        env = {**os.environ, "PYTHONPATH": str(root)}
        out = subprocess.run(
            [sys.executable, str(PROBE), spec], capture_output=True, text=True, env=env,
            check=True, cwd=tempfile.gettempdir(),
        )  # fmt: skip
    finally:
        Path(spec).unlink(missing_ok=True)
    return json.loads(out.stdout)


def flag_key(flag: dict[str, Any]) -> str:
    """A flag's stable name: its kind and its values, sorted."""
    return f"{flag['kind']}: " + " / ".join(sorted(v["value"] for v in flag["values"]))


_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_WORDS = re.compile(r"[^\W\d_]{3,}")
#: Digits joined by Japanese text's decimal point ("3・2", "3．2"); a run of two or more
#: ("2023・5・6") is a date, left as it is.
_JA_DECIMAL = re.compile(r"\d+(?:[・．]\d+)+")


def _ja_decimal(match: re.Match[str]) -> str:
    written = match.group()
    return re.sub("[・．]", ".", written) if len(re.findall("[・．]", written)) == 1 else written


def _tokens(value: str) -> tuple[set[float], set[str]]:
    """The numbers (every reading of "1.500": 1.5 and 1500) and words of a value."""
    numbers: set[float] = set()
    value = _JA_DECIMAL.sub(_ja_decimal, value)  # "3・2メートル" is 3.2 m, as the reader reads it
    for raw in _NUMBER.findall(value):
        plain = re.sub(r"[\s\u00a0\u202f]", "", raw)
        numbers.add(float(re.sub(r"[.,]", "", plain)))
        if plain.count(",") + plain.count(".") == 1:
            numbers.add(float(plain.replace(",", ".")))
    words = {folded(w) for w in _WORDS.findall(value)}
    numbers |= {float(v) for w, v in _english_numbers().items() if w in words}
    for digits, scale, tail in _CJK_SCALED.findall(value):  # "15万人" is 150,000 people
        whole = float(digits.replace(",", "")) * _CJK_SCALES[scale]
        numbers.add(whole + (float(tail) if tail else 0.0))
    return numbers, words


#: A number written onto a Chinese, Japanese or Korean ten-thousand or hundred-million
#: ("15万", "10萬", "10만", "12萬223"), as the readers of those languages write counts.
_CJK_SCALES = {"万": 1e4, "萬": 1e4, "만": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8}
_CJK_SCALED = re.compile(r"(\d+(?:\.\d+)?)([万萬만亿億억])(\d{1,4})?")


def folded(word: str) -> str:
    from briefing.analysis.spelling import folded as fold

    return fold(word)


def _english_numbers() -> dict[str, int]:
    from briefing.analysis.number_tables import number_words

    return number_words("en")


def _names(flag_value: str, annotated: str) -> bool:
    numbers, words = _tokens(flag_value)
    a_numbers, a_words = _tokens(annotated)
    if numbers and a_numbers:
        # Both give figures (a day, a count): they must share one. A shared month or unit
        # word alone ("2 March 2023" against "Wednesday 1 March") is another value.
        return bool(numbers & a_numbers)
    # One word written alike counts whatever its length: a name of three kana ("サヤニ")
    # has no letter to spare for the prefix rule's one-letter slack.
    return any(
        w == a or _prefix(w, a) >= min(len(w), len(a)) - 1 >= 3 for w in words for a in a_words
    )


def _prefix(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _found(annotation: dict[str, Any], flags: list[dict[str, Any]], files: dict[str, str]) -> bool:
    owner: dict[str, set[str]] = {}
    for value, listed in annotation["values"].items():
        for name in listed:
            owner.setdefault(name, set()).add(str(value))
    for flag in flags:
        claimed = []
        for value in flag["values"]:
            held = set().union(*(owner.get(files.get(a, a), set()) for a in value["article_ids"]))
            claimed.append({h for h in held if _names(value["value"], h)})
        for i, first in enumerate(claimed):
            for second in claimed[i + 1 :]:
                if any(x != y for x in first for y in second):
                    return True
    return False


def _wrong_years(
    result: dict[str, Any], truth: dict[str, str | None], written: dict[str, str] | None = None
) -> int:
    wrong = 0
    for entry in result["timeline"]:
        if entry["date"] is None or entry["resolution"] in ("stated", "unresolved"):
            continue
        file = result["files"].get(entry["article_id"], "")
        stated = truth.get(file)
        if written and written.get(file):  # the text's own day, not the copy's stamp
            stated = str(written[file])
        if not stated:
            wrong += 1
            continue
        anchor = dt.date.fromisoformat(stated if len(stated) == 10 else f"{stated}-15")
        if abs((dt.date.fromisoformat(entry["date"]) - anchor).days) > 183:
            wrong += 1
    return wrong


def section(ctx: Any) -> str:
    packets = [p for p in ctx.packets if p.folder.is_dir() and (ctx.held_out or not p.held_out)]
    seeds = ROOT / "seeds"
    folders = {p.name: str(p.folder) for p in packets} | {"seeds": str(seeds)}
    truths = {p.name: {a.file: a.language for a in p.articles} for p in packets}
    dates = {p.name: {a.file: a.date for a in p.articles} for p in packets}
    written = {
        p.name: {a["file"]: a["written"] for a in p.raw["articles"] if a.get("written")}
        for p in packets
    }
    judged: dict[str, dict[str, Any]] = yaml.safe_load(JUDGEMENTS.read_text("utf-8")) or {}
    runs: dict[str, Any] = {}
    baseline = _baseline()
    if baseline is not None:
        name = os.environ.get("BRIEFING_BASELINE") and f"{baseline.name} {_commit(baseline)}"
        runs[f"BEFORE ({name or 'before the real-world work'})"] = _run(baseline, folders, {})
    runs["AFTER, detected language"] = _run(ROOT, folders, {})
    runs["AFTER, true language"] = _run(ROOT, folders, truths)
    lines = [
        "## Discrepancies and timeline\n",
        "Annotated disagreements found (recall), flags and how many were judged right "
        "(precision; judgements in `judgements.yaml`), and timeline entries with a year the "
        "text does not support. Generated by `benchmarks/realworld/discrepancies.py`.\n",
        "| run | packet | found / annotated | flags | judged right | wrong-year entries |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    unjudged: list[str] = []
    missed: list[str] = []
    for label, result in runs.items():
        total = [0, 0, 0, 0, 0]
        for name in [*(p.name for p in packets), "seeds"]:
            data = result[name]
            packet = next((p for p in packets if p.name == name), None)
            annotated = packet.raw.get("disagreements", []) if packet else []
            hits = [_found(a, data["flags"], data["files"]) for a in annotated]
            found = sum(hits)
            if label == "AFTER, detected language":
                missed += [
                    f"{name} — {a['what']}"
                    for a, hit in zip(annotated, hits, strict=True)
                    if not hit
                ]
            keys = [flag_key(f) for f in data["flags"]]
            right = sum(bool((judged.get(name) or {}).get(k, {}).get("right")) for k in keys)
            unjudged += [f"{name} — {k}" for k in keys if k not in (judged.get(name) or {})]
            wrong = _wrong_years(data, dates.get(name, {}), written.get(name)) if packet else 0
            row = (found, len(annotated), len(keys), right, wrong)
            total = [t + r for t, r in zip(total, row, strict=True)]
            lines.append(
                f"| {label} | {name} | {found} / {len(annotated)} | {len(keys)} | {right} | "
                f"{wrong if packet else '–'} |"
            )
        recall = total[0] / total[1] if total[1] else 0.0
        precision = total[3] / total[2] if total[2] else 1.0
        lines.append(
            f"| {label} | **all** | {total[0]} / {total[1]} (**{recall:.2f}**) | {total[2]} | "
            f"{total[3]} (**{precision:.2f}**) | {total[4]} |"
        )
    if unjudged:
        lines += ["", "Flags not judged yet (counted as not right):", ""]
        lines += [f"- {item}" for item in dict.fromkeys(unjudged)]
    if missed:  # what recall work reads next, grouped by class by the reader
        lines += ["", "Annotated disagreements not found (AFTER, detected language):", ""]
        lines += [f"- {item}" for item in missed]
    return "\n".join(lines) + "\n"
