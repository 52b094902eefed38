"""Text analysis shared by the index and the highlighter.

A briefing mixes English and Russian (and the odd transliterated name), so one analyzer picks
the stemmer per *token* by script: Cyrillic words go through Whoosh's Snowball Russian
stemmer (``саммита`` → ``саммит``), everything else through Porter. Choosing per token rather
than per article means a Russian quote inside an English report is still findable.

The same analyzer objects are used to index the article and, later, to re-tokenise its
paragraphs for highlights, so a span is exactly what the index matched — never a guess made
with a second tokeniser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
)
from whoosh.analysis.analyzers import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem as porter_stem
from whoosh.lang.snowball.russian import RussianStemmer
from whoosh.lang.stopwords import stoplists

_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: The pattern of Whoosh's RegexTokenizer, shared so ``fast_tokens`` cannot drift from it.
_TOKEN_PATTERN: re.Pattern[str] = default_pattern
_RUSSIAN = RussianStemmer()

#: English (Whoosh's short list, so phrases keep most words) plus Russian function words.
STOPLIST: frozenset[str] = frozenset(STOP_WORDS) | stoplists["ru"]


def has_cyrillic(text: str) -> bool:
    """True if ``text`` contains a Cyrillic letter (it then gets the Russian stemmer)."""
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Stem one lowercased word with the stemmer for its script (cached: words repeat a lot)."""
    if has_cyrillic(word):
        return str(_RUSSIAN.stem(word))
    return str(porter_stem(word))


class ScriptStemFilter(Filter):
    """Stems each token with the Russian or English stemmer, chosen by the token's script."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not token.stopped:
                token.text = stem_word(token.text)
            yield token


def stemming_analyzer() -> Analyzer:
    """Words, lowercased, stop words dropped, stemmed by script: for body, title, furniture."""
    return (
        RegexTokenizer(default_pattern)
        | LowercaseFilter()
        | StopFilter(stoplist=STOPLIST, minsize=2)
        | ScriptStemFilter()
    )


def exact_analyzer() -> Analyzer:
    """Words, lowercased, not stemmed: what the vocabulary holds (``vocabulary.py``) for
    fuzzy ``term~``, prefix ``term*`` and did-you-mean.

    Fuzzy and prefix queries over stems miss one-letter typos of inflected words, and a
    suggestion must be a word the user would type, not a stem. No index field uses it any
    more; it stays as the reference ``fast_tokens(stemmed=False)`` is tested against.
    """
    return (
        RegexTokenizer(default_pattern)
        | LowercaseFilter()
        | StopFilter(stoplist=STOPLIST, minsize=2)
    )


def keyword_analyzer() -> Analyzer:
    """Words, lowercased, nothing removed: for short labels such as the source name."""
    return RegexTokenizer() | LowercaseFilter()


#: Shared instances: analyzers are stateless apart from the stem cache.
STEMMING = stemming_analyzer()
EXACT = exact_analyzer()


@dataclass(frozen=True, slots=True)
class TokenAt:
    """One analysed token of a paragraph: its indexed text, position and character range."""

    text: str
    pos: int
    start: int
    end: int


def fast_tokens(text: str, *, stemmed: bool) -> list[TokenAt]:
    """What ``tokens(STEMMING or EXACT, text)`` returns, three times faster.

    Highlighting re-tokenises every paragraph of every hit, and Whoosh's generator chain is
    most of a search's cost. This does the same steps in one loop: Whoosh's own token
    pattern, lowercase, the stop list with ``minsize=2``, and StopFilter's renumbering (the
    first kept token keeps its position, the rest follow it). A property test holds it equal
    to the real analyzers.
    """
    out: list[TokenAt] = []
    pos: int | None = None
    for index, match in enumerate(_TOKEN_PATTERN.finditer(text)):
        word = match.group(0).lower()
        if len(word) < 2 or word in STOPLIST:
            continue
        pos = index if pos is None else pos + 1
        out.append(TokenAt(stem_word(word) if stemmed else word, pos, match.start(), match.end()))
    return out


def term_ranges(
    text: str, stems: frozenset[str], words: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Character ranges of the tokens whose stem is in ``stems`` or whose unstemmed form is
    in ``words``: what ``fast_tokens`` would select, without building a ``TokenAt`` per
    token (most of the cost of highlighting a hit, and positions are not needed here)."""
    out: list[tuple[int, int]] = []
    for match in _TOKEN_PATTERN.finditer(text):
        word = match.group(0).lower()
        if len(word) < 2 or word in STOPLIST:
            continue
        if word in words or stem_word(word) in stems:
            out.append(match.span())
    return out


def tokens(analyzer: Analyzer, text: str) -> list[TokenAt]:
    """Analyse ``text`` as the index does, keeping character offsets for highlights.

    Whoosh reuses one mutable ``Token`` object while iterating, so each is copied at once.
    """
    return [
        TokenAt(t.text, t.pos, t.startchar, t.endchar)
        for t in analyzer(text, positions=True, chars=True, mode="index")
    ]
