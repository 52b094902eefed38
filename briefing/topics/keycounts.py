"""The word counts key words are chosen from, counted once per paragraph text in C loops.

:func:`~briefing.topics.keywords.key_words` needs, for every word of four letters or more in
every language of the packet, how often it is written and its stem key ("" when the word
cannot be a key word: a function word, an everyday word, a known name). Counting them token by
token in Python was a fifth of a 10,000-article analysis; here each paragraph text is split
by one ``findall`` and counted by ``Counter`` (both in C), and the key of each distinct word
is worked out once. The counts of several shares of a briefing add up
(:meth:`WordCounts.add`), so worker processes can count their shares
(:mod:`briefing.topics.shares`) and the sum is exactly what one process counts.

The keys leave out the packet's listed names, which are known only after the second pass:
:func:`~briefing.topics.keywords.key_words` drops those words itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefing.topics.gazetteer import Gazetteer
from briefing.word_marks import LETTER_RUN

#: A word as key words see it: letters only (digits and underscores split words), with the
#: combining marks inside it (``किताबें`` is one word, not ``क`` ``त`` ``ब``: ``word_marks.py``).
WORD = re.compile(LETTER_RUN)
#: Shorter words are never key words.
MIN_LETTERS = 4


@dataclass(slots=True)
class WordCounts:
    """Per language: how often each word of :data:`MIN_LETTERS` letters or more is written,
    and its stem key ("" when it can be no key word, whatever the names)."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    keys: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, other: WordCounts) -> None:
        """Add another share's counts (keys are the same wherever they were worked out)."""
        for language, counted in other.counts.items():
            self.counts.setdefault(language, Counter()).update(counted)
        for language, keys in other.keys.items():
            self.keys.setdefault(language, {}).update(keys)


def count_words(
    paragraphs: Sequence[tuple[str, int, str]],
    languages: dict[str, str],
    is_name: Callable[[str], bool],
) -> WordCounts:
    """Count the words of ``paragraphs`` (article id, index, text) and key each distinct one."""
    texts = Counter((languages.get(article, "en"), text) for article, _index, text in paragraphs)
    counts = count_texts(texts)
    return WordCounts(counts, keys_of(counts, is_name))


def count_texts(texts: Mapping[tuple[str, str], int]) -> dict[str, Counter[str]]:
    """Per language, the words of :data:`MIN_LETTERS` letters or more of the texts, each text
    (language, text) counted as often as it is written."""
    per_language: dict[str, Counter[str]] = {}
    for (language, text), repeats in texts.items():
        words = WORD.findall(text)
        per_language.setdefault(language, Counter()).update(
            words if repeats == 1 else words * repeats
        )
    return {
        language: Counter({w: n for w, n in counted.items() if len(w) >= MIN_LETTERS})
        for language, counted in per_language.items()
    }


def keys_of(
    words: Mapping[str, Iterable[str]], is_name: Callable[[str], bool]
) -> dict[str, dict[str, str]]:
    """Per language, the stem key of each word ("" for no key word)."""
    from briefing.topics.keywords import unnamed_key

    return {
        language: {w: unnamed_key(w, language, is_name) for w in written}
        for language, written in words.items()
    }


def summed(parts: Iterable[WordCounts]) -> WordCounts:
    """The counts of several shares together."""
    total = WordCounts()
    for part in parts:
        total.add(part)
    return total


def known_name(gaz: Gazetteer) -> Callable[[str], bool]:
    """Whether a word is a known name anyway: a demonym or a place of the gazetteer."""

    def is_name(word: str) -> bool:
        return word in gaz.demonyms or gaz.place(word) is not None

    return is_name
