"""wordfreq's Zipf frequencies from compact word lists: what the glued-kicker check asks.

``wordfreq.zipf_frequency`` keeps every list it has read as a Python dict (and the raw list
of lists besides) for the life of the process: 61 MB for the twelve small lists the kicker
check asks, 31–110 MB more for each large one. Reading the 10,005 articles of the benchmark
corpus (code documentation, full of ``readFile``-like first words) asked seven large lists:
about 300 MB that stayed in every process that reads articles, the indexing parent included,
through the whole build.

Here each list is read once from wordfreq's own file (``read_cBpack``) and kept as one sorted
``array`` of 8-byte keys: a word's ``hash`` with its frequency bucket in the low 10 bits
(54 bits of hash: a false match among a million words for a few thousand questions is about
one chance in 10^10). The raw list is dropped as soon as the keys are made, so a process
holds one large list's words at a time, briefly. :func:`zipf` then does what wordfreq 3.1.1's
``zipf_frequency`` does (pinned: ``_word_frequency`` is followed line for line, the tokenizer
and number handling are wordfreq's own), and ``tests/corpus/test_wordlists.py`` holds the
two equal on words of several languages, made-up tokens and digits.

Most questions only ask whether a word is at least so common (``zipf(…) >= 3.0``):
:func:`at_least` answers them from the keys of the list's first buckets alone, read from the
file only that far. Those words are a tenth of a large list or less, and keying a whole large
list cost 0.2–0.6 s (every reading process of the 10,005-article benchmark keyed eleven of
them, ~4.8 s of CPU each). Whether a list knows a word at all (``zipf(…) > 0``) needs no
bucket: :func:`known` asks a sorted array of the words' hashes as floats (a false match
about one chance in 10^13 a question), made in C in half the time of the keys.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from functools import cache

__all__ = ["at_least", "common_as_written", "known", "listed", "zipf"]

_BUCKET_BITS = 10
_BUCKET_MASK = (1 << _BUCKET_BITS) - 1


class _Keys:
    """One word list as sorted ``hash | bucket`` keys."""

    __slots__ = ("keys",)

    def __init__(self, buckets: list[list[str]]) -> None:
        if len(buckets) > _BUCKET_MASK:
            raise ValueError("too many frequency buckets for the key layout")
        keys = [
            (hash(word) >> _BUCKET_BITS << _BUCKET_BITS) | index
            for index, bucket in enumerate(buckets)
            for word in bucket
        ]
        keys.sort()
        self.keys = array("q", keys)

    def bucket(self, word: str) -> int | None:
        """The word's bucket (its frequency is ``cB_to_freq(-bucket)``), or None. A word
        listed in two buckets gets the last, as in wordfreq's dict (the later one wins)."""
        high = hash(word) >> _BUCKET_BITS
        at = bisect_right(self.keys, (high << _BUCKET_BITS) | _BUCKET_MASK) - 1
        if at >= 0 and self.keys[at] >> _BUCKET_BITS == high:
            return self.keys[at] & _BUCKET_MASK
        return None


@cache
def _keys(language: str, wordlist: str) -> _Keys | None:
    """The list's keys, or None when wordfreq has no such list under exactly this code."""
    import wordfreq

    path = _path(language, wordlist)
    if path is None:
        return None
    keys = _Keys(wordfreq.read_cBpack(path))
    _WHOLE.add((language, wordlist))
    return keys


#: The (language, word list) pairs whose every word is keyed by :func:`_keys`.
_WHOLE: set[tuple[str, str]] = set()


@cache
def _path(language: str, wordlist: str) -> str | None:
    import wordfreq

    return wordfreq.available_languages(wordlist).get(language)


@cache
def _top_keys(language: str, wordlist: str, buckets: int) -> _Keys:
    """The keys of the words in the list's first ``buckets`` buckets, the rest of the file
    left unread (``wordfreq.read_cBpack``'s format: a gzipped msgpack array of a header and
    the buckets, the most frequent first)."""
    import gzip

    import msgpack  # wordfreq's own reader of these files

    path = _path(language, wordlist)
    assert path is not None
    with gzip.open(path, "rb") as infile:
        unpacker = msgpack.Unpacker(infile, raw=False)
        count = unpacker.read_array_header()
        header = unpacker.unpack()
        cb = isinstance(header, dict) and header.get("format") == "cB"
        if not cb or header.get("version") != 1:
            raise ValueError(f"Unexpected header: {header!r}")
        return _Keys([unpacker.unpack() for _ in range(min(buckets, count - 1))])


@cache
def _buckets_at_least(threshold: float) -> int:
    """How many of a list's first buckets hold words whose own Zipf frequency (as one token)
    is at least ``threshold``: the frequency falls bucket by bucket, so they are the first."""
    bucket = 0
    while bucket < _BUCKET_MASK and _zipf_of(_bucket_frequency(bucket)) >= threshold:
        bucket += 1
    return bucket


def at_least(word: str, language: str, wordlist: str, threshold: float) -> bool:
    """``zipf(word, language, wordlist) >= threshold``, for a positive ``threshold``, from the
    keys of the buckets common enough to reach it. Exact: a word's frequency is the combined
    frequency of its tokens, never above any one token's (``1 / sum(1 / f)``, times a digit
    or spacing factor ≤ 1, then rounded and put on the Zipf scale, each step keeping order),
    so a word with a token outside those buckets — rarer, or in no bucket at all — is below
    ``threshold`` either way; a word whose every token is inside gets the frequency
    :func:`zipf` computes. (No word is listed twice in the pinned wordfreq's lists, so a
    token's bucket is the same in the first buckets as in the whole list.)"""
    path = _path(language, wordlist)
    if path is None or threshold <= 0 or (language, wordlist) in _WHOLE:
        return zipf(word, language, wordlist) >= threshold
    keys = _top_keys(language, wordlist, _buckets_at_least(threshold))
    return _zipf_of(_word_frequency(word, language, keys)) >= threshold


class _Members:
    """Which words one list holds, not their buckets: each word's ``hash`` as a float (its 53
    leading bits), sorted in C (``sorted`` compares floats far faster than 64-bit ints, and
    no Python step per word makes the keys): half the time of :class:`_Keys`."""

    __slots__ = ("buckets", "floats")

    def __init__(self, buckets: list[list[str]]) -> None:
        import itertools

        self.buckets = len(buckets)
        self.floats = array("d", sorted(map(float, map(hash, itertools.chain(*buckets)))))

    def __contains__(self, word: str) -> bool:
        key = float(hash(word))
        at = bisect_right(self.floats, key) - 1
        return at >= 0 and self.floats[at] == key


@cache
def _members(language: str, wordlist: str) -> _Members:
    import wordfreq

    path = _path(language, wordlist)
    assert path is not None
    return _Members(wordfreq.read_cBpack(path))


def listed(word: str, language: str, wordlist: str) -> bool:
    """Whether the list holds ``word`` as one entry, as written (no tokenizing): for cutting
    Chinese text into the list's words, which wordfreq's own tokenizer would need jieba for."""
    if _path(language, wordlist) is None:
        return False
    return word in _members(language, wordlist)


def common_as_written(word: str, language: str, wordlist: str, threshold: float) -> bool:
    """Whether the list holds ``word`` as one entry, as written (no tokenizing), at Zipf
    ``threshold`` or above: for Japanese katakana words, which wordfreq's own tokenizer would
    need MeCab for. An entry in the buckets common enough to reach the threshold is."""
    if _path(language, wordlist) is None or threshold <= 0:
        return False
    return _top_keys(language, wordlist, _buckets_at_least(threshold)).bucket(word) is not None


def known(word: str, language: str, wordlist: str) -> bool:
    """``zipf(word, language, wordlist) > 0``: whether the list knows the word. A word with
    a token the list lacks has wordfreq's minimum frequency (Zipf 0); a one-token word without
    digits that it holds has its bucket's frequency, above Zipf 0 when even the last bucket's
    is, and one of several such tokens above Zipf 0 when a word of that many tokens all in
    the last bucket is. Only a word with digits (or of very many tokens), all of them listed,
    needs its buckets: that one is asked of :func:`zipf`."""
    import wordfreq
    from wordfreq.numbers import smash_numbers

    if _path(language, wordlist) is None or (language, wordlist) in _WHOLE:
        return zipf(word, language, wordlist) > 0
    tokens = wordfreq.lossy_tokenize(word, language)
    if not tokens:
        return False
    members = _members(language, wordlist)
    smashed = [smash_numbers(token) for token in tokens]
    if not all(token in members for token in smashed):
        return False
    if smashed == tokens and _zipf_of(_least_frequency(members.buckets, len(tokens), language)) > 0:
        return True
    return zipf(word, language, wordlist) > 0


def _least_frequency(buckets: int, tokens: int, language: str) -> float:
    """The least frequency :func:`_word_frequency` can give a word of ``tokens`` listed tokens
    without digits, by its very steps with every token in the last of ``buckets`` (each step
    keeps order, so no word of such tokens is rarer)."""
    import wordfreq

    one_over_result = 0.0
    for _ in range(tokens):
        one_over_result += 1.0 / wordfreq.cB_to_freq(-(buckets - 1))
    freq = 1.0 / one_over_result
    if wordfreq.get_language_info(language)["tokenizer"] == "jieba":
        freq *= wordfreq.INFERRED_SPACE_FACTOR ** -(tokens - 1)
    return _rounded(max(freq, wordfreq.zipf_to_freq(0.0)))


def zipf(word: str, language: str, wordlist: str) -> float:
    """``wordfreq.zipf_frequency(word, language, wordlist=wordlist)``, from compact lists."""
    import wordfreq

    keys = _keys(language, wordlist)
    if keys is None:  # another code wordfreq would match approximately: ask it
        return float(wordfreq.zipf_frequency(word, language, wordlist=wordlist))
    return _zipf_of(_word_frequency(word, language, keys))


def _zipf_of(freq: float) -> float:
    """``zipf_frequency``'s last step: a frequency on the Zipf scale, to two decimals."""
    import wordfreq

    return round(wordfreq.freq_to_zipf(freq), 2)


def _bucket_frequency(bucket: int) -> float:
    """The frequency :func:`_word_frequency` gives a one-token word of ``bucket``, by its
    very steps (so the same float)."""
    import wordfreq

    one_over_result = 0.0
    one_over_result += 1.0 / wordfreq.cB_to_freq(-bucket)
    return _rounded(max(1.0 / one_over_result, wordfreq.zipf_to_freq(0.0)))


def _word_frequency(word: str, language: str, keys: _Keys) -> float:
    """wordfreq 3.1.1's ``_word_frequency(word, lang, wordlist, minimum)`` with ``minimum``
    as ``zipf_frequency`` passes it for 0 (``zipf_to_freq(0)``)."""
    import wordfreq
    from wordfreq.numbers import digit_freq, smash_numbers

    minimum = wordfreq.zipf_to_freq(0.0)
    tokens = wordfreq.lossy_tokenize(word, language)
    if not tokens:
        return minimum
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        bucket = keys.bucket(smashed)
        if bucket is None:
            return minimum
        freq = wordfreq.cB_to_freq(-bucket)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if wordfreq.get_language_info(language)["tokenizer"] == "jieba":
        freq *= wordfreq.INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    return _rounded(max(freq, minimum))


def _rounded(unrounded: float) -> float:
    """wordfreq's rounding of a frequency to three significant digits."""
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)
