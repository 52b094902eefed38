"""A count of people or things is a whole number: "Unas 20,000 personas" is twenty thousand.

:mod:`.numbers` reads digits with the separators of the article's language (CLDR), so in
Spanish, which writes 20.000 and 2,5, "20,000" reads as twenty. Writers do not all follow
their language's mark: news copied from an English wire, or an outlet of a country that
writes "20,000" (Mexico, Central America), gives a Spanish sentence an English number. A
count of people or things is never a fraction, so a number written with one separator and
exactly three digits after it ("20,000", "20.000"), right before a counted noun, is read as
thousands whichever mark the language uses for decimals.

Everything else keeps its decimal reading: a measure in a unit ("2,500 km", "3,5 km"), a
scale ("7,8 de magnitud"), a multiplier ("2,5 millones", "1,500 millones"), a sum of money
("1,125 euros", "€1,125"), a number whose next word is a grammatical word ("2,500 por
ciento") or none, one that starts with 0 ("0,375"), or a number with a decimal part after its
thousands ("1,234.5", read by :mod:`.numbers` itself). A number a short link joins to such a
count ("15,000 a 20,000 personas") is its range, and whole too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name

from briefing.analysis.measures import one_letter_unit
from briefing.analysis.numbers import Number, multipliers
from briefing.analysis.scope import stopwords
from briefing.analysis.units import unit_after

#: One separator and exactly three digits after it, no leading zero: "20,000", "20.000".
_GROUPED = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: Letters at most between a number and the next of a range ("15,000 a 20,000", "to", "à").
_LINK = re.compile(r"\s*(?:[-–—]|[^\W\d_]{1,3})\s*")
#: A noun counted is a word this long at least.
_LEAST_NOUN = 3


def whole_counts(numbers: list[Number], text: str, language: str) -> list[Number]:
    """``numbers`` with each count written "N,ddd" or "N.ddd" read as thousands (module doc)."""
    if not any(_grouped(n) for n in numbers):
        return numbers  # almost every sentence
    found = list(numbers)
    for index in range(len(found) - 1, -1, -1):
        number = found[index]
        if not _grouped(number):
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        ranged = (
            following is not None
            and following.value != numbers[index + 1].value  # made whole just now
            and _LINK.fullmatch(text[number.end : following.start]) is not None
        )
        if ranged or _counts(text, number, language):
            found[index] = replace(number, value=float(re.sub(r"\D", "", number.written)))
    return found


def _grouped(number: Number) -> bool:
    """Written "N,ddd" or "N.ddd" and read as a decimal (not as its thousands already)."""
    if number.in_words or _GROUPED.fullmatch(number.written) is None:
        return False
    return number.value != float(re.sub(r"\D", "", number.written))


def _counts(text: str, number: Number, language: str) -> bool:
    """Whether the number ending at ``number.end`` counts the word right after it."""
    if any(unicodedata.category(c) == "Sc" for c in text[max(0, number.start - 2) : number.start]):
        return False  # "€1,125", "$1.250"
    gap = re.compile(r"[ \u00a0\u202f]*").match(text, number.end)
    word = _WORD.match(text, gap.end()) if gap is not None else None
    if word is None or len(word.group()) < _LEAST_NOUN:
        return False
    folded = word.group().casefold().rstrip(".")
    if folded in multipliers(language) or folded in stopwords(language):
        return False
    if folded in _currency_words(language):
        return False
    return (
        unit_after(text, word.start(), language) is None
        and one_letter_unit(text, word.start(), language) is None
    )


@cache
def _currency_words(language: str) -> frozenset[str]:
    """Every word of the language's currency names, singular and plural ("euro", "euros",
    "dólares"), from CLDR: a sum of money may have decimals ("1,125 euros")."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    codes = [code for code in locale.currencies if isinstance(code, str)]
    names = [get_currency_name(code, count, locale) for code in codes for count in (1, 2)]
    return frozenset(w.casefold() for name in names for w in _WORD.findall(name))
