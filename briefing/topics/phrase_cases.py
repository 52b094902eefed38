"""A Russian or Ukrainian name of an adjective and a noun, folded to its nominative.

"Северная Корея" in the genitive is "Северной Кореи", in the locative "Северной Корее";
"Соединённые Штаты" is "Соединённых Штатов", "Новая Зеландия" "Новой Зеландии". Folding
each word to its dictionary form (:func:`~.languages.lemma`) gives "Северный Корея" and
"Штат": the adjective's dictionary form is masculine, the noun's singular, so the phrase
the gazetteer knows is never met and the name is read as a body of its own beside the
country.

:func:`nominatives` reads the phrase as pymorphy3 parses it: leading adjectives or
participles ("Северной", "Соединённых", "Объединённых Арабских") that agree with the noun
after them in case and number (and gender in the singular), then that noun; every one of
them is put into the nominative *keeping* its gender and number ("северной" → "северная",
"штатов" → "штаты"), and the words after the noun, a genitive complement ("Штатов
Америки"), stay as written. The result is only a spelling to look up: a name is a place
when the gazetteer knows that spelling, so a phrase that is no place's name ("Красной
Площади" folds to "Красная Площадь", no country) changes nothing.
"""

from __future__ import annotations

import functools

from briefing.topics.languages import has_cyrillic, script_language

#: Parts of speech that agree with the noun they modify.
_MODIFIERS = frozenset({"ADJF", "PRTF"})
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")


def _written_like(word: str, written: str) -> str:
    """``word`` (lower case) in the capitals of ``written``, part by part at hyphens."""
    parts, shapes = word.split("-"), written.split("-")
    if len(parts) != len(shapes):
        return word[:1].upper() + word[1:] if written[:1].isupper() else word
    return "-".join(
        p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True)
    )


def _case(tag: object) -> str | None:
    case = getattr(tag, "case", None)
    return str(case) if case in _CASES else None


def _number(tag: object) -> str:
    return "plur" if getattr(tag, "number", None) == "plur" else "sing"


@functools.lru_cache(maxsize=1 << 14)
def nominatives(surface: str) -> tuple[str, ...]:
    """The nominatives of a Cyrillic adjective-and-noun name ("Северной Корее" →
    ("Северная Корея",)), one per reading in which the words agree (a word that is an
    adjective or a noun, "Новій", is tried as either); empty when ``surface`` is one word,
    not Cyrillic, or has no noun after its adjectives."""
    words = surface.split()
    if len(words) < 2 or not all(has_cyrillic(w) for w in words[:2]):
        return ()
    from briefing.morphology import analyser

    morph = analyser(script_language(surface) or "ru")
    found: list[str] = []
    for head in range(len(words)):
        parses = morph.parse(words[head])
        for noun in (p for p in parses if p.tag.POS == "NOUN"):
            folded = _agreeing(morph, words[:head], noun)
            nominative = noun.inflect({"nomn"}) if folded is not None else None
            if folded is None or nominative is None:
                continue
            phrase = [*folded, _written_like(nominative.word, words[head]), *words[head + 1 :]]
            text = " ".join(phrase)
            if text != surface and text not in found:
                found.append(text)
        if not any(p.tag.POS in _MODIFIERS for p in parses):
            break  # no adjective: the words after it cannot be this one's noun
    return tuple(found)


def _agreeing(morph: object, modifiers: list[str], noun: object) -> list[str] | None:
    """The ``modifiers`` in the nominative, each read as agreeing with ``noun``; None when
    one cannot be so read."""
    tag = getattr(noun, "tag", None)
    case, number = _case(tag), _number(tag)
    gender = getattr(tag, "gender", None)
    folded = []
    for word in modifiers:
        for parse in morph.parse(word):  # type: ignore[attr-defined]
            t = parse.tag
            if t.POS not in _MODIFIERS or _case(t) != case or _number(t) != number:
                continue
            if number == "sing" and gender is not None and t.gender not in (None, gender):
                continue
            nominative = parse.inflect({"nomn"})
            if nominative is not None:
                folded.append(_written_like(nominative.word, word))
                break
        else:
            return None
    return folded


def spellings(text: str) -> tuple[str, ...]:
    """``text`` and, when it has a "ё", the same with "е" (gazetteers write either)."""
    plain = text.replace("ё", "е").replace("Ё", "Е")
    return (text,) if plain == text else (text, plain)
