"""Words the leads share that never name the main event's act: bodies, places, numbers.

Split from :mod:`briefing.topics.event_action`, which counts the words the leads share: these
are the words it refuses, whatever their count, and :mod:`.event_cognates` (the act every
language writes) and :mod:`.event_measured` (a toll's cause) refuse them too, so they are
kept in one place. A body acts, it is no act ("police charge the man ..."); a settlement, a
compass point or a body's seat is where the act happened ("the town of Grindavík was
evacuated"); a number word is a quantity ("million", "Millionen"); a function word of the
packet's languages says nothing of what happened.
"""

from __future__ import annotations

import functools

from briefing.topics.languages import function_words_of
from briefing.topics.lexicon import INSTITUTIONS, ORG_HEADS, STATE_ORGANS, words
from briefing.topics.place_nouns import PLACE_AFTER, PLACE_BEFORE

#: Nouns that name a body, not what happened: "police" may be the word most leads share
#: ("police charge the man ..."), but a body acts, it is no act.
BODIES = (
    ORG_HEADS
    | STATE_ORGANS
    | INSTITUTIONS
    | words(
        # The same bodies in the packets' other languages, whose leads name the act when no
        # English lead does ("la polizia ha arrestato ...", "die Polizei ermittelt ...").
        """polizei polizia policía policia policja polícia полиция поліція polis gendarmerie
    regierung gouvernement governo gobierno rząd правительство уряд hükümet armee armée
    esercito ejército wojsko армия армія ordu bundeswehr carabinieri staatsanwaltschaft
    parquet procura fiscalía prokuratura прокуратура"""
    )
)
#: Nouns that name a settlement or a place ("town", "village", "Ort", "ville") and the
#: compass points places are told by ("southwest of Reykjavík"), and a body's seat
#: ("headquarters", "siège", "sede"), in the packets' languages: where the act happened,
#: never the act, however many leads write them ("the town of Grindavík was evacuated",
#: "the flag was hoisted outside the headquarters"). They may still qualify the act.
PLACE_WORDS = (
    PLACE_BEFORE
    | PLACE_AFTER
    | words(
        """towns cities villages ort orte ortes städtchen kleinstadt bourg bourgade
    hameau aldea villa cittadina località miasteczko wioska osada stadje
    посёлок поселок посёлка поселка городок деревня місто міста містечко селище
    north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west northern southern eastern western northeastern northwestern
    southeastern southwestern nord sud ouest norden süden osten westen
    headquarters hauptquartier siège quartier sede штаб-квартира штаб-квартире"""
    )
)


@functools.lru_cache(maxsize=8)
def function_words(languages: frozenset[str]) -> frozenset[str]:
    """The function words of ``languages`` (:func:`.function_words_of`), kept per set."""
    return function_words_of(languages)


@functools.lru_cache(maxsize=8)
def numerals_of(languages: frozenset[str]) -> frozenset[str]:
    """The number words of ``languages`` ("million", "Millionen", "mille"), as num2words
    and number-parser write them: a quantity is never the act."""
    from briefing.analysis.number_tables import multipliers, number_words

    return frozenset(w for lang in languages for w in (*number_words(lang), *multipliers(lang)))
