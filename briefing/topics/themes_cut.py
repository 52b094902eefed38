"""A one-word theme that is a body's name cut short: "presidency" of "the Turkish presidency".

A state's organs are often named by a generic noun and the country's adjective, in every
language: "the Turkish presidency", "la présidence turque", "la presidencia turca", "die
türkische Präsidentschaft". The key-word reader keeps the noun, which is everyday, and drops
the adjective, which is a place's: the theme "presidency" is then no subject of the story but
a body said by half its name. When nearly every use of a one-word theme
(:data:`QUALIFIED_SHARE`, :data:`MIN_USES` at least) stands right beside an adjective or a
name of a place its article writes, the theme is dropped: the place is listed already, and a
name the texts never write whole is no name to give the body.

A place's adjective is told from the place's written names in the same article, as
:mod:`.demonym_words` tells a key word from its place (a shared beginning and a short
ending: "turque" of "Turquie", "española" of "España"), with "c" and "qu" read as "k" so that
"turca" is "Turquía"'s: the two spellings of one sound are the commonest difference between
a place's name and its adjective in the Romance languages. Words that merely open alike
("police" and "Poland", "most" and "Moscow") share fewer letters and do not count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Protocol

from briefing.topics.candidates import Occurrence
from briefing.topics.spelling import fold
from briefing.word_marks import WORD_CHARS

#: The fewest uses a theme needs for its neighbours to say anything.
MIN_USES = 3
#: The share of the uses written beside a place's adjective or name: "nearly always".
QUALIFIED_SHARE = 0.8
#: Letters an adjective must share with the place's name from its start ...
MIN_SHARED = 4
#: ... and of the name's letters, all but this many ("Turquie" / "turque").
FREE_TAIL = 3
#: The longest ending after the shared letters ("türk-ische").
MOST_TAIL = 5
_OPENERS = frozenset("aeiouyinsrl" + "аеиоуыэюяієнсрл")
_WORD = re.compile(rf"[^\W\d_][{WORD_CHARS}’'-]*")  # marks inside: ``word_marks.py``

TextOf = Callable[[str, int], str]


class _Listed(Protocol):
    occurrences: list[Occurrence]


def forms_by_article(places: Iterable[_Listed]) -> dict[str, set[str]]:
    """Article id → the written forms of the listed places (clusters) it uses."""
    found: dict[str, set[str]] = defaultdict(set)
    for place in places:
        for o in place.occurrences:
            found[o.article].add(o.surface)
    return found


def _key(word: str) -> str:
    """Folded, possessive cut, "qu" and "c" read as "k" ("turca", "Turquía" → "turka", "turkia")."""
    word = fold(word)
    for mark in ("’s", "'s"):
        word = word.removesuffix(mark)
    return word.replace("qu", "k").replace("c", "k")


def of_place(word: str, forms: Collection[str]) -> bool:
    """Whether ``word`` is one of ``forms`` (a place's written names and adjectives) or an
    adjective formed from one ("turque" of "Turquie")."""
    key = _key(word)
    for form in forms:
        name = _key(form)
        if key == name:
            return True
        shared = 0
        for x, y in zip(key, name, strict=False):
            if x != y:
                break
            shared += 1
        tail = key[shared:]
        if shared < MIN_SHARED or shared < len(name) - FREE_TAIL or len(tail) > MOST_TAIL:
            continue
        if not tail or tail[0] in _OPENERS:
            return True
    return False


def _beside(text: str, start: int, end: int) -> list[str]:
    """The words right before and right after a use, inside its sentence."""
    before = _WORD.findall(text[max(0, start - 40) : start])
    after = _WORD.match(text[end:].lstrip(" "))
    found = [before[-1]] if before and text[:start].rstrip(" ")[-1:].isalpha() else []
    if after and text[end : end + 1] == " ":
        found.append(after.group())
    return found


def body_cut_short(
    occurrences: Sequence[Occurrence],
    text_of: TextOf,
    place_forms: Mapping[str, Collection[str]],
) -> bool:
    """Whether a one-word theme's uses are nearly all written right beside an adjective or a
    name of a place the same article writes ("the Turkish presidency", "la présidence
    turque"). ``place_forms``: article id → the written forms of its listed places."""
    if len(occurrences) < MIN_USES or any(" " in o.surface for o in occurrences):
        return False
    qualified = 0
    for o in occurrences:
        forms = place_forms.get(o.article, ())
        text = text_of(o.article, o.paragraph)
        if forms and any(of_place(w, forms) for w in _beside(text, o.start, o.end)):
            qualified += 1
    return qualified >= QUALIFIED_SHARE * len(occurrences)
