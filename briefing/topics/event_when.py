"""When the act happened, not what: a circumstance the leads name beside the act.

Part of :mod:`briefing.topics.event_action`. A plane "crashed shortly after takeoff", a
train "derailed soon after departure", a ferry "sank during boarding": every lead that
writes the crash writes the take-off too, and may write it more often than the crash
(the headline's "Crashes" is capitalised, the lead's "crashed" counts once), yet the
take-off is no event of the story, only the moment the act is dated by. What tells it:
such a word is a phase of a routine, not a thing that happened once, so the leads write it
bare right after a preposition of time ("after takeoff", "nach Start", "tras despegar"),
and never otherwise, never after an article or a possessive ("the takeoff"), never as the
subject of a sentence. An act a lead reports is written with its article somewhere ("the
crash", "after the attack"), or outside such a phrase ("Attack in Moscow"): it stays the
act, and "mourning after the attack" is left to :func:`.antecedent`, which reads the
attack as the act the mourning follows.

The inflections of one word count as one here too (:func:`base_forms`,
:func:`inflected_common`): "Crashes", "crashed" and "crash" are the act the leads write.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from briefing.topics.snowball import stem_word, stemmer

#: Prepositions of time, per language, that a bare phase of a routine follows: "after
#: takeoff", "during landing", "tras despegar", "nach Abflug".
TEMPORAL: dict[str, frozenset[str]] = {
    "en": frozenset({"after", "before", "during", "following", "upon"}),
    "fr": frozenset({"après", "avant", "pendant", "lors"}),
    "es": frozenset({"tras", "antes", "durante"}),
    "it": frozenset({"dopo", "prima", "durante"}),
    "pt": frozenset({"após", "antes", "durante"}),
    "de": frozenset({"nach", "vor", "während"}),
}
#: Fewest leads that must write the word after such a preposition.
MIN_LEADS = 2


def circumstances(leads: Sequence[Sequence[str]], languages: Sequence[str]) -> frozenset[str]:
    """The words (lower case) that two leads or more write bare right after a preposition
    of time of the lead's language (:data:`TEMPORAL`), and that no lead writes anywhere
    else. ``leads`` are each lead's words in order, ``languages`` each lead's language."""
    timed: dict[str, int] = {}
    elsewhere: set[str] = set()
    for words, language in zip(leads, languages, strict=True):
        before = TEMPORAL.get(language, TEMPORAL["en"])
        folded = [w.casefold() for w in words]
        here: set[str] = set()
        for i, word in enumerate(folded):
            if i > 0 and folded[i - 1] in before:
                here.add(word)
            else:
                elsewhere.add(word)
        for word in here:
            timed[word] = timed.get(word, 0) + 1
    return frozenset(w for w, n in timed.items() if n >= MIN_LEADS and w not in elsewhere)


def inflected_common(common: set[str], said: Iterable[str]) -> set[str]:
    """The words of ``said`` (lower case) that share their English Snowball stem with a word
    of ``common`` (written in lower case somewhere): a headline's capitalised "Crashes" is
    the "crashed" of a lead, a common word all the same. Longer than three letters, so that
    a short name is never read as a word's form."""
    stem = english_stem
    stems = {stem(w) for w in common}
    return {w for w in said if len(w) > 3 and w not in common and stem(w) in stems}


def base_forms(written: Counter[str]) -> dict[str, str]:
    """Each word of ``written`` (leads per form) → the form most written of those that
    share its English Snowball stem, so that the inflections of one word count as one
    ("collapse", "collapsed", "collapses") and a word the leads write in several forms is
    not outvoted by a thing each lead writes alike ("motorway"). A form ending in "s" (a
    plural, a verb's third person: "collapses") stands for the group only when all do; on
    a tie the shorter form does ("collapse" before "collapsed")."""
    stem = english_stem
    by_stem: dict[str, list[str]] = {}
    for word in written:
        by_stem.setdefault(stem(word), []).append(word)
    found: dict[str, str] = {}
    for forms in by_stem.values():
        bare = [f for f in forms if not f.endswith("s")] or forms
        best = max(bare, key=lambda f: (written[f], -len(f), f))
        found |= {f: best for f in forms}
    return found


def english_stem(word: str) -> str:
    """``word``'s English Snowball stem, remembered: the main event stems every word of
    the leads (:func:`inflected_common`), then again the usable ones (:func:`base_forms`),
    tens of thousands at 10,000 articles, a Python-level Snowball run each. The leads'
    words may have been stemmed ahead on a worker (:func:`remember_stems`)."""
    known = _KNOWN_STEMS.get(word)
    return known if known is not None else _english_stem(word)


@functools.lru_cache(maxsize=1 << 17)
def _english_stem(word: str) -> str:
    return stem_word("english", word)


#: Stems worked out on a worker (:mod:`.lead_stems`), for the extraction under way.
_KNOWN_STEMS: dict[str, str] = {}


def remember_stems(stems: dict[str, str] | None) -> None:
    """Have :func:`english_stem` answer from ``stems`` (word → its stem, worked out on a
    worker by the same stemmer), until the next call; None forgets them."""
    _KNOWN_STEMS.clear()
    if stems:
        _KNOWN_STEMS.update(stems)


@functools.cache
def english_stemmer() -> Any:
    """English Snowball (snowballstemmer), made once."""
    return stemmer("english")
