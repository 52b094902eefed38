"""Chinese, Japanese and Korean text cut into overlapping character bigrams for the index.

Chinese and Japanese put no space between words, and Korean attaches particles to words, so
Whoosh's word pattern makes one term of a whole clause (``俄罗斯总统普京抵达杜尚别``) and no
word inside it can be found. This does what Lucene's CJKAnalyzer and Elasticsearch's
``cjk_bigram`` do: each run of such characters becomes its overlapping bigrams (``俄罗``,
``罗斯``, ``斯总``…), a run of one character one unigram, each with its own position and
character range; a typed word is then the phrase of its bigrams (``query.py``). No library
here does it: Whoosh's NgramFilter grams every token (Latin words too) and gives no
positions per gram; a dictionary segmenter (jieba, MeCab) is a large dependency for one
language each. Text without these scripts goes through Whoosh's pattern untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from briefing.search.tokens import TOKEN_PATTERN as _TOKEN_PATTERN

#: Han (with its radicals, compatibility and extension B+ blocks), Hiragana, Katakana (with
#: half-width forms) and Hangul: scripts written without spaces between words (Korean spaces
#: phrases, not words: particles attach). A run of them is indexed as overlapping bigrams.
_CJK_CHARS = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc\U00020000-\U0003134f"
)
CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")


def has_cjk(text: str) -> bool:
    """True if ``text`` contains a Han, Kana or Hangul character."""
    return not text.isascii() and CJK.search(text) is not None


class _Piece:
    """A piece of a token cut by :func:`word_matches`, read like the ``re.Match`` it stands
    for (``group(0)``, ``start()``, ``end()``, ``span()``), so the loops over words take it
    unchanged."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, _index: int = 0) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def _cjk_pieces(value: str, at: int, end: int) -> Iterator[Word]:
    """Whoosh's words of ``value[at:end]``, each run of CJK characters inside one cut into
    overlapping bigrams (a run of one character stays one unigram), what Lucene's
    CJKAnalyzer and Elasticsearch's ``cjk_bigram`` do: Chinese and Japanese put no space
    between words, so without this a whole clause is one term and no word in it is found.
    The rest of such a token (``G20`` of ``G20峰会``) is matched with Whoosh's pattern again."""
    for match in _TOKEN_PATTERN.finditer(value, at, end):
        start, stop = match.span()
        if CJK.search(value, start, stop) is None:
            yield match
            continue
        last = start
        for run in _CJK_RUN.finditer(value, start, stop):
            yield from _TOKEN_PATTERN.finditer(value, last, run.start())
            first, last = run.span()
            if last - first == 1:
                yield _Piece(value[first], first, last)
            for i in range(first, last - 1):
                yield _Piece(value[i : i + 2], i, i + 2)
        yield from _TOKEN_PATTERN.finditer(value, last, stop)


Word = re.Match[str] | _Piece


def word_matches(value: str, at: int = 0, end: int | None = None) -> Iterable[Word]:
    """The words the index sees in ``value[at:end]``: Whoosh's token pattern, with CJK runs
    as bigrams (:func:`_cjk_pieces`). Text without CJK goes straight to the pattern."""
    stop = len(value) if end is None else end
    if value.isascii() or CJK.search(value, at, stop) is None:
        return _TOKEN_PATTERN.finditer(value, at, stop)
    return _cjk_pieces(value, at, stop)


def join_runs(words: Iterable[str]) -> list[str]:
    """The words of a typed phrase with a space between two CJK characters taken out: the
    index cuts ``抵达青河市`` across the place a reader may type a space (``抵达 青河市``),
    so the phrase must hold the bigram that spans it (``达青``). Other words stay apart."""
    out: list[str] = []
    for word in words:
        if out and out[-1] and word and CJK.match(out[-1][-1]) and CJK.match(word[0]):
            out[-1] += word
        else:
            out.append(word)
    return out
