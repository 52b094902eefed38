"""Number words of a language, from the maintained packages: num2words, number-parser, and the
collective numerals generated from pymorphy3.

Split from :mod:`.numbers`, which finds the numbers of a text; these tables say which words
are numbers at all ("eight", "huit", "восемь", "девяти", "трое") and which multiply the
number before them ("mila", "тысяч", "Millionen"). Each is built once per language and
asked for by readers beyond the number finder (ages, period words, event names), so it
stands on its own.
"""

from __future__ import annotations

from functools import cache

#: Words for these values are read (2–100, then round hundreds and thousands).
_VALUES = (*range(2, 101), *range(200, 1001, 100), 2000, 3000, 5000, 10000)


@cache
def number_words(language: str) -> dict[str, int]:
    """Lower-cased number words of ``language`` → value ({} when num2words lacks it)."""
    from num2words import num2words

    words: dict[str, int] = {}
    for value in _VALUES:
        try:
            written = num2words(value, lang=language)
        except (NotImplementedError, KeyError, ValueError, TypeError, AttributeError):
            words = {}
            break
        words.setdefault(written.casefold(), value)
        words.setdefault(written.casefold().replace("-", " "), value)
        if 10 < value < 100 and value % 10:
            # num2words joins "oniki", "yirmiiki"; Turkish writes the two words apart ("on
            # iki"): the tens and units words, spaced, are the same number.
            tens = num2words(value - value % 10, lang=language).casefold()
            units = num2words(value % 10, lang=language).casefold()
            if written.casefold() == tens + units:
                words.setdefault(f"{tens} {units}", value)
    if language == "ar":  # "ثمانمئة" beside num2words' "ثمانمائة" (.word_numbers)
        from briefing.analysis.word_numbers import arabic_spellings

        for word, value in arabic_spellings(words).items():
            words.setdefault(word, value)
    for word, value in (_inflected(language) | _collective(language)).items():
        if value >= 2:
            words.setdefault(word, value)
    return words


def _collective(language: str) -> dict[str, int]:
    """Every case of the collective numerals of ``language`` → value, or {} (a table
    generated from pymorphy3 by ``benchmarks/realworld/gen_collective.py``)."""
    from briefing.analysis.collective import COLLECTIVE

    return COLLECTIVE.get(language, {})


@cache
def multipliers(language: str) -> dict[str, float]:
    """Words that multiply the number before them ("80 mila", "50 тысяч", "3 Millionen"),
    lower-cased → factor, as num2words writes two, three and five thousands, millions and
    billions in ``language`` (every grammatical number: "тысячи", "тысяч")."""
    from num2words import num2words

    found: dict[str, float] = {}
    for factor in (1e3, 1e6, 1e9):
        for count in (2, 3, 5):
            try:
                whole = num2words(int(count * factor), lang=language).casefold()
                digit = num2words(count, lang=language).casefold()
            except (NotImplementedError, KeyError, ValueError, TypeError, AttributeError):
                return {}
            rest = whole.split(" ", 1)[1] if " " in whole else whole.removeprefix(digit)
            if rest and rest != whole and " " not in rest:
                found.setdefault(rest, factor)
    return found


def _inflected(language: str) -> dict[str, int]:
    """number-parser's single-word forms for ``language`` (every case), or {}."""
    import importlib

    try:
        data = importlib.import_module(f"number_parser.data.{language}").info
    except (ImportError, AttributeError):
        return {}
    found: dict[str, int] = {}
    for table in ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS", "HUNDREDS"):
        for word, value in (data.get(table) or {}).items():
            if isinstance(value, int) and " " not in word:
                found[word.casefold()] = value
    return found


@cache
def compact_scales(language: str) -> dict[str, float]:
    """Scale words and their short forms as CLDR's compact number formats write them in
    ``language``, lower-cased without a closing dot → factor: "tys." and "tysięcy", "Mio." and
    "Millionen", "mln" and "млн", "χιλ.", "ألف". num2words gives the long words only, and a
    press that writes "3 tys. mieszkańców" or "1,5 mln" would otherwise be read as 3 and 1.5.
    A factor is the pattern's magnitude over its zeros ("00 tys." at 10000 is 1000), so a
    language's own sense wins: French "billion" is 10^12, not the English 10^9. One-letter
    forms ("K", "M", "B") are left out: in prose they are far more often a unit, an initial
    or a list mark than a scale (a letter and its vowel sign, Bengali "হা", is one letter).
    A scale word keeps its combining marks (Hindi "लाख", lakh,
    10^5, and "करोड़", crore, 10^7, written with vowel signs: :mod:`briefing.word_marks`), as
    Urdu's "لاکھ" needs none. Kept on disk between runs (:mod:`.stored_tables`): it
    depends on CLDR and the code only."""
    from briefing.analysis.stored_tables import stored_pairs

    pairs = stored_pairs(
        "scales", language, ("analysis.number_tables",), lambda: _built_scales(language)
    )
    return dict(pairs)


def _built_scales(language: str) -> list[tuple[str, float]]:
    """:func:`compact_scales` worked out from Babel, as its (word, factor) pairs in order."""
    import re

    from babel import Locale, UnknownLocaleError

    from briefing.analysis.units import unit_names
    from briefing.word_marks import LETTER_RUN

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return []
    units = unit_names(language)  # Catalan's short "kM" (10^9) is "km" once lower-cased
    found: dict[str, float] = {}
    for width in ("long", "short"):
        formats = locale.compact_decimal_formats.get(width) or {}
        for plural in formats:
            for magnitude, pattern in formats[plural].items():
                written = getattr(pattern, "pattern", str(pattern))
                zeros = written.count("0")
                word = re.sub(r"[0#]|'", "", written).strip(" \u00a0.").casefold()
                if (
                    not zeros
                    or sum(c.isalpha() for c in word) < 2
                    or not re.fullmatch(LETTER_RUN, word)
                ):
                    continue
                if word in units:
                    continue  # a one-letter form, a sign, or two words ("mila miliardi")
                factor = int(magnitude) / 10 ** (zeros - 1)
                if factor >= 1000:
                    found.setdefault(word, factor)
    return list(found.items())
