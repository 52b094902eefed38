"""A place name of several words written in another language or case: one place.

"Castilla-La Mancha" is "Castela La Mancha" in Portuguese and "Kastylii-La Mancha" in a
Polish genitive (Polish "Kastylia" declined, "Mancha" kept): every word of the name is there,
each either the same, the same with another case ending, or its cognate in the other
language. The gazetteer knows the region by its own name only, so the other forms read as a
person (two capitalised words) or a body, and the region is listed twice or three times.

:func:`place_form_pairs` joins such a form to a place the gazetteer knows (a ``g:`` key) when:

- both names have as many words (split at spaces and hyphens), two at least;
- one word of four letters or more is the same in both, or the same with a case ending
  swapped (:func:`~.inflections._case_forms`: "Manchę" / "Mancha"): an anchor;
- every other word is the same, a case form, or a cognate: romanised stems
  (:func:`~.spelling.skeleton`, "c" before a back vowel read "k", "v" read "b", final vowels
  dropped, so a case ending does not count) of five letters or more that begin alike and
  differ by one letter at most ("Castilla"/"Kastylii"/"Castela"), or of four letters and the
  same ("Vasco"/"Basco"); "North"/"South", "Cruz"/"Clara" are none;
- no word of the other form is a given name ("San Mario" is a person, not "San Marino"),
  and a form told apart by a cognate is never written in an article that writes the
  place's own name: there it would be a second place, not a translation.

What stays apart: "Castilla y León" and "Castilla-La Mancha" (a word differs), a city and
its province ("Valencia" / "Comunidad Valenciana": not as many words), "North Carolina" and
"South Carolina".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.inflections import _case_forms
from briefing.topics.spelling import edit_distance_at_most_one, fold, skeleton

#: Fewest letters of the word that anchors two forms ("Mancha").
ANCHOR = 4
#: Fewest letters of a cognate's stem.
COGNATE_STEM = 5
_SPLIT = re.compile(r"[\s\-‐–]+")


def _words(key: str) -> list[str]:
    return [fold(w) for w in _SPLIT.split(key[2:]) if w]


def _stem(word: str) -> str:
    key = re.sub(r"c(?=[aou])", "k", skeleton(word)).replace("qu", "k").replace("v", "b")
    return key.rstrip("aeiouy")


def cognate(a: str, b: str) -> bool:
    """Two folded words that are one name spelled in two languages or cases: stems alike
    of :data:`COGNATE_STEM` letters, or the same stem of one letter fewer ("Vasco" /
    "Basco": Spanish and Portuguese write the one sound with either letter)."""
    x, y = _stem(a), _stem(b)
    if x == y:
        return len(x) >= COGNATE_STEM - 1
    return (
        min(len(x), len(y)) >= COGNATE_STEM and x[:3] == y[:3] and edit_distance_at_most_one(x, y)
    )


def _match(place: list[str], other: list[str]) -> str | None:
    """ "same", "case" or "cognate": how the words of two forms pair up, or None."""
    if len(place) != len(other) or len(place) < 2:
        return None
    anchored, how = False, "same"
    for a, b in zip(place, other, strict=True):
        if a == b or _case_forms(a, b):
            anchored = anchored or len(a) >= ANCHOR
            if a != b and how == "same":
                how = "case"
        elif cognate(a, b):
            how = "cognate"
        else:
            return None
    return how if anchored else None


def place_form_pairs(
    keys: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    given: Callable[[str], bool] | None = None,
) -> list[tuple[str, str]]:
    """Pairs (place key, other key) that are one place's name in two languages or cases
    (see the module's docstring). ``given`` says whether a word is a given name (by default
    :func:`briefing.given_name_table.given_name`)."""
    from briefing.given_name_table import given_name

    is_given = given or given_name
    keys = [k for k in keys if k[:2] in ("g:", "n:", "p:") and sightings.get(k)]
    places: dict[tuple[int, str], list[tuple[str, list[str]]]] = {}
    for key in keys:
        if key.startswith("g:"):
            words = _words(key)
            for word in words:
                if len(word) >= ANCHOR:
                    places.setdefault((len(words), word[:ANCHOR]), []).append((key, words))
    pairs: list[tuple[str, str]] = []
    for key in keys:
        if key.startswith("g:"):
            continue
        words = _words(key)
        if not any((len(words), word[:ANCHOR]) in places for word in words):
            continue  # no place shares a word's start: most keys (the given names not read)
        written = [w for o in sightings[key] for w in _SPLIT.split(o.surface) if w]
        if any(is_given(w) for w in written):
            continue
        seen: set[str] = set()
        found: list[str] = []
        for word in words:
            for place, place_words in places.get((len(words), word[:ANCHOR]), ()):
                if place in seen:
                    continue
                seen.add(place)
                how = _match(place_words, words)
                if how is None:
                    continue
                if how == "cognate" and _articles(sightings[key]) & _articles(sightings[place]):
                    continue  # both in one article: two places
                found.append(place)
        if len(found) == 1:  # a form that fits two places is neither's
            pairs.append((found[0], key))
    return pairs


def _articles(occurrences: list[Occurrence]) -> set[str]:
    return {o.article for o in occurrences}
