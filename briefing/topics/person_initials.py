"""A person's initials or nickname given beside the name: "Sam Bankman-Fried, SBF", "(Jane
Q. Doe, JQD)", "Ada Lovelace, known as AL", "Changpeng “CZ” Zhao".

Papers name a well-known person by initials once they have said whose they are, and the reader
made an organisation of the capitals. The text says they are one person in two ways only:

* the letters come right after the name, after a comma or an opening bracket, with at most a
  few lower-case words between ("noto anche come", "also known as", "dit"), and they are the
  initials of the name's words, the parts of a hyphenated surname counted ("S-B-F");
* the letters are quoted inside the name, between the given name and the surname (a nickname
  the writer set in the name itself).

Guards, since two different people or a person and a body must never be joined: the letters
are written in capitals (2–5) and followed by no capitalised word ("Jane Doe, JD Sports" is a
company), the letters are already a topic of their own that is no place and no person, and
letters given beside two different people are given to neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence

__all__ = ["initial_pairs", "initials_of"]

#: Capitals that may be a person's initials, and the text allowed after them.
_LETTERS = re.compile(r"(?P<letters>[A-Z]{2,5})(?![\w\-])(?!\s+[A-Z])")

#: One word and the space after it, between the name and its letters.
_WORD = re.compile(r"([^\W\d_]+)\s+")

#: A separator right after the name: a comma or an opening bracket.
_AFTER = re.compile(r"\s?[,，(（]\s*")

#: A given name, a nickname in quotation marks, a surname: "Changpeng “CZ” Zhao".
_QUOTED = re.compile(
    r"(?P<given>[A-Z][^\W\d_]+)\s+[“\"«„‘']\s?(?P<letters>[A-Z]{2,5})\s?[”\"»“’']\s+"
    r"(?P<surname>[A-Z][^\W\d_\-]+(?:-[A-Z][^\W\d_]+)?)"
)

#: At most this many lower-case words between the name and its letters.
_GLOSS_WORDS = 4


def initials_of(name: str) -> str:
    """The capitals of the name's words and of each part of a hyphenated word ("SBF" of "Sam
    Bankman-Fried"); "" when a word opens with no capital."""
    parts = [p for w in name.split() for p in w.split("-") if p]
    if not parts or any(not p[:1].isupper() for p in parts):
        return ""
    return "".join(p[0] for p in parts)


def _letters_after(text: str, end: int) -> str | None:
    """The capitals given right after a name ending at ``end`` (see the module's docstring)."""
    sep = _AFTER.match(text, end)
    if sep is None:
        return None
    pos = sep.end()
    for _ in range(_GLOSS_WORDS + 1):
        match = _LETTERS.match(text, pos)
        if match is not None:
            return match.group("letters")
        word = _WORD.match(text, pos)
        if word is None or not word.group(1).islower():
            return None  # a capitalised word, a digit, a stop: no gloss
        pos = word.end()
    return None


def initial_pairs(
    people: Mapping[str, Iterable[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    person_key: Callable[[str], str],
    letters_key: Callable[[str], str],
    is_letters_topic: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(person key, letters key) pairs: a person and the initials or nickname the text gives
    beside the name. ``people`` maps each person key to its uses; ``letters_key`` gives the
    key the capitals would have, ``is_letters_topic`` whether that key is a topic of the
    packet that is no place and no person."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, uses in people.items():
        for use in uses:
            letters = _letters_after(texts.get((use.article, use.paragraph), ""), use.end)
            if letters and letters == initials_of(use.surface):
                owners[letters_key(letters)].add(key)
    for text in texts.values():
        if "“" not in text and '"' not in text and "«" not in text and "„" not in text:
            continue
        for match in _QUOTED.finditer(text):
            key = person_key(f"{match.group('given')} {match.group('surname')}")
            if key in people:
                owners[letters_key(match.group("letters"))].add(key)
    return [
        (next(iter(keys)), letters)
        for letters, keys in owners.items()
        if len(keys) == 1 and is_letters_topic(letters)
    ]
