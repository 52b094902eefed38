"""The text analyzer as it was before it became one loop: Whoosh's composition of a tokenizer
and two filters. Kept here, unchanged but for its imports and the CJK bigrams (``cjk.py``),
as the reference the fused ``analysis.LanguageAnalyzer`` is held equal to
(``test_analysis.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from whoosh.analysis import Analyzer, LowercaseFilter, Token
from whoosh.analysis.acore import Composable
from whoosh.analysis.filters import Filter
from whoosh.analysis.tokenizers import Tokenizer

from briefing.search import analysis
from briefing.search.cjk import Word, word_matches


class LanguageTokenizer(Tokenizer):
    """Whoosh's word pattern, over text in which :func:`tagged` markers switch the language.

    Each token carries ``lang``; the markers take no position and yield no token, and
    character offsets stay offsets into the value as given.
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
            t.original = t.text = value
            t.boost, t.stopped, t.lang = 1.0, False, "und"
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        language = "und"
        at = 0
        for marker in [*analysis._MARKER.finditer(value), None]:
            end = marker.start() if marker else len(value)
            if mode == "query":  # the typed word whole: query.py cuts a CJK word
                words: Iterable[Word] = analysis._TOKEN_PATTERN.finditer(value, at, end)
            else:  # CJK runs as bigrams (cjk.py)
                words = word_matches(value, at, end)
            for match in words:
                t.text = match.group(0)
                t.boost = 1.0
                t.stopped = False
                t.lang = language
                if keeporiginal:
                    t.original = t.text
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                pos += 1
                yield t
            if marker:
                language, at = marker.group(1), marker.end()


class LanguageFilter(Filter):
    """Stop words, stemming and folding by each token's ``lang`` (see the module docstring),
    renumbering positions past removed words as Whoosh's StopFilter does. In query mode the
    words pass through lowercased only: ``query.py`` analyses them once per language.
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        pos: int | None = None
        for t in tokens:
            if t.mode == "query":
                yield t
                continue
            term = analysis.analyse_word(t.text, getattr(t, "lang", "und"))
            if term is None:
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            if t.positions:
                if pos is None:
                    pos = t.pos
                else:
                    pos += 1
                    t.pos = pos
            t.text = term
            t.stopped = False
            yield t


def chain_analyzer() -> Analyzer:
    """The composition the index used: tokenizer, lowercase, language filter."""
    chain: Composable = LanguageTokenizer() | LowercaseFilter() | LanguageFilter()
    return chain
