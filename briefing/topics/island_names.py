"""An island written after the noun for an island is a place: "the island of Tavora", "la isla
de Tavora", "l'île de Tavora", "die Insel Tavora", "остров Тавора".

A small island no gazetteer holds is one capitalised word the dictionaries do not know, and
the first pass types such a word an organisation when nothing says what it is. The texts do
say it, with the common noun for an island before the name, linked by the language's "of"
where it takes one ("island of", "isla de", "île de", "isola di", "ilha de") or directly
("Insel", "остров", "νησί", "eiland"). :mod:`.island_words` folds "Isla Tavora" into a
known place's topic; this module types the unknown one.

So an organisation that :data:`~.vessel_names.MIN_ARTICLES` articles or more, and half of
the articles naming it at least, write right after an island's noun is a place. Only the noun
before the name counts ("Tavora Island" is a run of capitals the island's noun closes, typed
a place already, :data:`~.lexicon.GEO_HEADS`); a body named after its island ("the island of
Tavora's council") is written with its own noun, and a firm that two texts of many write
after "island of" is the rarer case the share guards against.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Article, Topic
from briefing.topics.island_words import ISLAND_WORDS
from briefing.topics.lexicon import words
from briefing.topics.retyped import retyped
from briefing.topics.vessel_names import noun_before

#: The share of a name's articles that must write it after an island's noun.
SHARE = 0.5

#: The noun for an island in every packet language that writes it before the name:
#: :data:`~.island_words.ISLAND_WORDS` (the Romance, Germanic and Slavic words, which stand
#: right before it or before "de"/"di"), English's (before "of") and Greek's.
NOUNS = ISLAND_WORDS | words("island islands isle islet νησί νησιά νήσος νήσου νησιού")


def _after_island_noun(text: str, start: int, end: int) -> bool:
    return noun_before(text, start, NOUNS, linked=True)


def islands_as_places(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` with the organisations the texts write as an island made places."""
    return retyped(topics, articles, _after_island_noun, "place", SHARE)
