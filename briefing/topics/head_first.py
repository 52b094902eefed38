"""Names opened by their head noun, in the languages that put the head first.

"Elevador da Glória", "Bairro Alto", "Cappella Sistina", "Golfe de Gascogne": the place, building
or vehicle noun opens the name (English puts it last, "Gloria funicular"), often with an article
elided onto it ("L’Elevador"). Apart from :mod:`.name_kinds`, which asks whether a run is such a
name, since the head-noun reading and the elision it strips are one small rule of their own.
"""

from __future__ import annotations

import re

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import has_cyrillic, lemma
from briefing.topics.lexicon import FOREIGN_GEO_HEADS, FOREIGN_PLACE_HEADS, NAME_PARTICLES
from briefing.topics.tokens import Token

#: An elided article glued to the head noun: "L’Elevador", "dell’Ascensore".
_ELISION = re.compile(r"^[^\W\d_]{1,4}[’']")


def place_headed(words: list[Token], language: str) -> bool:
    """A name opened by a place, building or vehicle noun of the languages that put the head
    first ("Elevador da Glória", "Bairro Alto", "Rua Augusta", "Cappella Sistina"), its
    elided article aside ("L’Elevador da Gloria"), a Cyrillic one in any case ("Галереи
    Аполлона"), a geographic feature of the article's language ("Oceano Indiano", "Golfe de
    Gascogne": :data:`~.lexicon.FOREIGN_GEO_HEADS`). At a sentence's start only before a name
    particle ("Praça da Figueira");
    "Dom" is a cathedral in German text only ("Dom Pedro de Lima" is a title)."""
    head = _ELISION.sub("", words[0].lower)
    if has_cyrillic(head):
        head = lemma(words[0].text).lower()
    geographic = head in FOREIGN_GEO_HEADS.get(language, ())  # "Oceano Indiano"
    if not geographic and (head not in FOREIGN_PLACE_HEADS or (head == "dom" and language != "de")):
        return False
    elided = head != words[0].lower
    particle = len(words) > 2 and words[1].text in NAME_PARTICLES
    return not words[0].initial or elided or particle


def unelided(occ: Occurrence) -> Occurrence:
    """The name without the article elided onto it: "L’Elevador da Gloria" is the
    "Elevador da Gloria" the other articles write."""
    cut = _ELISION.match(occ.surface)
    if cut is None:
        return occ
    start = occ.start + cut.end()
    return Occurrence(occ.article, occ.paragraph, start, occ.end, occ.surface[cut.end() :])
