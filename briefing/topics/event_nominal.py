"""The act's nominalisation before a bare noun that names a thing, in English.

Part of :mod:`briefing.topics.event_noun`: an English verb's bare form is often its act's
noun ("attacked", "the attack"), but some bare forms name a thing as well: "crowned" gives
"crown", and the texts place "the crown" on a head and write "St Edward's Crown", while the
act is "the coronation". When the bare noun heads a capitalised name in the text (a thing
people name: "Imperial State Crown"), a noun of the act the text writes twice or more wins:
one ending in a suffix that makes nouns of acts (:data:`~.event_noun.ACT_SUFFIXES`) and
derived from the verb — the verb's consonants open the noun's ("crown" c-r-n, "coronation"
c-r-n-t; a vowel digraph's w or y is a vowel: "ow" in "crown"), which holds for a Latin
nominalisation beside its English verb that no stemmer joins. Without a named thing, or a
derived noun written twice, the bare noun stays ("the attack").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from briefing.sentences import sentences
from briefing.topics.event_noun import ACT_SUFFIXES

_VOWELS = frozenset("aeiou")
#: The fewest consonants a verb's skeleton needs: two open too many words alike.
MIN_CONSONANTS = 3
#: How often the derived noun must be written.
MIN_USES = 2
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def skeleton(word: str) -> str:
    """The consonant letters of ``word``, a w or y after a vowel counted as a vowel: "crown"
    → "crn", "coronation" → "crntn"."""
    out: list[str] = []
    previous = ""
    for letter in word.casefold():
        vowel = letter in _VOWELS or (letter in "wy" and previous in _VOWELS)
        if not vowel and letter.isalpha():
            out.append(letter)
        previous = letter if letter.isalpha() else ""
    return "".join(out)


def _suffix(word: str) -> str:
    """The longest act's suffix ``word`` ends with, "" when none does."""
    return max((s for s in ACT_SUFFIXES["en"] if word.endswith(s)), key=len, default="")


def derived(noun: str, base: str) -> bool:
    """``noun`` is an act's noun derived from the verb ``base``: an act's suffix, the same
    first letter, and the base's consonants opening those of the noun less its suffix."""
    if noun == base or len(noun) <= 4 or noun[0] != base[0]:
        return False
    suffix = _suffix(noun)
    if not suffix:
        return False
    verb = skeleton(base)
    return len(verb) >= MIN_CONSONANTS and skeleton(noun[: -len(suffix)]).startswith(verb)


def names_a_thing(base: str, texts: Sequence[str]) -> bool:
    """``base`` heads a capitalised name inside a sentence ("St Edward's Crown", "Imperial
    State Crown"): written capitalised after a capitalised word, not as a sentence's first."""
    title = base[:1].upper() + base[1:]
    for text in texts:
        if title not in text:
            continue  # most texts never write it: no need to cut them into sentences
        for sentence in sentences(text):
            words = _WORD.findall(sentence.text)
            for before, word in itertools.pairwise(words):
                if word == title and before[:1].isupper():
                    return True
    return False


def nominalisation(base: str, tokens: Sequence[Sequence[str]], texts: Sequence[str]) -> str | None:
    """The act's derived noun the texts write :data:`MIN_USES` times or more, in place of
    the bare noun ``base`` when that noun names a thing in the text; else None."""
    if not names_a_thing(base, texts):
        return None
    found = Counter(w for line in tokens for w in line if derived(w, base))
    best = max(found, key=lambda w: (found[w], w), default=None)
    return best if best is not None and found[best] >= MIN_USES else None


def verb_forms(head: str, verbs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """("en", verb) for each English verb the act was written as whose derived noun names
    it, in a stem of its own ("crowned" of "coronation"): the verb's uses are the event's
    too (:func:`.event_topic.forms_used`), as a stem's forms are (:mod:`.event_forms`)."""
    found = []
    for verb in verbs:
        bare = next((verb[: -len(s)] for s in _INFLECTIONS if verb.endswith(s)), None)
        if bare is not None and derived(head, bare) and not head.startswith(bare):
            found.append(("en", verb))
    return tuple(found)


#: An English verb's endings after its bare form ("crown-ed", "crown-s").
_INFLECTIONS = ("ed", "d", "s", "ing")
