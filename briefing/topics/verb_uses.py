"""Whether one use of a key word is a verb's form, and whether a key word is mostly a verb.

Part of :mod:`briefing.topics.keywords`. A stem joins a noun and its verb across languages
("declaration", "declared", "déclaré", "declaración"), and a group passes as a noun
(:meth:`~.word_use.Evidence.noun_like`) on two or three uses after an article, one of them
an adjectival participle ("the declared results"). When most of its uses are the verb a
sentence reports with ("has declared the results", "a déclaré le président", "declaring it
void") and few are anything else, the articles do not argue about the noun: the word is how
they report, not a subject. A subject written also as a verb ("the collapse", "the dam
collapsed") has its noun uses too, and stays.

A use is a verb's form by grammar, never by a list of verbs:

* right after an auxiliary of its language ("has", "a été", "ha", "è": the closed classes of
  :data:`.date_owner.AUXILIARIES`);
* in English, shaped like a past participle ("-ed", :data:`.date_owner.PARTICIPLE_ENDINGS`),
  or an "-ing" form with an article or an object pronoun right after it ("declaring it",
  "signing the treaty"), which a gerund used as a noun ("the shooting") has not;
* in Cyrillic, by pymorphy3's best parse (a finite verb, an infinitive, a participle or a
  gerund).
"""

from __future__ import annotations

import functools
import re

from briefing.topics.date_owner import AUXILIARIES, PARTICIPLE_ENDINGS
from briefing.topics.languages import has_cyrillic

__all__ = ["MAX_OTHER_USES", "cyrillic_verb", "mostly_verb", "verb_use"]

#: A word most of whose uses are a verb's is no subject when at most this many are not.
MAX_OTHER_USES = 2
#: Words after an English "-ing" form that make it a verb with an object: articles and
#: object pronouns (closed classes).
_OBJECTS = frozenset(["the", "a", "an", "it", "them", "him", "her", "this", "these", "those"])
#: pymorphy3's parts of speech of a verb's forms.
_VERB_POS = frozenset(["VERB", "INFN", "PRTF", "PRTS", "GRND"])
#: Only spaces (and an apostrophe) may stand between an auxiliary and its participle.
_GAP = re.compile(r"[\s'’]*")


def verb_use(text: str, tokens: list[re.Match[str]], j: int, language: str) -> bool:
    """``tokens[j]`` of ``text`` (in ``language``) is written as a verb's form."""
    word = tokens[j].group()
    lower = word.casefold()
    if has_cyrillic(word):
        return _cyrillic_verb(lower)
    if j > 0:
        before = tokens[j - 1]
        if before.group().casefold() in AUXILIARIES.get(language, ()) and _GAP.fullmatch(
            text, before.end(), tokens[j].start()
        ):
            return True  # "has declared", "a été déclarée", "ha dichiarato"
    if language != "en":
        return False
    if len(lower) > 4 and lower.endswith(PARTICIPLE_ENDINGS["en"]) and not lower.endswith("eed"):
        return True  # "declared", "the declared results"
    if len(lower) > 5 and lower.endswith("ing") and j + 1 < len(tokens):
        after = tokens[j + 1]
        return (
            after.group().casefold() in _OBJECTS
            and not text[tokens[j].end() : after.start()].strip()
        )
    return False


def mostly_verb(uses: int, verbs: int) -> bool:
    """More than half of ``uses`` are a verb's forms and at most :data:`MAX_OTHER_USES` are
    not."""
    return verbs * 2 > uses and uses - verbs <= MAX_OTHER_USES


@functools.lru_cache(maxsize=1 << 14)
def _cyrillic_verb(word: str) -> bool:
    """pymorphy3's best parse of a Cyrillic word is a verb's form."""
    from briefing.morphology import analyser

    language = "uk" if any(ch in "іїєґ" for ch in word) else "ru"
    parses = analyser(language).parse(word)
    return bool(parses) and parses[0].tag.POS in _VERB_POS


def cyrillic_verb(word: str) -> bool:
    """pymorphy3's best parse of a (case-folded) Cyrillic word is a verb's form."""
    return _cyrillic_verb(word)
