"""Snowball stems, each word stemmed once per process whichever rule asks (issue 15).

Several rules stem words with Snowball (``snowballstemmer``, pure Python: some 30 µs a
word): the key words' and themes' stem keys (:func:`.word_keys.stem_key`), the main event's
lead words (:mod:`.event_when`), the glosses' stems (:mod:`.bilingual`) and the act's forms
(:mod:`.event_noun`, :mod:`.event_forms`). Each kept its own stemmer and its own cache, keyed
by what it was asked ("Migranten" and "migranten" apart), so one word was stemmed again by
every rule that met it: on a thousand articles a fifth of the stems were such repeats. A
Snowball stem depends on the algorithm and the word alone (the stemmer keeps no state
between words), so one cache by (algorithm, word) gives every caller the stem it got before.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def stemmer(algorithm: str) -> Any:
    """The one Snowball stemmer of ``algorithm`` ("english", "french", …) in this process."""
    import snowballstemmer

    return snowballstemmer.stemmer(algorithm)


@functools.lru_cache(maxsize=1 << 15)
def stem_word(algorithm: str, word: str) -> str:
    """``word``'s Snowball stem by ``algorithm``, worked out once per process (the 32,768
    most recently asked: ~11 MB at most, measured ~340 bytes a word; a thousand articles
    stem 23,136 distinct words)."""
    return str(stemmer(algorithm).stemWord(word))
