"""Month and weekday names in the article's language, from CLDR through Babel.

"3 Mart 2025", "3 марта 2025", "3. März 2025", "3 de marzo de 2025": a date in a non-English
article is written with that language's month names, often in a grammatical case (Russian
genitive "марта") or abbreviated ("févr."). CLDR lists every one of these forms (format and
stand-alone, wide and abbreviated) for every language, so nothing here is a word list of ours.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError, localedata

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
def dating_month_names(language: str) -> dict[str, int]:
    """:func:`month_names` with the months' names in the language's regional locales, for
    reading dates: one language may name its months in two series. Arabic writes the
    Egyptian and Gulf "فبراير" and the Levantine "شباط" (ar_SY, ar_LB, ar_IQ…), often both
    together ("7 فبراير/شباط 2022"), the Maghreb "فيفري"; Austrian German "Jänner", Peruvian
    Spanish "setiembre". A name that stands for two months in two regions is left out; a
    locale in another script (en_Dsrt) is not the language's own writing."""
    names = {" ".join(k.split()): v for k, v in month_names(language).items()}
    if not names:
        return {}
    regional: dict[str, set[int]] = {}
    for identifier in localedata.locale_identifiers():
        if identifier.split("_", 1)[0] != language or identifier == language:
            continue
        locale = locale_for(identifier)
        if locale is None or locale.script or locale.variant:
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    key = " ".join(name.casefold().rstrip(".").split())  # a no-break space
                    if len(key) >= 3:
                        regional.setdefault(key, set()).add(number)
    extra = {k: next(iter(v)) for k, v in regional.items() if len(v) == 1 and k not in names}
    return {**names, **extra}


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
    return "|".join(
        re.escape(n).replace(r"\ ", r"\s+") + r"\.?" for n in sorted(names, key=len, reverse=True)
    )  # "تشرين الأول" may be written with a no-break space


def month_key(word: str) -> str:
    """A month name as written, as the tables above key it ("Févr." → "févr")."""
    return " ".join(word.casefold().rstrip(".").split())


#: A preposition before a weekday in a case ("в", "во", "на", "w", "we", "ve", "у", "до").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{1,3}\s+$")


def weekday_dates(text: str, start: int, word: str, language: str) -> bool:
    """A weekday in a case CLDR does not list ("среду", "środę") dates a sentence only after a
    preposition ("в среду", "w środę"): the same word is also a common noun in that case
    ("окружающую среду", the environment), which follows no preposition."""
    if word.casefold() not in WEEKDAY_FORMS.get(language, {}):
        return True
    return _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is not None
