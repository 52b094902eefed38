"""Names that the first pass's word filters would drop although the way they are written says
they are names.

The first pass never lets a function word of any of the briefing's languages make or edge a
name ("und", "que", "и": a German sentence read with English rules would give "Und Putin").
stopwords-iso's lists are generous, though, and names collide with them: an Italian list
holds "ansa" (the agency is Ansa), Spanish ones "el" and "pais" (the paper is El País), and
"e" is Italian and Portuguese for "and" ("E-Redes"). Two shapes are safe to read as names
whatever those lists say:

- a run of words capitalised in mid-sentence, each a function word only of *other* languages
  than the paragraph's: in its own language a function word is lower case mid-sentence, so
  "Ansa" in an English or Dutch sentence, or "El Pais" in a Polish one, is a name, while
  "el" or "Und" in a sentence of their own language stays out;
- one letter joined by a hyphen to a capitalised word ("E-Redes", "E-REDES", "T-Mobile"),
  not opening a sentence: a brand's shape, which a word-only filter drops for its hyphen;
- two capitalised words of Latin letters joined by a hyphen, not opening a sentence, not
  in capitals ("Elmendorf-Richardson"): a double name, of a base, a town or a person, that
  the same filter drops for its hyphen. Like any lone capitalised word it is a name only
  when two languages write it, a person's surname when the briefing names the person, and
  no name when its halves are places or people the briefing names ("Paris-Berlin",
  "Malvek-Dorran": a route's, a meeting's shape) or when it opens a longer name the
  briefing writes ("Notre-Dame" of "Notre-Dame de Paris": its short form), all read by
  :meth:`~.cluster._Builder._people`.

Domain code: it never imports Textual.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Container, Sequence

from briefing.topics.naming import name_key, person_key
from briefing.topics.tokens import Token

#: One letter, a hyphen, then a capitalised word of letters.
_LETTER_COMPOUND = re.compile(r"[^\W\d_]-[^\W\d_][^\W\d_]+")
#: Two words of letters, two letters or more each, joined by one hyphen.
_DOUBLE_NAME = re.compile(r"([^\W\d_]{2,})-([^\W\d_]{2,})")


def foreign_function_run(
    words: Sequence[Token], function: frozenset[str], own: frozenset[str]
) -> bool:
    """Every word capitalised in mid-sentence, not all capitals, and a function word of
    the briefing's languages (``function``) but not of the paragraph's own (``own``)."""
    if not words or words[0].lower not in function:  # the test most runs fail, asked first
        return False
    return all(
        not w.initial
        and w.text[:1].isupper()
        and not w.text.isupper()
        and len(w.text) > 1
        and w.lower in function
        and w.lower not in own
        for w in words
    )


def letter_compound(word: Token) -> bool:
    """One letter, a hyphen and a capitalised word, not opening a sentence: "E-Redes"."""
    return (
        not word.initial
        and word.text[1:2] == "-"  # what the pattern asks second: most words fail here
        and _LETTER_COMPOUND.fullmatch(word.text) is not None
        and word.text[2].isupper()
    )


def double_name(word: Token) -> bool:
    """Two capitalised words joined by a hyphen ("Elmendorf-Richardson"), not opening a
    sentence, not in capitals."""
    if word.initial or "-" not in word.text or (not word.text.isascii() and not _latin(word.text)):
        return False
    match = _DOUBLE_NAME.fullmatch(word.text)
    return match is not None and all(
        part[0].isupper() and not part.isupper() for part in match.groups()
    )


def _latin(text: str) -> bool:
    """Every letter of ``text`` is a Latin one ("García"): Cyrillic and Greek double words
    are mostly inflected places ("Банска-Бистрице"), which the places' own rules read."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def halves(word: str) -> list[str]:
    """The two words of a double name ("Elmendorf-Richardson"); none for other words."""
    match = _DOUBLE_NAME.fullmatch(word)
    return list(match.groups()) if match is not None else []


class JoinedNames:
    """Whether a double name is two things the briefing names joined, or the opening of a
    longer name it writes: no name of its own (:meth:`~.cluster._Builder._people`).

    "Paris-Berlin", "Malvek-Dorran": a half is a place (``place`` gives its canonical name,
    keyed ``g:`` in ``keys``) or a person's surname (``surnames`` holds ``p:`` keys) of the
    briefing, a route's or a meeting's shape. "Notre-Dame" of "Notre-Dame de Paris": the
    first word of a key of several words, whose short form it is and which keeps its uses.
    """

    def __init__(
        self,
        keys: Collection[str],
        surnames: Container[str],
        place: Callable[[str], str | None],
    ) -> None:
        self._keys, self._surnames, self._place = keys, surnames, place
        self._openers: set[str] | None = None  # made at the first double name, if any

    def __call__(self, word: str) -> bool:
        parts = halves(word)
        if not parts:
            return False
        if self._openers is None:
            self._openers = {k[2:].split(" ", 1)[0] for k in self._keys if " " in k}
        if {name_key(word)[2:], person_key(word)[2:]} & self._openers:
            return True
        for half in parts:
            place = self._place(half)
            if person_key(half) in self._surnames or (
                place is not None and "g:" + place in self._keys
            ):
                return True
        return False
