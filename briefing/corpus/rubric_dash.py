"""A rubric glued to its headline by a dash, the standfirst run on after it, all on one line:
``Crimen en el puerto – Un comando asalta la casa del alcalde La policía busca a … .``

Some pages set a rubric (the story's theme, a few words) over the headline, and a plain-text
copy of the page joins the two with a spaced dash and runs the standfirst on after a space:
the rubric is no word of the title, and the standfirst is none either. The line is read so
only when all of this holds:

- it opens with the rubric: one to five words of letters (no digits, no punctuation), the
  first capitalised and not all in capitals (``ROMA –`` is a dateline), no city
  (``Exampleton – Der Bürgermeister …`` is a place's dateline), then an en or em dash with
  spaces around it, then a capital;
- the headline after the dash runs three words or more without a sentence's end, and ends
  where a new sentence starts with no mark between: a lower-case word, then a capitalised
  function word followed by a lower-case word (``… del alcalde La policía busca …``). A
  function word is written small inside a sentence in every language Whoosh lists, so its
  capital there starts one (German capitalises the formal "Sie", which is left out; a name
  that opens with a function word, "Le Monde", "Los Angeles", goes on with a capital);
- a sentence of four words or more follows, closed by its stop: the standfirst.

A headline that holds a dash of its own on a line by itself ("Nueva huelga – Sin trenes el
fin de semana") has no standfirst run on after it and is left whole: the rubric's dash is
only told by the line that runs the page's header together.
"""

from __future__ import annotations

import re

from briefing.corpus.kicker_words import _function_word_of_headline, is_function_word

__all__ = ["rubric_head"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-Ω"
_TAIL = r"(?:['’-][^\W\d_]+)*"
#: "Crimen en el puerto – ": the rubric, a spaced en or em dash, then a capital.
_RUBRIC = re.compile(
    rf"(?P<rubric>[{_UP}][^\W\d_]*{_TAIL}(?: [^\W\d_]+{_TAIL}){{0,4}}) [–—] (?=[{_UP}])"
)
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
#: Pronouns some languages capitalise inside a sentence (German "Sie", formal you).
_CAPITALISED_INSIDE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"})
#: How far into the line the headline's end is looked for, in words and characters.
_MOST_WORDS, _REACH = 25, 400


def rubric_head(text: str) -> tuple[int, int] | None:
    """(start, end) of the headline in a ``<rubric> – <headline> <standfirst>`` line (module
    doc), or None."""
    match = _RUBRIC.match(text)
    if match is None or match.group("rubric").isupper():
        return None
    from briefing.corpus.colon_dateline import is_city  # only for a line of this shape

    if is_city(match.group("rubric")):
        return None
    start = match.end()
    end = _headline_end(text, start)
    return None if end is None else (start, end)


def _headline_end(text: str, start: int) -> int | None:
    """Where the headline that starts at ``start`` ends: before the first capitalised function
    word that follows a lower-case word with no mark and precedes a lower-case word, three
    words in or more, before any sentence's end (module doc)."""
    found = _WORD.finditer(text, start, min(len(text), start + _REACH))
    words = [(m.start(), m.group(0)) for m in found][: _MOST_WORDS + 2]
    for i in range(1, len(words) - 1):
        before, (at, word), after = words[i - 1][1], words[i], words[i + 1][1]
        if before[-1] in ".!?…":
            return None  # a sentence ended first: prose, no headline
        if i < 3 or not before[-1].isalpha() or not before[:1].islower():
            continue
        if not (word[:1].isupper() and word[1:].islower()) or not after[:1].islower():
            continue
        core = word.casefold()
        if not is_function_word(core) or core in _CAPITALISED_INSIDE:
            continue
        stop = _SENTENCE_END.search(text, at)
        if stop is None or len(text[at : stop.end()].split()) < 4:
            return None  # no standfirst's sentence after it
        return at if _function_word_of_headline(core, text[at:]) else None
    return None
