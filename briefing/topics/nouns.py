"""Capital letters that are not names: nouns of noun-capitalising languages, case suffixes.

German capitalises every noun, so the English rule "a capitalised word in mid-sentence is a
name" finds "Angriff", "Polizei" and "Pariser" people; Turkish writes a proper noun's case
suffix after an apostrophe ("Malatya’nın"), which glues a place to the next name. These helpers
give :mod:`briefing.topics.extract` the briefing's own evidence for both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefing.topics.gazetteer import Gazetteer
from briefing.topics.languages import NOUN_CAPITALISING, function_words
from briefing.topics.tokens import midsentence_capitals, token_texts

#: A capitalised word with a case suffix after an apostrophe ("Malatya’nın", "Rusya'ya"), as
#: Turkish writes proper nouns; a lower-case word before the apostrophe is an elision
#: ("d'Ivoire") and a capital after it a name ("O'Brien").
CASE_SUFFIX = re.compile(r"^[^\W\d_]+['’]([^\W\d_]+)$")


def case_suffixed(word: str) -> bool:
    match = CASE_SUFFIX.match(word)
    return match is not None and word[0].isupper() and match.group(1).islower()


#: German determiners that never stand right before a bare name of a place: the indefinite
#: and negative articles, the possessives, the demonstratives and "jed-" in every case
#: ("eines", "seines", "ihrer", "dieses", "jedem"). A place takes no article ("in Essen")
#: or the definite one ("der Schweiz", "des Iran"); "seines Landes" (his country's) and
#: "ein Essen" (a meal) are the nouns "Land" and "Essen", not the French département and the
#: city. An adjective between ("eines freien Europas") is not read.
GERMAN_DETERMINERS = frozenset(
    stem + ending
    for stem in ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")
    for ending in ("", "e", "er", "es", "em", "en")
) | frozenset(
    stem + ending
    for stem in ("dies", "jen", "jed", "manch", "welch")
    for ending in ("e", "er", "es", "em", "en")
)


def determined_noun(previous: str, word: str) -> bool:
    """Whether ``word``, capitalised in German after ``previous``, is a common noun whatever a
    gazetteer says: after a determiner of :data:`GERMAN_DETERMINERS`, or a genitive in
    "-es" after "des" ("des Landes", "des Staates"), as no place's name is written."""
    before = previous.casefold()
    if before in GERMAN_DETERMINERS:
        return True
    return before == "des" and word.endswith("es") and len(word) > 4


def common_nouns(
    paragraphs: Sequence[tuple[str, int, str]], languages: dict[str, str], gaz: Gazetteer
) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words that noun-capitalising languages use as common nouns, and the words
    the briefing's other languages capitalise mid-sentence.

    German writes "der Angriff", "die Polizei", "im Pariser ...": a capitalised word right
    after one of the language's function words (articles, prepositions) is a noun, unless the
    briefing's other languages capitalise it in mid-sentence too (names travel across
    languages, common nouns do not: "Putin", "Louvre") or it is a place.
    """
    capitalising = {languages[a] for a, _i, _t in paragraphs} & NOUN_CAPITALISING
    return nouns_of(*noun_evidence(paragraphs, languages, gaz, capitalising), gaz)


def noun_evidence(
    paragraphs: Sequence[tuple[str, int, str]],
    languages: dict[str, str],
    gaz: Gazetteer,
    capitalising: set[str],
) -> tuple[set[str], set[str]]:
    """What :func:`common_nouns` reads from the text: the capitalised words written right
    after a function word of the noun-capitalising ``capitalising`` languages (or shaped as
    a place's adjective), and the words the other languages capitalise mid-sentence. The
    sets of several shares of the paragraphs add up to those of all of them."""
    determiners: set[str] = set()
    for language in capitalising:
        determiners |= function_words(language)
    after: set[str] = set()
    elsewhere: set[str] = set()
    for article, _index, text in dict.fromkeys(paragraphs):
        texts = token_texts(text)
        if languages[article] in NOUN_CAPITALISING:
            after.update(
                word
                for prev, word in itertools.pairwise(texts)
                if word[0].isupper() and prev.lower() in determiners
            )
            # "Pariser", "Wiener": the adjective of a place (place + "er") is no name either.
            after.update(
                word
                for word in texts
                if word.endswith("er") and word[0].isupper() and gaz.place(word[:-2])
            )
        else:
            elsewhere.update(midsentence_capitals(texts))
    return after, elsewhere


def nouns_of(
    after: set[str], elsewhere: set[str], gaz: Gazetteer
) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`common_nouns` from its evidence (:func:`noun_evidence`)."""
    nouns = frozenset(
        w
        for w in after - elsewhere
        if not (len(w) > 1 and w.isupper()) and gaz.place(w) is None and w not in gaz.demonyms
    )
    return nouns, frozenset(elsewhere)
