"""The content words of unspaced Han text, for comparing what articles say (``relevance``).

Chinese and Japanese write no spaces, so the word pattern takes a whole clause as one word
and no two articles ever share one: every statement in those languages looked said by one
source alone. As the search index does (:mod:`briefing.search.cjk`, after Lucene's
CJKAnalyzer), each run of Han characters is cut into overlapping bigrams ("签署协议" →
"签署", "署协", "协议"); two articles saying the same thing share some of them.

A guard keeps function characters from counting as shared words: a bigram holding one of the
single-character function words of stopwords-iso's Chinese list (的, 了, 在, 是, 和, 日,
月…) is dropped, as is a bigram that is a listed function word itself (因为, 我们) or part of a
month or weekday name (星期). Kana are not cut: hiragana are the particles and endings of
Japanese (は, で, した), and katakana write foreign names and loanwords, which the spaced
languages' rule leaves out as names too. Hangul is spaced by phrase and read as words.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.locales import month_names, weekday_names

#: Runs of Han characters (unified, extension A, compatibility and extension B+ blocks).
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


def han_words(text: str, language: str) -> list[str]:
    """The overlapping Han bigrams of ``text`` that hold no function character."""
    skip_chars, skip_pairs = _function_words(language)
    words = []
    for run in HAN_RUN.findall(text):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair[0] in skip_chars or pair[1] in skip_chars or pair in skip_pairs:
                continue
            words.append(pair)
    return words


def has_han(word: str) -> bool:
    """True if ``word`` contains a Han character (it is then read by :func:`han_words`)."""
    return not word.isascii() and HAN_RUN.search(word) is not None


@cache
def _function_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Single function characters, and two-character function words and pieces of month and
    weekday names, from stopwords-iso's Chinese list and CLDR's names for ``language``."""
    import stopwordsiso

    listed = set(stopwordsiso.stopwords("zh")) | set(stopwordsiso.stopwords("ja"))
    chars = frozenset(w for w in listed if len(w) == 1)
    pairs = {w for w in listed if len(w) == 2}
    for name in [*month_names(language), *weekday_names(language), *month_names("zh")]:
        for run in HAN_RUN.findall(name):
            pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    for name in weekday_names("zh"):
        for run in HAN_RUN.findall(name):
            pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return chars, frozenset(pairs)
