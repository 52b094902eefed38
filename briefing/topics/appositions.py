"""Words that open a run of capitals but belong to no name: a bearing, a German apposition.

The reader takes a run of capitalised words (with name particles inside) as one name. Two
openings of such a run are no part of the name after them, and reading them as one makes a
person of a place or of a body:

- a point of the compass and a particle, in a language that capitalises it there ("a
  Sudovest di Pylos", "au Nord-Est de Lyon", "Norte de Portugal" aside, see below): the
  bearing says where from the place the thing is, and the place is the name. A point is
  one of the four cardinal words of a language (a closed class, listed here) or two of them
  run together, with a hyphen or without ("Sudovest", "Nord-Est", "Südwest", "Noroeste",
  "северо-запад" with Russian's linking "о"). The cost: a region named so ("Norte de
  Santander") is read as the place after the particle.
- in a language that capitalises its nouns (German), a compound common noun glued by a
  hyphen to an acronym before a name ("EU-Grenzschutzagentur Frontex", "US-Präsident Joe
  Biden", "UN-Generalsekretär António Guterres"): an apposition saying what the name is.
  The compound is told by its ending, an everyday word of the language (wordfreq: "agentur",
  "präsident"); a hyphenated place ("Schleswig-Holstein") opens with no acronym, and a
  compound alone ("EU-Kommission") opens no longer run, so both stay.
"""

from __future__ import annotations

from briefing.topics.lexicon import NAME_PARTICLES, words
from briefing.topics.tokens import Token

#: The four cardinal points in the packets' languages, and the short forms their compounds
#: use ("nor" of Spanish "noroeste", "sud" of Portuguese "sudeste"); Russian links two
#: with "о" ("северо-запад", "юго-восток").
CARDINALS = words(
    """north south east west nord sud est ouest ovest süd ost norden süden osten westen
    norte nor sur sul este oeste noord zuid oost północ południe wschód zachód
    север северо юг юго восток запад βορράς νότος ανατολή δύση"""
)
_OPENINGS = frozenset(word[:2] for word in CARDINALS)
#: Particles between a bearing and its place: the name particles and "of".
_PARTICLES = NAME_PARTICLES | {"of", "von", "vom"}
#: The shortest ending of a German compound read as its head noun ("werk" of "Hilfswerk").
_MIN_HEAD = 4
#: The Zipf frequency that makes the ending an everyday word (:func:`.given_names.common_word`).
_COMMON = 3.5


def compass_point(word: str) -> bool:
    """Whether ``word`` is a point of the compass: one cardinal word, or two run together
    with or without a hyphen ("Sudovest", "north-east", "Südwest")."""
    folded = word.casefold().replace("-", "")
    if folded[:2] not in _OPENINGS:
        return False  # most words: asked of every run of capitals
    if folded in CARDINALS:
        return True
    return any(
        folded[:k] in CARDINALS and folded[k:] in CARDINALS for k in range(2, len(folded) - 1)
    )


def without_opening(run: list[Token], language: str) -> list[Token]:
    """``run`` less a bearing and its particles, or less a German apposition, when it opens
    the run and a name follows (module docstring); else ``run`` itself."""
    if len(run) < 2:
        return run
    if compass_point(run[0].text):
        k = 1
        while k < len(run) and run[k].lower in _PARTICLES:
            k += 1
        if 1 < k < len(run):
            return run[k:]
    if language == "de" and _apposition(run[0].text):
        return run[1:]
    return run


def _apposition(word: str) -> bool:
    """An acronym, a hyphen and a compound whose ending is an everyday German word:
    "EU-Grenzschutzagentur", "US-Präsident"."""
    from briefing.topics.word_keys import zipf

    acronym, hyphen, noun = word.partition("-")
    if not hyphen or not (2 <= len(acronym) <= 5 and acronym.isupper() and acronym.isalpha()):
        return False
    if not noun[:1].isupper() or not noun[1:].islower() or not noun.isalpha():
        return False
    folded = noun.casefold()
    return any(zipf(folded[k:], "de") >= _COMMON for k in range(len(folded) - _MIN_HEAD + 1))
