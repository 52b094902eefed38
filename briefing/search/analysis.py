"""Text analysis shared by the index, the query and the highlighter, per language.

Each word is analysed in the language of its paragraph (the article's detected language, or
the paragraph's own where an article mixes languages): that language's stop words, then its
stemmer (a Snowball stemmer, Porter for English as before, pymorphy3's lemmas for Ukrainian:
:mod:`briefing.search.stemmers`), then accents folded, so ``cathédrales`` and ``cathedrale``
meet at ``cathedral`` and ``Nuñez`` at ``nunez``. English words are first put in American
spelling (``labour`` → ``labor``, ``organise`` → ``organize``) from the ``eng`` package's word
list.

A word in another script than its language's (a Latin name in a Russian report, a Russian quote
in an English one) falls back by script: Cyrillic → Russian, Latin → English. That is also
how an article of undetermined language (``und``), or of a language without a stemmer here
(Slovenian, Croatian, Serbian, Bulgarian…), is analysed — exactly what the index did before
languages were detected. Words are Whoosh's pattern's, except that a sentence glued to the
next without a space (``towers.Firefighters``) is two words and that combining marks (Indic
vowel signs, Hebrew points, Arabic harakat) stay inside a word (:mod:`briefing.search.tokens`);
runs of Chinese, Japanese and Korean characters are cut into overlapping bigrams
(:mod:`briefing.search.cjk`).

The index gets the language of each paragraph through a marker the document builder puts in
front of it (:func:`tagged`), which :class:`LanguageAnalyzer` reads and never indexes. The
query is *not* stemmed by the parser (query mode only lowercases): the rewrite in
``query.py`` analyses each typed word once per language of the briefing (:func:`query_terms`),
so a user need not know which language a passage is in. The highlighter re-tokenises a
paragraph with :func:`fast_tokens` in that paragraph's language, so a span is exactly what
the index matched, at the right characters of the original text.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from whoosh.analysis import Analyzer, LowercaseFilter, RegexTokenizer, Token
from whoosh.analysis.analyzers import STOP_WORDS
from whoosh.lang.stopwords import stoplists

from briefing.search.cjk import CJK, Word, has_cjk, word_matches
from briefing.search.han import simplified_table
from briefing.search.spelling import american
from briefing.search.stemmers import stemmer as _stemmer
from briefing.search.tokens import TOKEN_PATTERN
from briefing.word_marks import WORD_CHARS

#: The word pattern (Whoosh's, less sentences glued without a space: ``tokens.py``), shared
#: so ``fast_tokens`` and the highlighter cannot drift from the index.
_TOKEN_PATTERN: re.Pattern[str] = TOKEN_PATTERN
_CYRILLIC = re.compile("[\u0400-\u04ff]")

#: Marks the language of the text that follows it in an indexed field: ``\ue000fr\ue001``.
#: Private-use characters: the sanitiser keeps article text free of them, and a query cannot
#: contain them (``query.clean``), so only the document builder writes one.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"{_MARK_OPEN}([a-z]{{2,3}}){_MARK_CLOSE}")

#: Languages written in Cyrillic; a Cyrillic word in any other language is analysed as Russian.
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "kk", "ky", "mk", "mn", "sr", "tg"})
#: Languages whose letters are neither Latin nor Cyrillic (their stemmer sees only their script).
_OTHER_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "he", "el", "hi", "zh", "ja", "ko", "th"})


def has_cyrillic(text: str) -> bool:
    """True if ``text`` contains a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def word_terms(word: str, language: str) -> tuple[str, ...]:
    """The terms one typed (lowercased) word is indexed as in ``language``: one at most, but
    a word with CJK characters gives its bigrams, to be matched as a phrase."""
    if not has_cjk(word):
        term = analyse_word(word, language)
        return (term,) if term else ()
    found = (analyse_word(m.group(0).lower(), language) for m in word_matches(word))
    return tuple(t for t in found if t)


def _script(word: str) -> str:
    if _CYRILLIC.search(word):
        return "cyrillic"
    return "latin" if ord(word[0]) < 0x250 or 0x1E00 <= ord(word[0]) <= 0x1EFF else "other"


def _language_script(language: str) -> str:
    if language in CYRILLIC_LANGUAGES:
        return "cyrillic"
    return "other" if language in _OTHER_SCRIPT_LANGUAGES else "latin"


_FALLBACK = {"cyrillic": "ru", "latin": "en"}


def effective_language(word: str, language: str) -> str | None:
    """The language whose rules analyse ``word`` in a paragraph in ``language``."""
    script = _script(word)
    if _stemmer(language) is not None and _language_script(language) == script:
        return language
    return _FALLBACK.get(script)


@lru_cache(maxsize=64)
def stoplist(language: str | None) -> frozenset[str]:
    """Stop words of a language: Whoosh's short English list (phrases keep most words) or the
    language's list from ``whoosh.lang.stopwords``; none for a language Whoosh has no list for."""
    if language == "en":
        return frozenset(STOP_WORDS)
    return frozenset(stoplists.get(language or "", ()))


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics → without (é → e, ñ → n, ł → l, ß → ss, æ → ae);
    traditional Chinese characters → simplified (``黨`` → ``党``: :mod:`briefing.search.han`)."""
    table: dict[int, str] = {0xDF: "ss", 0xE6: "ae", 0xF8: "o", 0x153: "oe", 0x142: "l", 0x131: "i"}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base and base != char and base.isascii():
            table.setdefault(code, base.lower() if char.islower() else base)
    for mark in range(0x300, 0x370):  # a combining accent left by lowercasing (İ → i̇)
        table[mark] = ""
    for mark in (*range(0x591, 0x5C8), *range(0x64B, 0x660), 0x670):
        if unicodedata.category(chr(mark)) == "Mn":  # Hebrew points, Arabic harakat
            table[mark] = ""
    table.update(simplified_table())
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` with Latin accents removed (Cyrillic й, ё and the rest are left alone), and
    Hebrew and Yiddish points and Arabic harakat, which most text leaves out: ``שָׁלוֹם`` meets
    ``שלום`` and ``جداً`` stays ``جدا``, as it was when the word pattern cut the haraka off
    (schema 11); and traditional Chinese characters, so ``保守黨`` meets ``保守党`` (schema 12;
    every mapping keeps the length, so folded text keeps its character offsets). Vowel signs
    of Indic scripts and Thai are letters of the word, never folded.

    ASCII text is returned as it is (the table maps nothing below U+00C0): ``translate``
    looks every character up, and most words and paragraphs are ASCII (folding the 111,000
    words of a 10,000-article vocabulary went from 0.17 s to a few ms)."""
    return text if text.isascii() else text.translate(_FOLD)


@lru_cache(maxsize=400_000)
def analyse_word(word: str, language: str) -> str | None:
    """The indexed term for one lowercased word in a paragraph in ``language``; None for a
    stop word or a one-letter word (cached: words repeat a lot). A lone CJK character is kept:
    it is a word (``日``), and CJK text reaches here cut into bigrams."""
    if len(word) < 2 and CJK.match(word) is None:
        return None
    rules = effective_language(word, language)
    if word in stoplist(rules):
        return None
    if rules == "en":
        word = american(word)
    stem = _stemmer(rules)
    return fold(str(stem(word)) if stem else word)


def is_stop(word: str, language: str) -> bool:
    """True when ``word`` is not indexed in ``language`` (a stop word or one letter)."""
    if len(word) < 2:
        return CJK.match(word) is None
    return word in stoplist(effective_language(word, language))


def query_terms(word: str, languages: Iterable[str]) -> frozenset[str]:
    """Every term a typed word may have been indexed as, over the briefing's languages (and
    the script's fallback, which analysed undetermined articles)."""
    found = {analyse_word(word, language) for language in languages}
    found.add(analyse_word(word, "und"))
    found.discard(None)
    return frozenset(t for t in found if t)


def tagged(text: str, language: str) -> str:
    """``text`` preceded by the marker that tells :class:`LanguageAnalyzer` its language."""
    return f"{_MARK_OPEN}{language or 'und'}{_MARK_CLOSE}{text}"


class _Sink(threading.local):
    words: set[str] | None = None


_SINK = _Sink()


@contextmanager
def collecting_words() -> Iterator[set[str]]:
    """Collect, in this thread, every word the index analysis keeps (lowercased, before
    stemming) while the block runs: the vocabulary of a document, gathered in the pass that
    indexes it instead of tokenising the article a second time (``vocabulary.py``)."""
    words: set[str] = set()
    _SINK.words = words
    try:
        yield words
    finally:
        _SINK.words = None


class LanguageAnalyzer(Analyzer):
    """The text fields' analyzer: the word pattern (``tokens.py``) over text in which :func:`tagged`
    markers switch the language, lowercased, then stop words, stemming and folding by each
    word's language (see the module docstring), in one pass.

    It was a tokenizer and two filters (Whoosh's composition: a generator per stage, a
    quarter of the indexing time went into handing each token along); this one loop does
    exactly what they did, and a property test holds it to that. Each token carries
    ``lang``; the markers take no position and yield no token; character offsets are
    offsets into the value as given; positions past a removed word are renumbered as
    Whoosh's StopFilter does (the first kept word keeps its position, the rest follow it).
    In query mode the words are only lowercased: ``query.py`` analyses them once per
    language. Inside :func:`collecting_words` each kept word is also collected.
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:  # the parser hands over a wildcard or prefix whole
            yield from self._whole(t, value, positions, chars, start_pos, start_char)
            return
        query = mode == "query"
        sink = _SINK.words
        pos = start_pos
        kept: int | None = None  # the position of the last word kept
        language = "und"
        at = 0
        for marker in [*_MARKER.finditer(value), None]:
            end = marker.start() if marker else len(value)
            if query:  # the typed word whole: query.py cuts it
                words: Iterable[Word] = _TOKEN_PATTERN.finditer(value, at, end)
            else:
                words = word_matches(value, at, end)
            for match in words:
                original = match.group(0)
                word = original.lower()
                here = pos
                pos += 1
                t.boost = 1.0
                t.lang = language
                if keeporiginal:
                    t.original = original
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                term = None if query else analyse_word(word, language)
                if term is None:
                    if query or not removestops:
                        t.text, t.stopped = word, not query
                        if positions:
                            t.pos = here
                        yield t
                    continue
                if sink is not None:
                    sink.add(word)
                if positions:
                    kept = here if kept is None else kept + 1
                    t.pos = kept
                t.text, t.stopped = term, False
                yield t
            if marker:
                language, at = marker.group(1), marker.end()

    @staticmethod
    def _whole(
        t: Token, value: str, positions: bool, chars: bool, start_pos: int, start_char: int
    ) -> Iterator[Token]:
        """The value as one token (``tokenize=False``), lowercased, analysed as a word of
        undetermined language unless in query mode."""
        t.boost, t.stopped, t.lang = 1.0, False, "und"
        t.original = value
        if positions:
            t.pos = start_pos
        if chars:
            t.startchar, t.endchar = start_char, start_char + len(value)
        word = value.lower()
        if t.mode == "query":
            t.text = word
            yield t
            return
        term = analyse_word(word, "und")
        if term is None:
            if not t.removestops:
                t.text, t.stopped = word, True
                yield t
            return
        if _SINK.words is not None:
            _SINK.words.add(word)
        t.text = term
        yield t


def stemming_analyzer() -> Analyzer:
    """Words by language, lowercased, stop words dropped, stemmed, folded: for the text fields."""
    return LanguageAnalyzer()


def keyword_analyzer() -> Analyzer:
    """Words, lowercased, nothing removed: for short labels such as the source name. The
    words are Whoosh's default pattern's (``\\w+(\\.?\\w+)*``) with the combining marks kept
    inside them (``दैनिक भास्कर``, ``word_marks.py``)."""
    return RegexTokenizer(_SOURCE_WORD) | LowercaseFilter()


#: Whoosh's default word pattern, marks included (equal to it on text without marks).
_SOURCE_WORD = rf"\w[{WORD_CHARS}]*(?:\.\w[{WORD_CHARS}]*)*"


#: Shared instance: analyzers are stateless apart from the caches.
STEMMING = stemming_analyzer()


@dataclass(frozen=True, slots=True)
class TokenAt:
    """One analysed token of a paragraph: its indexed text, position and character range."""

    text: str
    pos: int
    start: int
    end: int


def fast_tokens(text: str, *, stemmed: bool, language: str = "und") -> list[TokenAt]:
    """What ``tokens(STEMMING, tagged(text, language))`` returns, in one loop.

    Highlighting re-tokenises every paragraph of every hit, and Whoosh's generator chain is
    most of a search's cost. This does the same steps: the index's word pattern, lowercase,
    the language's stop words, and the stop filter's renumbering (the first kept token keeps
    its position, the rest follow it). With ``stemmed=False`` the words are only lowercased.
    A property test holds it equal to the real analyzer.
    """
    out: list[TokenAt] = []
    pos: int | None = None
    for index, match in enumerate(word_matches(text)):
        word = match.group(0).lower()
        term = analyse_word(word, language)
        if term is None:
            continue
        pos = index if pos is None else pos + 1
        out.append(TokenAt(term if stemmed else word, pos, match.start(), match.end()))
    return out


def term_ranges(
    text: str, stems: frozenset[str], words: frozenset[str] = frozenset(), language: str = "und"
) -> list[tuple[int, int]]:
    """Character ranges of the tokens whose indexed term is in ``stems`` or whose lowercased
    form is in ``words``: what ``fast_tokens`` would select, without building a ``TokenAt``
    per token (most of the cost of highlighting a hit, and positions are not needed here)."""
    out: list[tuple[int, int]] = []
    for match in word_matches(text):
        word = match.group(0).lower()
        term = analyse_word(word, language)
        if term is None:
            continue
        if word in words or term in stems:
            out.append(match.span())
    return out


def tokens(analyzer: Analyzer, text: str) -> list[TokenAt]:
    """Analyse ``text`` as the index does, keeping character offsets.

    Whoosh reuses one mutable ``Token`` object while iterating, so each is copied at once.
    """
    return [
        TokenAt(t.text, t.pos, t.startchar, t.endchar)
        for t in analyzer(text, positions=True, chars=True, mode="index")
    ]
