"""What the event made of its subject: "the first photo of a black hole" is the event, not
the black hole.

Part of :mod:`briefing.topics.events`. The word the English leads share most may be a thing
no one did anything to in the story but show, find or describe: every lead writes it as the
complement of another noun, with an indefinite article ("the first-ever photo of a black
hole", "a picture of a black hole"). The article says the thing is one of a kind, not a
thing of the story: the event is the noun it completes, and it is named whole, with its
complement ("First photo of a black hole"), never by the thing alone ("Black hole"), nor by
the noun cut from it ("Photo"). An act is written otherwise: its leads bring it in as what
happened ("an earthquake struck", "the attack on"), and a noun before it with "of the"
("victims of the earthquake") is definite, so no rule here reads it.

So the event is "<noun> of a <thing>" when the English leads that write the thing write it
first so, after an indefinite article (:data:`~.unspecific.INDEFINITE`), in more than half
of them and two at least, and the noun before "of" is one lower-case singular word two of
them share ("photo"; not a function word). The word before that noun that two of them write
too ("first", "first-ever": a hyphenated word counts by its first part and is written so)
says which one it is, and is kept. Other languages never name it here: the name is written
in English, and without two English leads the rule is silent.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from briefing.topics.lexicon import STOPWORDS
from briefing.topics.unspecific import INDEFINITE

#: Fewest English leads that write the phrase: one writer's wording is no name.
MIN_LEADS = 2

_ARTICLES = "|".join(sorted(INDEFINITE["en"]))
#: "[modifier] noun of a [word]" right before the thing, at the end of the text read.
_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<modifier>[^\W\d_][\w-]*)\s+)?(?<![\w-])(?P<noun>[^\W\d_]+)\s+of\s+(?:{_ARTICLES})\s+"
    r"(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


def depicted(thing: str, leads: Sequence[str]) -> str | None:
    """ "first photo of a black hole" for ``thing`` "black hole" when the English ``leads``
    write it so (module docstring), else None."""
    if not thing:
        return None
    pattern = re.compile(rf"(?<![\w-]){re.escape(thing)}(?![\w-])", re.IGNORECASE)
    writing = 0
    nouns: Counter[str] = Counter()
    modifiers: list[tuple[str, str]] = []  # (noun, modifier) per lead
    for lead in leads:
        found = pattern.search(lead)
        if found is None:
            continue
        writing += 1
        line = lead[lead.rfind("\n", 0, found.start()) + 1 : found.start()]
        shape = _BEFORE.search(line)
        if shape is None:
            continue
        noun = shape.group("noun")
        if not noun.islower() or noun in STOPWORDS or len(noun) < 3 or _plural(noun):
            continue
        nouns[noun] += 1
        modifier = shape.group("modifier")
        if modifier is not None and modifier.islower() and _qualifies(modifier.split("-")[0]):
            modifiers.append((noun, modifier))
    if not nouns:
        return None
    noun, count = max(nouns.items(), key=lambda item: (item[1], item[0]))
    if count < MIN_LEADS or 2 * sum(nouns.values()) <= writing:
        return None
    kept = _modifier([m for n, m in modifiers if n == noun])
    article = "an" if thing[:1].casefold() in "aeiou" else "a"
    return f"{kept + ' ' if kept else ''}{noun} of {article} {thing}"


def _modifier(written: list[str]) -> str | None:
    """The word :data:`MIN_LEADS` leads write before the noun, by its first part
    ("first-ever" and "first"), as its shortest form writes it."""
    by_part: Counter[str] = Counter(w.split("-")[0] for w in written)
    if not by_part:
        return None
    part, count = max(by_part.items(), key=lambda item: (item[1], item[0]))
    if count < MIN_LEADS:
        return None
    return min((w for w in written if w.split("-")[0] == part), key=lambda w: (len(w), w))


def _qualifies(word: str) -> bool:
    """No function word, though an ordinal may be ("first": STOPWORDS holds the ordinals,
    and which one it is is what is news)."""
    return word not in STOPWORDS or word in _ordinals()


@functools.cache
def _ordinals() -> frozenset[str]:
    """English ordinals, as num2words writes them ("first" … "tenth")."""
    from num2words import num2words

    return frozenset(num2words(n, to="ordinal", lang="en") for n in range(1, 11))


def _plural(word: str) -> bool:
    from briefing.topics.event_subject import _plural as plural

    return plural(word)
