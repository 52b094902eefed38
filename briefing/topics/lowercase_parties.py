"""A party the packet names in capitals, written all in lower case in another language:
"Conservative Party", "parti conservateur", "partito conservatore".

The Romance and Slavic languages write a foreign party's name as a common noun and its
adjective ("le parti conservateur", "консервативная партия"): no capital marks a name, so
the first pass reads nothing there, and :mod:`.lowercase_names` looks only for a pair whose
first word has one ("Cour constitutionnelle"). The party is one of the packet's actors all the
same, written in several languages. A pair of words in lower case is that party when:

- the packet lists a name of two words, one of them a party's noun (:data:`PARTY_NOUNS`, a
  closed class, as the service nouns of :data:`~.lexicon.SERVICE_HEADS` are), which is no
  person's name;
- the pair holds a party's noun of that class and is that name's words translated word for
  word, in either order, as :mod:`.phrase_names` compares two names (each word alike to its
  partner once romanised: "konservateur" / "konservative", "parti" / "party"), and exactly
  one listed party fits;
- the pair's language is none that writes the listed name (a language that writes the name
  does so when it means it), and capitalises names only at their first word: in
  English, German or Dutch a party's name is capitalised, and "a conservative party" in
  lower case is any such party, not the one the packet names.

"conservative lawmakers" is no party: the noun is none. A party with an adjective of its own
root in each language ("Labour", "travailliste") is not read so, and stays apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.lowercase_names import _alike, word_pairs
from briefing.topics.naming import name_key
from briefing.topics.phrase_names import _phrase_words

__all__ = ["PARTY_NOUNS", "lowercase_parties", "party_name"]

#: A political party's noun, as a listed name writes it (lower-cased): English, the Romance
#: and Germanic languages, Polish, Romanian, and Russian, Ukrainian and Bulgarian with their
#: case forms.
PARTY_NOUNS = words(
    """party parti partei partido partito partij partia partidul партия партии партию
    партией партія партії партията"""
)


def party_name(written: str) -> bool:
    """Whether a name is two words, one of them a party's noun ("Conservative Party")."""
    parts = written.split()
    return len(parts) == 2 and any(p.casefold() in PARTY_NOUNS for p in parts)


def lowercase_parties(
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    targets: Mapping[str, set[str]],
) -> list[tuple[str, Occurrence]]:
    """(target key, occurrence) for each pair in lower case that writes one of the
    ``targets`` (keys of parties' names, :func:`party_name` → the languages that write them)
    word for word in another language (see the module's docstring)."""
    words_of = {k: w for k in targets if (w := _phrase_words(k)) is not None and len(w) == 2}
    if not words_of:
        return []
    found = []
    for article, index, text, language, match in word_pairs(paragraphs, languages):
        first, second = match.group(1), match.group(2)
        if not (first.islower() and second.islower()):
            continue
        if first not in PARTY_NOUNS and second not in PARTY_NOUNS:
            continue  # most pairs of a text: no party's noun, nothing to compare
        sounds = _phrase_words(name_key(f"{first} {second}"))
        if sounds is None or len(sounds) != 2:
            continue
        fits = [k for k, w in words_of.items() if language not in targets[k] and _alike(sounds, w)]
        if len(fits) == 1:
            end = match.end() + len(second)
            occ = Occurrence(article, index, match.start(), end, text[match.start() : end])
            found.append((fits[0], occ))
    return found
