"""A name ended by a common noun for a thing is a building or a body, never a person.

"Vesper Arena", "Kolos Centre", "Крокус Сити Холл", "Dorn Hall": two or three capitalised
words, so the name shape takes them for a person, but the last word is a noun the language
uses every day for a thing, and the first is nobody's given name. A person's name ends in a
surname; surnames that are also everyday words ("Rice", "Hall", "Brown") come after a given
name ("Condoleezza Rice" aside, whose given name no list holds, see below), so a listed
given name before them keeps the person.

The evidence is data, not a list of building words:

- Cyrillic: pymorphy3's dictionary says the last word is a known inanimate common noun
  ("холл", "арена", "центр"; "Путин" is a surname, "Мальков" animate), and gives the
  first word no given-name parse;
- other scripts: wordfreq says the last word is an everyday word (Zipf ≥ 3.5) of the
  article's language or of English, which lends its venue names to every language ("Crocus
  City Hall" in an Italian text), and gender-guesser's table lists neither the first nor
  the last word as a given name.

A name a title introduced ("Secretary Condoleezza Rice") is a person whatever its words.

One class of last words needs no frequency: the nouns for a transport line, network or
piece of infrastructure (:data:`NETWORK_HEADS`: "Harbour Line", "Northline Rail", "Dorn
Airport", "Ostbahn", "Linea Verde" aside). gender-guesser lists "Line" and "Rail" as given
names, which kept such names people; a person's name never ends in one of them, so the name
is a body whatever its first word ("Victoria Line", "Elizabeth Line").
"""

from __future__ import annotations

import functools

from briefing.topics.candidates import Candidates
from briefing.topics.given_names import given_name
from briefing.topics.greek_respell import is_greek, latin_keys
from briefing.topics.languages import _analyser, has_cyrillic
from briefing.topics.lexicon import words
from briefing.topics.patterns import REGNAL
from briefing.topics.spelling import fold
from briefing.topics.word_keys import zipf

#: An everyday word (wordfreq's Zipf scale; 3.5 is about 3 uses in a million words).
EVERYDAY_ZIPF = 3.5

#: Last words that make a name a transport line, network, operator or piece of infrastructure,
#: in the languages read here (English and German write the head last; the Romance heads
#: that open a name are :data:`~.lexicon.FOREIGN_PLACE_HEADS`). A closed class of nouns, never
#: a person's surname in practice; "Hall", "Rice", "Brown" or "Ferry" (Bryan Ferry) are not
#: among them.
NETWORK_HEADS = words(
    """line lines rail rails railway railways railroad railroads airport airports airline
    airlines airways metro subway underground tram trams tramway tunnel bridge motorway
    highway freeway expressway harbour harbor port terminal terminals station transit
    linie linien bahn bahnen eisenbahn flughafen brücke hafen autobahn
    bahnhof ligne lignes aéroport línea linea linha ferrovia ferrovie ferrocarril
    aeropuerto aeroporto autostrada autopista линия аэропорт"""
)

#: The same nouns where the language writes them first ("Línea Norte", "Aeroporto Marconi",
#: "Flughafen Tegel"). Not "Line" or "Port", which open a given name ("Line Renaud") or a
#: town's ("Port Said"): only words no given name or town is spelled with.
NETWORK_OPENERS = words(
    """línea linea linha ligne aeropuerto aeroporto aéroport flughafen bahnhof autostrada
    autopista ferrovia ferrovie ferrocarril"""
)

#: pymorphy3 tags that mark a proper name.
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def judge_things(cands: Candidates, languages: dict[str, str]) -> None:
    """Re-type as organisations the person-shaped names that are things' (:func:`thing_named`),
    unless a title introduced the same name somewhere or it is a name in Greek or Cyrillic
    letters spelled like a person's of the Latin-script articles (:func:`_latin_people`); one
    made of everyday words only is dropped. Rewrites ``cands.names`` in place."""
    titled = {occ.surface for kind, occ, attested in cands.names if kind == "person" and attested}
    latin_people = _latin_people(cands)
    verdicts: dict[tuple[str, str], bool] = {}
    judged = []
    for kind, occ, attested in cands.names:
        if (
            kind == "person"
            and occ.surface not in titled
            and not (_other_script(occ.surface) and latin_keys(occ.surface) & latin_people)
        ):
            language = languages.get(occ.article, "en")
            key = (occ.surface, language)
            if key not in verdicts:
                verdicts[key] = thing_named(occ.surface.split(), language)
            if verdicts[key]:
                if network_named(occ.surface.split()) or not _everyday_words(
                    occ.surface.split(), language
                ):
                    judged.append(("organisation", occ, False))
                continue
        judged.append((kind, occ, attested))
    cands.names = judged


def _other_script(surface: str) -> bool:
    return has_cyrillic(surface) or is_greek(surface)


def _latin_people(cands: Candidates) -> set[str]:
    """Keys of the full names in Latin letters that the first pass took for people: a name in
    Greek or Cyrillic letters spelled like one of them is that person ("Νικούσορ Νταν" of
    "Nicușor Dan"), whatever its words mean in its own language."""
    return {
        key
        for kind, occ, _attested in cands.names
        if kind == "person" and " " in occ.surface and not _other_script(occ.surface)
        for key in latin_keys(occ.surface)
    }


def _everyday_words(words: list[str], language: str) -> bool:
    """Every word an everyday word of ``language`` or English ("Left Rack", "Toggle Widget"):
    no name at all, but words capitalised for some other reason."""
    return all(
        w.isalpha() and any(zipf(w.casefold(), lang) >= EVERYDAY_ZIPF for lang in {language, "en"})
        for w in words
    )


def thing_named(words: list[str], language: str) -> bool:
    """Whether a person-shaped name is a thing's: its last word a common noun for a thing,
    its first word no given name (see the module's docstring)."""
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    if REGNAL.match(last):
        return False  # "Лев XIV", "Leo XIV"
    if network_named(words):
        return True  # "Harbour Line", "Victoria Line": whatever the first word
    if has_cyrillic(first) or has_cyrillic(last):
        return _inanimate_noun(last) and not _given_cyrillic(first)
    # A given name written with an accent the table lacks ("Vladímir" in Spanish) is one.
    if given_name(first) or given_name(fold(first)) or given_name(last) or not last.isalpha():
        return False
    word = last.casefold()
    return any(zipf(word, lang) >= EVERYDAY_ZIPF for lang in {language, "en"})


def network_named(words: list[str]) -> bool:
    """A name of two words or more ended by a noun of :data:`NETWORK_HEADS` ("Northline
    Rail") or opened by one of :data:`NETWORK_OPENERS` ("Línea Norte"): a line, network or
    piece of infrastructure, never a person."""
    return len(words) >= 2 and (
        words[-1].casefold() in NETWORK_HEADS or words[0].casefold() in NETWORK_OPENERS
    )


@functools.lru_cache(maxsize=1 << 14)
def _inanimate_noun(word: str) -> bool:
    """The dictionary's best parse of a Cyrillic word is a known inanimate common noun."""
    if not word.isalpha():
        return False
    parses = _analyser(_cyrillic_language(word)).parse(word)
    if not parses:
        return False
    best = parses[0]
    grammemes = best.tag.grammemes
    return (
        best.is_known
        and best.tag.POS == "NOUN"
        and "inan" in grammemes
        and not (grammemes & _NAME_TAGS)
    )


@functools.lru_cache(maxsize=1 << 14)
def _given_cyrillic(word: str) -> bool:
    """Some parse of a Cyrillic word is a given name ("Игорь", "Эммануэль")."""
    if not has_cyrillic(word) or not word.isalpha():
        return False
    return any("Name" in p.tag.grammemes for p in _analyser(_cyrillic_language(word)).parse(word))


def _cyrillic_language(word: str) -> str:
    return "uk" if any(ch in "іїєґІЇЄҐ" for ch in word) else "ru"
