"""An adjective a noun-capitalising language capitalises mid-sentence opens a name.

German capitalises every noun but no adjective: "die deutsche Bahn" is a railway of Germany,
"die Deutsche Bahn" the company; "das weiße Haus" a house, "das Weiße Haus" the seat of a
government. The reader lowers every capitalised word the briefing writes after an article
("der Deutschen", "die Bahn") as a common noun, since in German a capital is no sign of a
name, and so loses the one sign the language does give: an adjective written with a capital
where the grammar wants it in lower case.

A word is read as such an adjective, and it and the capitalised word right after it are
kept as a name's words, when all of these hold:

* it stands mid-sentence (no sentence opener), is no function word ("Ihre" of the polite
  form) and is followed, one space apart, by a capitalised word (the noun it qualifies);
* it ends in an adjective's inflection ("-e", "-en", "-er", "-es", "-em");
* the briefing writes the same adjective in lower case somewhere, in this or another
  inflection ("deutschen" for "Deutsche"): German writes no noun in lower case, so the lower
  case use shows the word is an adjective, which the grammar alone does not capitalise.

* a lower-case word stands right before it (an article, a preposition; a sentence's
  first word if it is a function word, "Die Deutsche Bahn"): an adjective
  inside a longer run of capitals ("den Vereinigten Arabischen Emiraten") is left to the
  reading of that run;
* no other language of the briefing capitalises a cognate of it mid-sentence ("Olympic",
  "Olympics" for "Olympischen"): the German name is then another language's name
  translated ("der Olympischen Spiele"), a topic already, and would only repeat it.

A capitalised word with no lower-case use ("der Grünen", a party; "den Deutschen", the
people) stays a noun; so does one no noun follows ("die Deutschen haben"). Such a name is
no person's ("Deutsche Bahn" has a name's shape), and its forms in the cases the adjective
takes ("der Deutschen Bahn", "die Deutsche Bahn") are one name (:func:`inflected_pairs`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.event_cognates import MIN_STEM as COGNATE_STEM
from briefing.topics.event_cognates import cognate, plain
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.tokens import Token

#: The inflections of a German adjective, longest first.
ENDINGS = ("en", "er", "es", "em", "e")
#: Letters an adjective must have before its ending ("neu|e" is the shortest wanted).
MIN_STEM = 3


def _stem(word: str) -> str | None:
    """``word`` without its adjective inflection (lower case), or None when it has none."""
    lowered = word.lower()
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return None


def capital_adjective(
    tokens: Sequence[Token], i: int, lowercase: Container[str], function: Container[str]
) -> bool:
    """Whether ``tokens[i]`` is an adjective capitalised as a name's word (see the module's
    docstring); ``lowercase``: the words the briefing writes in lower case,
    ``function``: the language's function words."""
    token = tokens[i]
    if token.initial or token.acronym or not token.text.isalpha() or not token.text[0].isupper():
        return False
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if following.start - token.end != 1 or not following.text[:1].isupper():
        return False
    if not following.text.isalpha() or following.acronym:
        return False
    if token.lower in function:
        return False
    stem = _stem(token.text)
    if stem is None:
        return False
    return any(stem + ending in lowercase for ending in ENDINGS)


class NamedPairs:
    """The reader's test for a capitalised adjective and its noun (the module's docstring):
    the briefing's lower-case words and the words its other languages capitalise
    mid-sentence, indexed by their first letters once, on first use."""

    def __init__(self, lowercase: Container[str], elsewhere: Iterable[str]) -> None:
        self.lowercase = lowercase
        self._elsewhere = elsewhere
        self._index: dict[str, list[str]] | None = None

    def _translated(self, stem: str) -> bool:
        """Another language capitalises a cognate of the adjective's ``stem``."""
        if self._index is None:
            self._index = defaultdict(list)
            for word in self._elsewhere:
                folded = plain(word)
                self._index[folded[:COGNATE_STEM]].append(folded)
        own = plain(stem)
        return any(cognate(word, own) for word in self._index.get(own[:COGNATE_STEM], ()))

    def adjective(self, tokens: Sequence[Token], i: int, function: Container[str]) -> bool:
        """Whether ``tokens[i]`` opens a name as a capitalised adjective."""
        before = tokens[i - 1] if i else None
        if before is None or not (
            before.text[:1].islower() or (before.initial and before.lower in function)
        ):
            return False  # "den Vereinigten Arabischen Emiraten": a longer run's word
        if not capital_adjective(tokens, i, self.lowercase, function):
            return False
        stem = _stem(tokens[i].text)
        return stem is not None and not self._translated(stem)

    def in_pair(self, tokens: Sequence[Token], i: int, function: Container[str]) -> bool:
        """``tokens[i]`` is such an adjective, or the noun right after one."""
        return self.adjective(tokens, i, function) or (
            i > 0 and self.adjective(tokens, i - 1, function)
        )


def inflected_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Sequence[Occurrence]],
    languages: Mapping[str, str],
) -> list[tuple[str, str]]:
    """(key, key) pairs of names of two words or more that differ only in the inflection of
    the adjectives before their last word ("n:deutschen bahn", "n:deutsche bahn"): one name
    in two grammatical cases. Only names every use of which is written in a noun-capitalising
    language are paired: elsewhere an adjective keeps its capital in every case."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        prefix, _, name = key.partition(":")
        words = name.split()
        if len(words) < 2 or not prefix:
            continue
        uses = occurrences.get(key, ())
        if not uses or any(languages.get(o.article) not in NOUN_CAPITALISING for o in uses):
            continue
        stems = [_stem(w) or w for w in words[:-1]]
        if stems == words[:-1]:
            continue  # no inflected adjective: nothing to meet
        groups[" ".join([*stems, words[-1]])].append(key)
    return [(found[0], other) for found in groups.values() for other in found[1:]]
