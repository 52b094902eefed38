"""How far apart two counts may be and still be rival reports of one number.

:func:`.figures._judge` drops figures more than twice apart: a part and a whole ("26 people
were exchanged" / "8 people went back to Russia"), the tolls of a town and of a country, the
durations of two events, two things measured. That holds for counts of people (groups nest:
a general word for people counts any of them), tolls, measures and counts tied across
languages, whose key says little of which group or thing is meant.

It holds less for a count of one *thing* written with one noun in one language when every
sentence also names the same scene, a word besides the counted noun that all of them share
("mais de 30 veículos passavam sobre a *ponte*" / "nove ou dez veículos estavam em cima da
*ponte* quando ela desabou"): then the sentences say what the count is of, and an eyewitness's
"nine or ten" against "more than 30" is a disagreement, not a part. Such counts may be up to
:data:`SCENE_RATIO` apart. A shared function word (whoosh's stop words) or number is no scene.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from whoosh.lang import has_stopwords, stopwords_for_language

from briefing.analysis.casualties import CASUALTIES, vocabulary, word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.stems import stem_word
from briefing.analysis.text import WORD

#: Counts of one thing about one scene may be this far apart (a ratio) and still be rivals.
SCENE_RATIO = 4.0
#: Scene words shorter than this are too slight to name a scene ("dia", "era").
_LEAST_SCENE = 4


def scene_count(key: tuple[str, str], figures: Sequence[Figure]) -> bool:
    """Whether ``figures`` count one thing of one language about one scene (see above)."""
    language, noun_key = key
    if "+" in language or language == ANY_LANGUAGE or noun_key.startswith(CASUALTIES):
        return False
    if any(f.measure or f.counts or not f.noun for f in figures):
        return False  # a measure, an enumeration or a special count (perpetrators, loot)
    words = vocabulary(language)
    people = word_matcher(words[1]) if words is not None else None
    if people is None or any(people.fullmatch(f.noun.casefold()) for f in figures):
        return False  # a general word for people: groups and their parts share it
    if len({f.quote.article_id for f in figures}) < 2:
        return False
    noun = noun_key.split(" ")[0]
    shared: set[str] | None = None
    for figure in figures:
        stems = _scene_stems(figure.quote.text, language) - {noun}
        shared = stems if shared is None else shared & stems
    return bool(shared)


def _scene_stems(text: str, language: str) -> set[str]:
    stops = _stopwords(language)
    return {
        stem_word(w, language)
        for w in (m.group().casefold() for m in WORD.finditer(text))
        if len(w) >= _LEAST_SCENE and w not in stops
    }


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()
