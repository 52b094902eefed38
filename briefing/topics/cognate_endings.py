"""Two words of two names that are one word translated, though one takes an ending.

:mod:`.phrase_names` pairs a place's or a body's names across languages word by word, by
how alike the romanised words are ("Capilla Sixtina" / "Cappella Sistina"). A cognate often
takes an ending in one language that the other lacks ("Coast Guard" / "Guardia Costera":
"guard" / "guardia", "coast" / "costera"), and the whole words then differ by the ending's
length, which says nothing of the stem: the two names stayed two topics, each written once
and dropped as said in passing (:mod:`.single_use`). :func:`word_ratio` also compares the
shorter word with the longer one's start; :class:`AlikeWords` lists, in rapidfuzz's C loops,
every word of a list it may pass with a given word (:mod:`.phrase_names` asks only the pairs
of names that have such a word, issue 15).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

__all__ = ["ENDING", "STEM_LETTERS", "AlikeWords", "word_ratio"]

#: The fewest letters of the shorter word for its start alone to be compared ...
STEM_LETTERS = 4
#: ... and the most letters an ending adds ("-ia", "-era", "-iera"): a longer run is another
#: word that starts alike ("park" / "parkinson").
ENDING = 3


def _ends(short: int, long: int) -> bool:
    """A word of ``long`` letters may be one of ``short`` letters and an ending."""
    return short >= STEM_LETTERS and 1 < long - short <= ENDING


def word_ratio(a: str, b: str, **_kwargs: object) -> float:
    """How alike two words are: :func:`fuzz.ratio` of the whole words, or, when the longer
    may be the shorter and an ending (:data:`STEM_LETTERS`, :data:`ENDING`), of the shorter
    against as many letters of the longer and one more (so the shorter's own last letter is
    still compared: "koast" / "koste" of "kostera"), whichever is higher. A shorter word of
    fewer letters ("art" starts too many words) or a longer run ("park" / "parkinson") is
    compared whole. Keyword arguments (a rapidfuzz scorer's) are ignored."""
    whole = fuzz.ratio(a, b)
    short, long = sorted((a, b), key=len)
    if not _ends(len(short), len(long)):
        return whole
    return max(whole, fuzz.ratio(short, long[: len(short) + 1]))


class AlikeWords:
    """The words of ``choices`` that :func:`word_ratio` passes with a word at ``cutoff``:
    the whole words in one C loop, then the starts of the longer words an ending apart and
    the word's own start against the shorter ones, each in one C loop over the few words of
    one length. Exactly the words a loop calling :func:`word_ratio` on each would find."""

    def __init__(self, choices: Sequence[str], cutoff: float) -> None:
        self.choices = list(choices)
        self.cutoff = cutoff
        self.by_length: dict[int, list[str]] = defaultdict(list)
        #: n → {the first n + 1 letters of a word an ending longer than n: those words}
        self.starts: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for word in dict.fromkeys(self.choices):
            self.by_length[len(word)].append(word)
            for n in range(len(word) - ENDING, len(word) - 1):
                if _ends(n, len(word)):
                    self.starts[n][word[: n + 1]].append(word)
        self.start_lists = {n: list(starts) for n, starts in self.starts.items()}

    def _extract(self, word: str, choices: list[str]) -> list[str]:
        found = process.extract(
            word, choices, scorer=fuzz.ratio, score_cutoff=self.cutoff, limit=None
        )
        return [choice for choice, _score, _at in found]

    def __call__(self, word: str) -> list[str]:
        found = self._extract(word, self.choices)
        n = len(word)
        if n in self.start_lists:  # longer words that may be this one and an ending
            for start in self._extract(word, self.start_lists[n]):
                found.extend(self.starts[n][start])
        for m in range(n - ENDING, n - 1):  # shorter words this one may end
            if _ends(m, n) and self.by_length.get(m):
                found.extend(self._extract(word[: m + 1], self.by_length[m]))
        return list(dict.fromkeys(found))
