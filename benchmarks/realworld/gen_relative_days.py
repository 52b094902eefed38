"""Write ``briefing/analysis/relative_days.py`` ("yesterday", "today", "tomorrow"),
``relative_years.py`` ("last year", "this year", "next year") and ``month_forms.py`` in each
language, from CLDR's relative fields as dateparser ships them; the year phrases and (Russian,
Ukrainian) month names also in the cases CLDR does not list, derived from its forms by
``inflect_relative`` (pymorphy3, German adjective endings).

Babel 2.18 keeps only CLDR's "in {0} days" patterns, not the words; dateparser (installed
with htmldate) carries CLDR's ``relative-type`` words per language. The product reads the
generated table, so neither is imported at run time. Rerun after changing the languages:

    .venv/bin/python -m benchmarks.realworld.gen_relative_days
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from pathlib import Path

from benchmarks.realworld.gen_months import LANGUAGES
from benchmarks.realworld.inflect_relative import MORPHOLOGY, inflect_phrase, month_forms

TARGET = Path(__file__).resolve().parents[2] / "briefing" / "analysis" / "relative_days.py"
YEARS_TARGET = TARGET.with_name("relative_years.py")
MONTHS_TARGET = TARGET.with_name("month_forms.py")
#: CLDR's keys for whole days relative to today, and their offsets.
OFFSETS = {"2 day ago": -2, "1 day ago": -1, "0 day ago": 0, "in 1 day": 1, "in 2 day": 2}
#: The same for years ("last year"): with a month name they date a month.
YEAR_OFFSETS = {"1 year ago": -1, "0 year ago": 0, "in 1 year": 1}
#: Everyday news synonyms of CLDR's year words that CLDR does not list, inflected like them:
#: German news writes "im vergangenen Jahr" / "im Dezember vergangenen Jahres" far more than
#: CLDR's "letztes Jahr", French "l'an dernier" beside "l'année dernière".
#: Languages read beyond the month tables' (``gen_months.LANGUAGES``): their month names come
#: from Babel at run time, so "σήμερα", "avui", "danas", "دیروز" must be known too, or a Greek,
#: Catalan or Persian "today" dates nothing. Hebrew and Arabic glue particles to the word
#: (``ואתמול``, ``بالأمس``: ``dates.py`` reads them through ``locales.GLUED_PARTICLES``), and
#: their "today" is also "the day" (``היום``, ``اليوم``): left out below.
MORE_LANGUAGES = ["el", "ca", "hr", "sr", "bs", "sl", "lt", "lv", "et", "mk", "fa", "he", "ar"]
#: CLDR words that are not counted from the day of writing: Catalan "endemà" / "sendemà" is
#: "the next day" of a day the text names, which dateparser files under "in 2 days"; Arabic
#: "اليوم السابق" is "the day before" a day the text names; Hebrew ``היום`` and ``השנה``,
#: Arabic ``اليوم``, are also "the day" and "the year" (the article glued to the noun).
NOT_FROM_TODAY = frozenset({"endemà", "sendemà", "اليوم السابق", "היום", "השנה", "اليوم"})
#: Everyday words CLDR does not list: Hebrew news dates the evening before its day of writing
#: with ``אמש`` ("last night"), and two days back with ``שלשום``.
DAY_SYNONYMS: dict[str, dict[str, int]] = {"he": {"אמש": -1, "שלשום": -2}}
YEAR_SYNONYMS: dict[str, dict[str, int]] = {
    "de": {"vergangenes Jahr": -1, "voriges Jahr": -1, "kommendes Jahr": 1},
    "fr": {"l'an dernier": -1, "l'an passé": -1, "l'année passée": -1, "l'an prochain": 1},
    "it": {"anno passato": -1},
    "es": {"año próximo": 1},
    "ru": {"минувшем году": -1},
    "uk": {"минулому році": -1},
    # Arabic news says "العام" for the year far more than CLDR's "السنة"
    "ar": {"العام الماضي": -1, "العام الحالي": 0, "العام المقبل": 1},
}


def table(offsets: dict[str, int] = OFFSETS) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for language in [*LANGUAGES, *MORE_LANGUAGES]:
        try:
            module = importlib.import_module(f"dateparser.data.date_translation_data.{language}")
        except ModuleNotFoundError:
            continue
        relative = module.info.get("relative-type", {})
        words: dict[str, int] = {}
        for key, offset in offsets.items():
            for word in relative.get(key, ()):
                # Only words: "till date" and "in 1 day" patterns are not day names.
                # Arabic's harakat are letters' marks, not letters: "غدًا" is written "غدا".
                word = "".join(c for c in word if not unicodedata.combining(c))
                if not re.fullmatch(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*", word) or word in (
                    "till date",
                    *NOT_FROM_TODAY,
                ):
                    continue
                if offsets is YEAR_OFFSETS:
                    # "el año pasado" → "año pasado", so "del año pasado" is found too;
                    # abbreviations ("в пр г", "last yr") are left out.
                    parts = word.split()
                    while len(parts) > 2 and len(parts[0]) <= 2:
                        parts = parts[1:]
                    if any(len(part) < 3 for part in parts[1:]):
                        continue
                    word = " ".join(parts)
                    # "прошлом году" → "прошлого года" …; "letztes Jahr" → "letzten Jahres" …
                    for form in sorted(inflect_phrase(word.casefold(), language)):
                        words.setdefault(form, offset)
                words.setdefault(word.casefold(), offset)
        if offsets is OFFSETS:
            for word, offset in DAY_SYNONYMS.get(language, {}).items():
                words.setdefault(word, offset)
        if offsets is YEAR_OFFSETS:
            for word, offset in YEAR_SYNONYMS.get(language, {}).items():
                for form in sorted(inflect_phrase(word.casefold(), language)):
                    words.setdefault(form, offset)
                words.setdefault(word.casefold(), offset)
        if words:
            found[language] = dict(sorted(words.items()))
    return found


def _table_lines(name: str, table: dict[str, dict[str, int]]) -> list[str]:
    lines = [f"{name}: dict[str, dict[str, int]] = {{"]
    for language, words in table.items():
        lines.append(f"    {json.dumps(language)}: {{")
        lines += [
            f"        {json.dumps(word, ensure_ascii=False)}: {value},"
            for word, value in words.items()
        ]
        lines.append("    },")
    lines.append("}")
    return lines


def _write(target: Path, docstring: list[str], name: str, table: dict[str, dict[str, int]]) -> None:
    lines = ['"""' + docstring[0], *docstring[1:], "Do not edit.", '"""', ""]
    lines += _table_lines(name, table)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {target}")


def main() -> None:
    """Three modules, one per question a date's word answers: the day it names, the year it
    names, the month an inflected month name names; each is read by different code, and
    together they were one file past the project's size mark."""
    source = "from CLDR by benchmarks/realworld/gen_relative_days.py (dateparser's copy of CLDR)."
    _write(
        TARGET,
        ["Words for a day relative to the article's date, per language, generated", source],
        "RELATIVE_DAYS",
        table(OFFSETS),
    )
    _write(
        YEARS_TARGET,
        [
            'Words for a year relative to the article\'s date ("last year"), per language, also in',
            "the cases CLDR does not list (inflect_relative), generated",
            source,
        ],
        "RELATIVE_YEARS",
        table(YEAR_OFFSETS),
    )
    _write(
        MONTHS_TARGET,
        [
            'Month names in cases CLDR does not list ("в декабре"), from pymorphy3, generated',
            "by benchmarks/realworld/gen_relative_days.py.",
        ],
        "MONTH_FORMS",
        {language: month_forms(language) for language in MORPHOLOGY},
    )


if __name__ == "__main__":
    main()
