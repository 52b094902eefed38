"""A Russian or Ukrainian person's name written only in an oblique case, named in the nominative.

A topic is named by the dictionary form of a Cyrillic name when a text writes it ("Рахмон"
beside "Рахмона": :func:`~.naming.canonical`). A person quoted once ("мнение эксперта Ивана
Полякова") is written only in the genitive, and the topic was named "Ивана Полякова", a form
no analyst writes. :func:`nominative_name` puts such a name into the nominative, but only
when pymorphy3 reads every word of it as one paradigm:

* each word is Cyrillic letters, two words or three (a given name, maybe a patronymic, a
  surname; a hyphenated or Latin word is left as written);
* the name cannot be read as a nominative: no gender in which every word has a nominative
  reading as a person, one of them from the dictionary ("Мария Захарова", "Петра
  Коваленко", a woman's name and an indeclinable surname, stay);
* there is one oblique case and one gender in which every word has a singular animate
  noun's reading (a given name, a surname, a patronymic, or a person's noun: "Эдуарда
  Исповедника" is "Эдуард Исповедник"), and each word's nominative in it changes no more
  than its ending; an indeclinable word is its own nominative ("Юлии Коваленко");
* the reading is sure: a word of it is a given name, surname or patronymic the dictionary
  knows, or the first word reads as a man's name, known or predicted (a foreign given
  name, "Кэлвина" → "Кэлвин"), and every other word, one the dictionary does not know,
  ends in the same ending after a consonant: a foreign man's surname that ends in a
  consonant declines as his given name does, so "Кэлвина Мэррита" is "Кэлвин Мэррит"
  even where pymorphy3 guesses no masculine reading for "Мэррита". A foreign woman's
  surname in a consonant does not decline, and one in a vowel has another ending than her
  given name ("Анны Дзанетти"): neither is read by this analogy, which is masculine only.

Anything else keeps the written form: an organisation (only people are named here), a word
the dictionary reads as a place or a thing only. Each word keeps its case pattern ("ИВАНА" →
"ИВАН") and its "е" for "ё" ("Семена" → "Семен"). The cost: a foreign woman's nominative whose
given name and surname both end in "-а" after a consonant, both unknown to the dictionary,
reads as a man's genitive.
"""

from __future__ import annotations

import functools
from typing import Any

from briefing.morphology import analyser
from briefing.topics.languages import has_cyrillic

__all__ = ["nominative_name"]

#: The oblique cases a name may be written in.
_OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")
#: Tags that make a noun's reading a person's name.
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
#: Letters of the written word a nominative may differ in, at its end.
_ENDING = 3
#: A person's grammatical genders (an indeclinable surname may be either: "ms-f").
_GENDERS = ("masc", "femn")
#: Letters only Ukrainian writes: such a word is read with the Ukrainian dictionary.
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
#: Vowels and signs of Russian and Ukrainian: an ending after one is no consonant stem's.
_VOWELS = frozenset("аеёиоуыэюяіїєйьъ")


@functools.lru_cache(maxsize=1 << 12)
def nominative_name(name: str) -> str:
    """``name`` in the nominative when every word reads as one oblique paradigm (the
    module's docstring), else ``name`` as written."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(has_cyrillic(w) and w.isalpha() for w in words):
        return name
    language = "uk" if any(ch in _UKRAINIAN for ch in name) else "ru"
    parses = [analyser(language).parse(w) for w in words]
    if any(_nominative_reading(parses, gender) for gender in _GENDERS):
        return name  # a nominative already: "Мария Захарова"
    lowered = [w.lower() for w in words]
    for case in _OBLIQUE:
        for gender in _GENDERS:
            named = _read(lowered, parses, case, gender)
            if named is not None and named != lowered:
                return " ".join(_cased(w, n) for w, n in zip(words, named, strict=True))
    return name


def _nominative_reading(parses: list[list[Any]], gender: str) -> bool:
    """Every word reads as a person's nominative in ``gender``, one reading from the
    dictionary."""
    found = [next((p for p in ps if _person_noun(p, "nomn", gender)), None) for ps in parses]
    return None not in found and any(p.is_known for p in found if p is not None)


def _read(words: list[str], parses: list[list[Any]], case: str, gender: str) -> list[str] | None:
    """Each word's nominative when the name reads surely in ``case`` and ``gender`` (the
    module's docstring), else None."""
    readings = [_reading(ps, case, gender) for ps in parses]
    named = [
        _nominative(w, p) if p is not None else None for w, p in zip(words, readings, strict=True)
    ]
    known = any(p is not None and p.is_known and _PERSON_TAGS & p.tag.grammemes for p in readings)
    if None not in named and known:
        return [n for n in named if n is not None]
    first, head = readings[0], named[0]
    if gender != "masc" or first is None or head is None:
        return None
    if not _PERSON_TAGS & first.tag.grammemes or not words[0].startswith(head):
        return None
    ending = words[0][len(head) :]
    if not ending:
        return None
    out = [head]
    for word, parses_of, nominative in zip(words[1:], parses[1:], named[1:], strict=True):
        if any(p.is_known for p in parses_of):
            return None  # a dictionary word: its own reading decides, and it has none
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or stem[-1] in _VOWELS:
            return None
        if nominative is not None and nominative != stem:
            return None
        out.append(stem)
    return out


def _reading(parses: list[Any], case: str, gender: str) -> Any | None:
    """The word's reading as a person's noun in ``case`` and ``gender``, one tagged as a
    name first ("Орхана": a predicted given name before a predicted animate noun)."""
    found = [p for p in parses if _person_noun(p, case, gender)]
    return next((p for p in found if _PERSON_TAGS & p.tag.grammemes), found[0] if found else None)


def _person_noun(parse: Any, case: str, gender: str) -> bool:
    grammemes = parse.tag.grammemes
    return (
        parse.tag.POS == "NOUN"
        and case in grammemes
        and "plur" not in grammemes  # the Ukrainian dictionary writes no "sing"
        and (gender in grammemes or "ms-f" in grammemes)
        and ("anim" in grammemes or bool(_PERSON_TAGS & grammemes))
    )


def _nominative(word: str, parse: Any) -> str | None:
    """The word's nominative in its reading's gender, or None when it changes more than
    the word's ending (an indeclinable word is its own nominative)."""
    if "Fixd" in parse.tag.grammemes:
        return word
    inflected = parse.inflect({"nomn"})
    if inflected is None:
        return None
    nominative = str(inflected.word)
    if "ё" not in word:  # "Семена" → "Семен", as the text spells it, not "Семён"
        nominative = nominative.replace("ё", "е")
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, nominative, strict=False)) if a != b),
        min(len(word), len(nominative)),
    )
    return nominative if shared >= max(2, len(word) - _ENDING) else None


def _cased(written: str, nominative: str) -> str:
    if written.isupper():
        return nominative.upper()
    return nominative[:1].upper() + nominative[1:]
