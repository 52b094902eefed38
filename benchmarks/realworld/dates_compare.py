"""Month words: the generated CLDR table (briefing.corpus.stated) against dateparser, same run.

For every stated date in the dev manifests, the evidence phrase the manifest quotes (``date
2024-12``, ``Лувр, Париж, 19 октября 2025 года``, ``Von dpa 8. Mai 2025``) is read by both:

- table: ``read_label``/``read_dateline``/``read_date`` at the positions the product reads;
- dateparser: ``search_dates`` over the phrase (it must find the date itself), month-only
  truths counted right only if the phrase has no day (dateparser fills in a day either way).

Also the import time and the cost per phrase. Needs ``pip install dateparser==1.5.0`` (not a
dependency of the product). Run: ``python -m benchmarks.realworld.dates_compare [manifests]``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import yaml

from briefing.corpus.datelines import read_dateline
from briefing.corpus.labels import read_label
from briefing.corpus.sources import wire_byline_date
from briefing.corpus.stated import StatedDate, read_date

HERE = Path(__file__).resolve().parent


def table(phrase: str) -> str | None:
    found: StatedDate | None = None
    label = read_label(phrase)
    if label:
        found = label.date
    elif (line := read_dateline(phrase)) and line.date:
        found = line.date
    elif signed := wire_byline_date(phrase):
        found = signed[0]
    else:
        for start in range(len(phrase)):  # a date line: the first date phrase in it
            if (start == 0 or phrase[start - 1] in " ,") and (found := read_date(phrase, start)):
                break
    if found is None or found.year is None:
        return None
    value = found.value()
    assert value is not None
    return value.isoformat()[:7] if found.precision == "month" else value.isoformat()


def with_dateparser(phrase: str, search_dates: object, lang: str | None = None) -> str | None:
    settings = {"REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first"}
    languages = [lang] if lang else None
    found = search_dates(phrase, languages=languages, settings=settings)  # type: ignore[operator]
    if not found:
        return None
    text, value = found[0]
    has_day = any(ch.isdigit() for ch in text.replace(str(value.year), "", 1).replace("-", ""))
    month_only = text.strip().count("-") == 1 or not has_day
    return value.date().isoformat()[:7] if month_only else value.date().isoformat()


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "manifests"
    cases: list[tuple[str, str]] = []
    langs: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if raw.get("held_out"):
            continue
        for a in raw["articles"]:
            if a.get("date") and a.get("date_evidence"):
                cases.append((str(a["date_evidence"]), str(a["date"])))
                langs[str(a["date_evidence"])] = str(a["language"])
    code = (
        "import time; t=time.perf_counter(); import dateparser.search; print(time.perf_counter()-t)"
    )
    imp = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
    from dateparser.search import search_dates

    readers = (
        ("table", table),
        ("dateparser, language given", lambda p: with_dateparser(p, search_dates, langs[p])),
        ("dateparser, language detected", lambda p: with_dateparser(p, search_dates)),
    )
    for name, read in readers:
        start = time.perf_counter()
        results = [read(phrase) for phrase, _ in cases]
        first = time.perf_counter() - start  # dateparser loads its language data on first use
        start = time.perf_counter()
        for phrase, _ in cases:
            read(phrase)
        warm = (time.perf_counter() - start) / len(cases)
        right = sum(got == want for got, (_, want) in zip(results, cases, strict=True))
        wrong = [
            (p, want, got) for got, (p, want) in zip(results, cases, strict=True) if got != want
        ]
        print(
            f"{name}: {right}/{len(cases)} right; first pass {first * 1000:.0f} ms, "
            f"warm {warm * 1e6:.0f} µs/phrase"
        )
        for phrase, want, got in wrong:
            print(f"   {phrase!r}: want {want}, got {got}")
    print(f"import dateparser.search: {imp * 1000:.0f} ms (the table costs no import)")


if __name__ == "__main__":
    main()
