"""Words of a news lead that never name what happened: how many, and who it happened to.

A lead states its toll before anything else: "At least 16 people died when ...",
"mindestens 15 Menschen", "au moins 15 personnes", "almeno 16 persone", "pelo menos 15
pessoas", "co najmniej 15 osób", "не менее 15 человек". The words of that phrase are the
most shared words of the leads, often more shared than the act itself, which each language
writes with its own verb (derailed, entgleist, déraillé, deragliata, wykoleił się …). So
they are closed classes here, as function words are:

- :data:`QUANTIFIERS` bound or round a number ("least", "mindestens", "almeno", "około");
- :data:`PEOPLE` count or name the people it happened to ("people", "Menschen",
  "personnes", "человек"): the victims, never the act.

And a number between two words breaks the phrase (:func:`runs`): "least 16 people" is no
modifier and noun, whatever the words.
"""

from __future__ import annotations

import re

from briefing.topics.lexicon import words

#: Words that bound or round a number, in the languages the briefing reads.
QUANTIFIERS = words(
    """least most more fewer less than about around nearly almost roughly approximately
    some over under upwards
    mindestens wenigstens höchstens rund etwa knapp fast circa über mehr weniger
    moins plus environ près presque quelque quelques
    almeno circa oltre quasi più meno
    menos pelo cerca mais quase
    unos unas alrededor casi más
    minstens zeker bijna ruim ongeveer
    najmniej najwyżej około ponad prawie blisko niemal
    меньшей меньше менее минимум около более больше свыше почти порядка
    щонайменше менше понад майже близько
    yaklaşık"""
)

#: Nouns that count or name the people an act befell, in the languages the briefing reads
#: (Russian and Ukrainian in the forms a toll writes: "15 человек", "людей").
PEOPLE = words(
    """people persons person victims casualties dead injured wounded passengers residents
    menschen personen leute opfer tote verletzte
    personnes gens victimes morts blessés
    persone vittime morti feriti
    pessoas vítimas mortos feridos
    personas víctimas muertos heridos
    mensen personen slachtoffers doden gewonden
    osób osoby ludzi ofiar ofiary zabitych rannych
    человек люди людей жертв погибших пострадавших
    людей осіб загиблих постраждалих
    kişi insan"""
)

#: Words that never name the act (:mod:`.event_action`).
NOT_ACTS = QUANTIFIERS | PEOPLE

#: A number written in digits, with its separators ("16", "1,200", "6.9").
_NUMBER = re.compile(r"\d[\d.,]*")


def runs(text: str) -> list[str]:
    """``text`` cut at each number: a modifier and its noun stand in one run, and "least"
    and "people" of "at least 16 people" stand in two."""
    return _NUMBER.split(text)
