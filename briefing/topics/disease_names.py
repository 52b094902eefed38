"""A disease's or a virus's name is no body: "COVID-19", "Sars-CoV-2", "H5N1".

The first pass types a capitalised name with no person's evidence an organisation, and an
acronym nobody explains ("COVID-19") the same way. A disease is what the story is about, a
subject like "pandemic", never an actor: the texts say so by the noun they write right
beside the name, the class noun of a disease or a virus: "the disease COVID-19", "la maladie
Covid-19", "Болезнь COVID-19", "la enfermedad", "das neue Coronavirus Covid19" (a word
ending in "virus" is a virus, in any Latin or Cyrillic language), or the name before the
noun ("COVID-19 disease", "Covid-19-Erkrankungen", German gluing them with a hyphen).

So an organisation the texts of :data:`.retyped.MIN_ARTICLES` articles or more write so (each use's
nearest word before or after it, a hyphen allowed after) is a theme. The nouns are a closed
class of general language (disease, illness, infection and their translations), not one
story's words; a body named after a disease ("the Covid-19 Task Force") is written with its
own head noun after the name and is left alone unless the disease noun stands right beside
it in as many articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Article, Topic
from briefing.topics.lexicon import words
from briefing.topics.retyped import retyped

#: The class nouns of a disease, in the packets' languages (singular and plural, lower case).
DISEASE_NOUNS = words(
    """disease diseases illness illnesses infection infections virus viruses
    maladie maladies krankheit krankheiten erkrankung erkrankungen
    infektion infektionen enfermedad enfermedades infección infecciones malattia malattie
    infezione infezioni doença doenças infecção infecções ziekte ziekten choroba choroby
    болезнь болезни болезнью заболевание заболевания инфекция инфекции хвороба хвороби
    hastalık hastalığı"""
)
_WORD = re.compile(r"[^\W\d_]+")


def _disease_word(word: str) -> bool:
    folded = word.casefold()
    return folded in DISEASE_NOUNS or folded.endswith(("virus", "вирус", "вірус"))


def _beside(text: str, start: int, end: int) -> bool:
    """Whether the word right before the use, or right after it (a hyphen allowed), is a
    disease's noun."""
    before = _WORD.findall(text[max(0, start - 30) : start])
    if before and text[start - 1 : start].isspace() and _disease_word(before[-1]):
        return True
    after = re.match(r"[ \-\u2010\u2011]([^\W\d_]+)", text[end : end + 30])
    return after is not None and _disease_word(after.group(1))


def diseases_as_themes(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` with the organisations the texts write as a disease made themes."""
    return retyped(topics, articles, _beside, "theme", acronyms=True)
