"""Numbers written in words over a scale word: "ستة آلاف وثمانمئة" (6,800), "six thousand eight
hundred", "trois mille cinq cents".

num2words gives each language's words for round values (:mod:`.number_tables`), and the
reader (:func:`.numbers.find_numbers`) finds them one by one: "ستة" (6), then the scale word
"آلاف" (thousands) that the counted-noun reader applies to it, then "ثمانمئة" (800) as a number
of its own, so "ستة آلاف وثمانمئة رياضي" (6,800 athletes) was read as about 6,000 of
"ثمانمئة". A number in words, a scale word of the language (thousand, million: num2words'
and CLDR's words, :func:`.number_tables.multipliers` and :func:`.number_tables.compact_scales`)
and a smaller number after it are one number, the way "2 bin 323" already is in digits.

Between the scale word and the smaller number only the language's "and" may stand (Arabic
writes it onto the next word: "وثمانمئة"; :data:`.compositions._AND` lists the words): a comma
or any other word ends the number ("five thousand, eight hundred of them" is two). In
words on both sides only, or with Arabic's written-on "و" (where "6 آلاف و800" is a common
press form): "5 million and 300 were hurt" is two numbers.

Arabic also writes one hundred "مئة" as often as num2words' "مائة" ("ثمانمئة", "ثلاثمئة"),
the tens in the accusative and genitive ("أربعين", not only "أربعون"), alef without its
hamza ("اربعين"), and "و" onto the tens ("خمسة وأربعون"): :func:`arabic_spellings` adds these
spellings of num2words' own words (the rules of the script, no words of our own).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from briefing.analysis.numbers import Number

#: The conjunction Arabic writes onto the next word.
_GLUED_AND = {"ar": "و"}


@cache
def _scales(language: str) -> dict[str, float]:
    from briefing.analysis.number_tables import compact_scales, multipliers

    return {**compact_scales(language), **multipliers(language)}


@cache
def _and(language: str) -> frozenset[str]:
    from briefing.analysis.compositions import _AND

    return frozenset(_AND.get(language, "").split())


def joined_numbers(found: list[Number], text: str, language: str) -> list[Number]:
    """``found`` (the numbers of ``text`` in order) with each number in words, its scale word
    and the smaller number after it made one (module doc)."""
    if len(found) < 2:
        return found
    scales = _scales(language)
    if not scales:
        return found
    glued = _GLUED_AND.get(language, "")
    out: list[Number] = [found[0]]
    scaled: tuple[Number, Number] | None = None  # "seis" + "mil", kept only if more follows
    for number in found[1:]:
        last = out[-1]
        value = _joined(last, number, text[last.end : number.start], scales, language, glued)
        if value is None and scaled is not None:
            out[-1:] = scaled  # "seis mil personas": read as before, the scale word applied
        scaled = None
        if value is None:
            out.append(number)
            continue
        if _is_scale(last, number, scales):
            scaled = (last, number)
        written = text[last.start : number.end]
        out[-1] = replace(last, end=number.end, value=value, written=written)
    if scaled is not None:
        out[-1:] = scaled
    return out


def _is_scale(last: Number, number: Number, scales: Mapping[str, float]) -> bool:
    return last.in_words and number.in_words and number.written.casefold() in scales


def _joined(
    last: Number,
    number: Number,
    between: str,
    scales: Mapping[str, float],
    language: str,
    glued: str,
) -> float | None:
    """The value of ``last`` and ``number`` read as one, or None when they are two."""
    if last.low is not None or number.low is not None or number.qualifier:
        return None
    if last.in_words and number.in_words and not between.strip() and last.value < 1000:
        factor = scales.get(number.written.casefold())
        if factor is not None:  # "seis" + "mil": Spanish "mil" is a number word and a scale
            return last.value * factor
    words = between.split()
    if glued and between.endswith(glued) and words and words[-1] == glued:
        words, joined_on = words[:-1], True  # "آلاف و" + "ثمانمئة": the "and" written on
    else:
        joined_on = False
        if words and words[-1].casefold() in _and(language):
            words = words[:-1]  # "mille et un", "thousand and fifty"
    if not (last.in_words and number.in_words) and not joined_on:
        return None
    if len(words) > 1 or not between[:1].isspace():
        return None
    factors = [scales.get(w.casefold(), 0.0) for w in [*words, last.written.split()[-1]]]
    if not number.in_words and number.value < max(factors) / 10:
        return None  # "5 آلاف و3 جرحى": thousands, then another count; "6 آلاف و800" is one
    if words:  # "ستة" + "آلاف" + "ثمانمئة"
        factor = scales.get(words[0].casefold())
        if factor is None or not last.value < 1000 or not number.value < factor:
            return None
        return last.value * factor + number.value
    # "ثلاثة آلاف" (3,000 in num2words' own words) + "وخمسمئة": only after a scale word
    head = last.written.split()[-1].casefold() if last.written.split() else ""
    factor = scales.get(head)
    if factor is None or not number.value < factor:
        return None
    return last.value + number.value


def arabic_spellings(words: Mapping[str, int]) -> dict[str, int]:
    """Other spellings of num2words' Arabic number words (module doc) → value."""
    extra: dict[str, int] = {}
    for word, value in words.items():
        forms = {word, word.replace("مائ", "مئ")}
        forms |= {f.replace("ون", "ين") for f in forms if value >= 20}
        forms |= {f.replace("و ", "و") for f in forms}
        forms |= {f.replace("أ", "ا").replace("إ", "ا") for f in forms}
        for form in forms - {word}:
            extra.setdefault(form, value)
    return extra
