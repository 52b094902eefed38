"""Write ``briefing/analysis/weekday_forms.py``: weekday names in the grammatical cases CLDR
does not list ("в среду", "w środę", "ve středu", "у середу"), from dateparser's language data.

A Slavic sentence dates an event with a preposition and the accusative ("в пятницу", "w
sobotę"); CLDR (Babel) lists only the nominative ("пятница", "sobota"), so the timeline read
"Do wypadku doszło w środę" as undated. dateparser (installed with htmldate) ships the forms
news uses, beside abbreviations and truncations ("ср", "серед", "Quarta"). Only inflections
are kept: a form as long as the CLDR name or up to two letters longer, that differs from it
only in its last letter or two (a case ending) — so "środę" and "Středu" are in, "серед"
("among" in Ukrainian), "субот" and Portuguese "Quarta" ("fourth") are not. The product reads
the generated table, so dateparser is not imported at run time. Rerun after changing the
languages:

    .venv/bin/python -m benchmarks.realworld.gen_weekdays
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from babel import Locale

from benchmarks.realworld.gen_months import LANGUAGES

TARGET = Path(__file__).resolve().parents[2] / "briefing" / "analysis" / "weekday_forms.py"
#: dateparser's keys, in CLDR's order (Babel: 0 is Monday).
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Letters a case ending may add to the CLDR name ("środa" → "środę", "neděle" → "neděli").
_ENDING = 2


def inflection_of(form: str, name: str) -> bool:
    """True when ``form`` is ``name`` with another case ending (module docstring)."""
    if form == name or not form.isalpha() or not (len(name) <= len(form) <= len(name) + _ENDING):
        return False
    stem = name[:-1] if len(name) > 3 else name
    return form.startswith(stem) and len(stem) >= 3


def forms(language: str) -> dict[str, int]:
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{language}")
    except ModuleNotFoundError:
        return {}
    locale = Locale.parse(language)
    found: dict[str, int] = {}
    for number, key in enumerate(DAYS):
        names = {
            locale.days[context]["wide"][number].casefold() for context in ("format", "stand-alone")
        }
        for form in module.info.get(key, ()):
            word = form.casefold()
            if word not in names and any(inflection_of(word, name) for name in names):
                found.setdefault(word, number)
    return dict(sorted(found.items()))


def main() -> None:
    lines = [
        '"""Weekday names in cases CLDR does not list ("среду", "środę"), per language, generated',
        "from dateparser's language data by benchmarks/realworld/gen_weekdays.py. Do not edit.",
        '"""',
        "",
        "WEEKDAY_FORMS: dict[str, dict[str, int]] = {",
    ]
    for language in LANGUAGES:
        found = forms(language)
        if not found:
            continue
        lines.append(f"    {json.dumps(language)}: {{")
        lines += [
            f"        {json.dumps(word, ensure_ascii=False)}: {number},"
            for word, number in found.items()
        ]
        lines.append("    },")
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
