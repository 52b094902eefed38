"""Month and weekday names in the article's language, from CLDR through Babel.

"3 Mart 2025", "3 марта 2025", "3. März 2025", "3 de marzo de 2025": a date in a non-English
article is written with that language's month names, often in a grammatical case (Russian
genitive "марта") or abbreviated ("févr."). CLDR lists every one of these forms (format and
stand-alone, wide and abbreviated) for every language, so nothing here is a word list of ours.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError

from briefing.analysis.weekday_forms import WEEKDAY_FORMS


@cache
def locale_for(language: str) -> Locale | None:
    """Babel's locale for a language code, or None where Babel has none ('und', a typo):
    the one place the analysis asks CLDR for a language."""
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def month_names(language: str) -> dict[str, int]:
    """Every CLDR spelling of each month (lower-cased, without a final dot) → 1–12."""
    locale = locale_for(language)
    if locale is None:
        return {}
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                key = name.casefold().rstrip(".")
                if len(key) >= 3:
                    names.setdefault(key, number)
    return names


@cache
def weekday_names(language: str) -> dict[str, int]:
    """Every CLDR spelling of each weekday (lower-cased) → 0 (Monday) to 6, and the cases
    CLDR does not list that a sentence dates with ("в среду", "w środę"; ``weekday_forms``)."""
    locale = locale_for(language)
    if locale is None:
        return {}
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            names.setdefault(name.casefold(), number)
    for form, number in WEEKDAY_FORMS.get(language, {}).items():
        names.setdefault(form, number)
    return names


#: Particles a language glues to the next word, which CLDR's names never carry: Hebrew ו
#: "and", ש / כש "that, when", then ב "in, on", ל "to", מ "from" ("13 באוקטובר", "ביום
#: שני", "ואתמול"); Arabic و and ف "and", then ب "in" ("بالأمس", "وأمس"). A regex matching
#: a stack of them or nothing, for the place before a month, weekday or relative day.
_GLUED_PARTICLES = {"he": "(?:ו?(?:כש|ש)?[בלמ]?)", "ar": "(?:[وف]?ب?)"}


def glued_particles(language: str) -> str:
    """The regex of the particles ``language`` may glue before a date word ("" if none)."""
    return _GLUED_PARTICLES.get(language, "")


def alternation(names: dict[str, int]) -> str:
    """A regex alternation of ``names``, longest first, each allowing a final dot."""
    return "|".join(re.escape(n) + r"\.?" for n in sorted(names, key=len, reverse=True))


#: A preposition before a weekday in a case ("в", "во", "на", "w", "we", "ve", "у", "до").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{1,3}\s+$")


def weekday_dates(text: str, start: int, word: str, language: str) -> bool:
    """A weekday in a case CLDR does not list ("среду", "środę") dates a sentence only after a
    preposition ("в среду", "w środę"): the same word is also a common noun in that case
    ("окружающую среду", the environment), which follows no preposition."""
    if word.casefold() not in WEEKDAY_FORMS.get(language, {}):
        return True
    return _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is not None
