"""Inflected forms of CLDR's "last year" phrases and month names, for languages with cases.

CLDR gives one form: Russian "в прошлом году" (prepositional), German "letztes Jahr"
(nominative). A dated month is written in another case: "в декабре прошлого года",
"у грудні минулого року", "im Dezember letzten Jahres". Listing those phrases would fit the
articles we happened to read; instead every form is derived from CLDR's own:

- Russian and Ukrainian: pymorphy3 (pinned, with the OpenCorpora / VESUM dictionaries) gives
  the singular paradigm of the modifier and of the noun, which are paired case by case
  (agreement), and the singular paradigm of each month's nominative name ("декабре",
  "грудні").
- German: a modifier ending in an adjective ending takes every adjective ending
  (-e, -em, -en, -er, -es: "letzten", "letzter", "letztem"), and "Jahr" every singular form
  ("Jahres", "Jahrs", "Jahre").

Used by ``gen_relative_days`` at generation time only; the product reads the generated table.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from briefing.analysis.locales import month_names

#: Languages pymorphy3 has dictionaries for.
MORPHOLOGY = ("ru", "uk")
#: German adjective endings (strong, weak and mixed declension share these five).
_GERMAN_ENDINGS = ("e", "em", "en", "er", "es")
_GERMAN_ADJECTIVE = re.compile(r"^(?P<stem>[^\W\d_]{3,}?)(?:em|en|er|es|e)$")
#: German singular noun endings ("Jahr", "Jahres", "Jahrs"); the dative "-e" is left out, as
#: it is also the plural ("der letzten Jahre": of recent years).
_GERMAN_NOUN_ENDINGS = ("", "es", "s")


@functools.cache
def _analyser(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


#: Grammemes of forms news copy does not use (informal, archaic, misspelt) and the vocative.
_RARE = frozenset({"Infr", "Arch", "Erro", "Dist", "Slng", "voct"})


def _case(tag: Any) -> str | None:
    case = tag.case
    return "loct" if case in ("loc2", "loc1") else case


def _singular_by_case(parse: Any, agree: Any = None) -> dict[str, set[str]]:
    """The singular forms of ``parse``'s paradigm by case, of one part of speech; with
    ``agree`` (the noun's tag), only forms agreeing with it in gender and animacy."""
    forms: dict[str, set[str]] = {}
    for form in parse.lexeme:
        tag = form.tag
        if tag.POS != parse.tag.POS or tag.number == "plur" or _case(tag) is None:
            continue
        if _RARE & tag.grammemes:
            continue
        if agree is not None and (
            tag.gender != agree.gender or (tag.animacy and tag.animacy != agree.animacy)
        ):
            continue
        forms.setdefault(str(_case(tag)), set()).add(form.word)
    return forms


def inflect_phrase(phrase: str, language: str) -> set[str]:
    """Every singular case of a two-word modifier + noun phrase, the words agreeing in case.
    A phrase the dictionary does not know word by word (abbreviations) is returned as is."""
    words = phrase.split()
    if language == "de":
        return _german(words) or {phrase}
    if language not in MORPHOLOGY or len(words) != 2:
        return {phrase}
    analyser = _analyser(language)
    nouns = [p for p in analyser.parse(words[1]) if p.tag.POS == "NOUN" and p.is_known]
    modifiers = [
        p for p in analyser.parse(words[0]) if p.tag.POS in ("ADJF", "NPRO") and p.is_known
    ]
    if not nouns or not modifiers:
        return {phrase}
    head = nouns[0].tag
    modifier = next((p for p in modifiers if p.tag.gender == head.gender), None)
    if modifier is None:
        return {phrase}
    heads: dict[str, set[str]] = {}
    for noun in nouns:  # "року" is "рік" (year) and "рок" (fate): both paradigms agree
        if noun.tag.gender == head.gender:
            for case, found in _singular_by_case(noun).items():
                heads.setdefault(case, set()).update(found)
    found = {phrase}
    for case, modifier_forms in _singular_by_case(modifier, head).items():
        for noun_form in heads.get(case, ()):
            found.update(f"{m} {noun_form}" for m in modifier_forms)
    return found


def _german(words: list[str]) -> set[str]:
    if len(words) != 2:
        return set()
    match = _GERMAN_ADJECTIVE.match(words[0])
    if match is None:
        return set()
    return {
        f"{match['stem']}{ending} {words[1]}{noun_ending}"
        for ending in _GERMAN_ENDINGS
        for noun_ending in _GERMAN_NOUN_ENDINGS
    }


def month_forms(language: str) -> dict[str, int]:
    """Each month's singular case forms ("декабре", "грудні") that CLDR's names lack, from
    its full stand-alone (nominative) name: a month is an inanimate noun ("Августа" the
    name and the abbreviations are not months)."""
    if language not in MORPHOLOGY:
        return {}
    from babel import Locale

    names = month_names(language)
    analyser = _analyser(language)
    found: dict[str, int] = {}
    for number, wide in Locale.parse(language).months["stand-alone"]["wide"].items():
        name = wide.casefold()
        for parse in analyser.parse(name):
            if parse.tag.POS != "NOUN" or not parse.is_known or parse.normal_form != name:
                continue
            if parse.tag.animacy != "inan":
                continue
            for forms in _singular_by_case(parse).values():
                for form in forms:
                    if form not in names:
                        found.setdefault(form, number)
    return dict(sorted(found.items()))
