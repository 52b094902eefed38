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
    """Every CLDR spelling of each weekday (lower-cased) → 0 (Monday) to 6."""
    locale = locale_for(language)
    if locale is None:
        return {}
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            names.setdefault(name.casefold(), number)
    return names


def alternation(names: dict[str, int]) -> str:
    """A regex alternation of ``names``, longest first, each allowing a final dot."""
    return "|".join(re.escape(n) + r"\.?" for n in sorted(names, key=len, reverse=True))
