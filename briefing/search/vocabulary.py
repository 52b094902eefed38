"""The index's vocabulary: every unstemmed word, for fuzzy, prefix and wildcard terms and
did-you-mean.

Patterns and suggestions must work on the words a reader types, not on stems (over stems a
one-letter typo of an inflected word finds nothing, and ``commision`` would be "corrected" to
the stem ``commis``: WHOOSH.md #6, #7). The index used to keep a second, unstemmed copy of every
article for that (the ``exact`` field): a second full analysis and posting list of everything,
about half of the build time. All that is needed is the list of words, so this keeps just that
— each word with the number of documents that held it when they were indexed — in a JSON file
beside the index, checksummed with it in the manifest. A pattern is expanded here to words,
the words are analysed in each language of the briefing, and the terms are searched in the
stemmed fields. The file also keeps the set of languages indexed, which is what the query is
analysed for (``analysis.query_terms``).

Lookups compare words with their accents folded (``cathedrale*`` finds ``cathédrale``) but
return the words as written, so a suggestion keeps its accents.

Words of removed or changed articles are not taken out (their old text is gone by then): a
stale word's stem simply matches nothing, suggestions are checked against the index, and a
rebuild starts the vocabulary afresh.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh.automata import fsa, lev

from briefing.model import Article
from briefing.search.analysis import fold, is_stop, word_matches
from briefing.search.manifest import ADDITION_PREFIX, VOCABULARY_FILE
from briefing.search.schema import safe_text
from briefing.search.store import write_json_atomic

#: 2: the languages of the indexed articles are kept with the words.
VOCABULARY_FORMAT = 2
#: Syncs whose words are kept in files of their own before they are folded into the main one.
MAX_ADDITIONS = 16
#: A pattern expands to at most this many words, the most frequent first: a one- or
#: two-letter prefix typed on the way to a word must not OR together thousands of terms.
MAX_PATTERN_WORDS = 64


class VocabularyError(Exception):
    """The vocabulary file exists but cannot be read."""


def article_words(article: Article) -> set[str]:
    """The distinct words of an article as the index sees them before stemming: Whoosh's
    token pattern, lowercased, stop words of their paragraph's language and one-letter words
    left out (title included)."""
    out: set[str] = set()
    parts = [(article.title or "", article.language)]
    parts += [(p.text, p.language or article.language) for p in article.paragraphs]
    for text, language in parts:
        words = {match.group(0).lower() for match in word_matches(safe_text(text))}
        out.update(w for w in words if not is_stop(w, language))
    return out


def article_languages(article: Article) -> set[str]:
    """The languages an article's text is analysed in."""
    return {article.language, *(p.language for p in article.paragraphs if p.language)}


class Vocabulary:
    """Words with document counts, and the lookups patterns and suggestions need."""

    def __init__(self, counts: dict[str, int] | None = None, languages: Iterable[str] = ()) -> None:
        self.counts: Counter[str] = Counter(counts or {})
        #: Every language an indexed article (or paragraph) was analysed in.
        self.languages: set[str] = set(languages)
        self._sorted: list[str] | None = None
        self._folded: dict[str, list[str]] | None = None

    def __contains__(self, word: object) -> bool:
        """True for a known word, accents aside (``cathedrale`` when ``cathédrale`` is known)."""
        return isinstance(word, str) and (word in self.counts or fold(word) in self._by_fold())

    def __len__(self) -> int:
        return len(self.counts)

    def add(self, articles: Iterable[Article]) -> None:
        """Count the words of newly indexed articles."""
        for article in articles:
            self.add_words(article_words(article), article_languages(article))

    def add_words(self, words: set[str], languages: Iterable[str]) -> None:
        """Count one indexed document's distinct ``words`` (as :func:`article_words` gives
        them, or as ``analysis.collecting_words`` gathered them while indexing it)."""
        self.counts.update(words)
        self.languages.update(languages)
        self._sorted = None
        self._folded = None

    def merge(self, other: Vocabulary) -> None:
        """Add the counts and languages of another vocabulary (of other documents)."""
        self.counts.update(other.counts)
        self.languages.update(other.languages)
        self._sorted = None
        self._folded = None

    # ------------------------------------------------------------------ lookups

    def prepare(self) -> None:
        """Build the lookups now rather than on first use (see ``SearchIndex.prepare``)."""
        self._words()

    def _by_fold(self) -> dict[str, list[str]]:
        """Folded form → the words as written that fold to it."""
        if self._folded is None:
            folded: dict[str, list[str]] = {}
            for word in self.counts:
                folded.setdefault(fold(word), []).append(word)
            self._folded = folded
        return self._folded

    def _words(self) -> list[str]:
        """The folded forms, sorted: what prefixes and automata walk over."""
        if self._sorted is None:
            self._sorted = sorted(self._by_fold())
        return self._sorted

    def _written(self, folded: Iterable[str]) -> list[str]:
        by_fold = self._by_fold()
        return [word for key in folded for word in by_fold.get(key, ())]

    def _from(self, start: str) -> str | None:
        """The first word ≥ ``start`` (what Whoosh's automaton search steps through)."""
        words = self._words()
        at = bisect.bisect_left(words, start)
        return words[at] if at < len(words) else None

    def prefixed(self, prefix: str) -> list[str]:
        """Every word starting with ``prefix`` (accents folded on both sides)."""
        return self._written(self._prefixed(fold(prefix)))

    def _prefixed(self, prefix: str) -> list[str]:
        words = self._words()
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\U0010ffff")
        return words[start:end]

    def matching(self, pattern: str) -> list[str]:
        """Words matching a wildcard pattern (``*`` any run, ``?`` one character)."""
        pattern = fold(pattern)
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        regex = re.compile(
            "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern),
            re.DOTALL,
        )
        return self._written(w for w in self._prefixed(literal) if regex.fullmatch(w))

    def within(self, word: str, maxdist: int, prefix: int = 0) -> list[str]:
        """Words at most ``maxdist`` edits from ``word`` that share its first ``prefix``
        letters, found by walking a Levenshtein automaton over the sorted words (Whoosh's
        own method), not by measuring the distance to every word."""
        word = fold(word)
        if not self.counts or prefix > len(word):
            return []
        dfa = lev.levenshtein_automaton(word, maxdist, prefix).to_dfa()
        return self._written(fsa.find_all_matches(dfa, self._from))

    def most_frequent(self, words: Iterable[str], limit: int = MAX_PATTERN_WORDS) -> list[str]:
        """The ``limit`` most frequent of ``words`` (ties alphabetical)."""
        counts = self.counts
        return sorted(words, key=lambda w: (-counts[w], w))[:limit]

    def suggest(
        self,
        word: str,
        *,
        maxdist: int = 2,
        prefix: int = 1,
        accept: Callable[[str], bool] = lambda _: True,
    ) -> str | None:
        """The nearest other word (fewest edits, then most documents), or None."""
        for distance in range(1, maxdist + 1):
            found = [w for w in self.within(word, distance, prefix) if fold(w) != fold(word)]
            for candidate in self.most_frequent(found, limit=len(found)):
                if accept(candidate):
                    return candidate
        return None

    # ------------------------------------------------------------------ files

    def save(self, index_dir: Path) -> None:
        """Write atomically beside the index (the manifest then checksums it), replacing any
        additions (:func:`save_addition`)."""
        _write(index_dir / VOCABULARY_FILE, self)
        for path in _additions(index_dir):
            path.unlink(missing_ok=True)

    @classmethod
    def load(cls, index_dir: Path) -> Vocabulary:
        """Read the vocabulary and its additions; ``VocabularyError`` when one is missing or
        damaged."""
        vocabulary = _read(index_dir / VOCABULARY_FILE)
        for path in _additions(index_dir):
            vocabulary.merge(_read(path))
        return vocabulary


def save_addition(index_dir: Path, added: Vocabulary) -> None:
    """Record the words of one sync's documents beside the index.

    The whole vocabulary is 1.7 MB of JSON at 10,000 articles: reading and writing it again
    for every sync was most of re-indexing one changed file. A sync writes the words it added
    to a file of their own instead (``briefing-words.<n>.json``, checksummed by the manifest
    like the rest), and :meth:`Vocabulary.load` adds them up. Every ``MAX_ADDITIONS`` syncs
    they are folded into the main file.
    """
    if not added.counts and not added.languages:
        return  # a sync that only removed documents
    existing = _additions(index_dir)
    if len(existing) >= MAX_ADDITIONS:
        whole = Vocabulary.load(index_dir)
        whole.merge(added)
        whole.save(index_dir)
        return
    number = 1 + max((_number(path) for path in existing), default=0)
    _write(index_dir / f"{ADDITION_PREFIX}{number}.json", added)


def _number(path: Path) -> int:
    return int(path.name[len(ADDITION_PREFIX) : -len(".json")])


def _additions(index_dir: Path) -> list[Path]:
    """The files of words added since the main file was written, oldest first."""
    found = [
        index_dir / name
        for name in os.listdir(index_dir)
        if name.startswith(ADDITION_PREFIX)
        and name.endswith(".json")
        and name[len(ADDITION_PREFIX) : -len(".json")].isdigit()
    ]
    return sorted(found, key=_number)


def _write(path: Path, vocabulary: Vocabulary) -> None:
    write_json_atomic(
        path,
        {
            "format": VOCABULARY_FORMAT,
            "words": dict(vocabulary.counts),
            "languages": sorted(vocabulary.languages),
        },
    )


def _read(path: Path) -> Vocabulary:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != VOCABULARY_FORMAT:
            raise ValueError("not a vocabulary of this format")
        words = data["words"]
        # JSON keys are always strings; the counts are checked, not converted (0.1 s
        # saved at 100,000 words).
        if not isinstance(words, dict) or not all(type(v) is int for v in words.values()):
            raise ValueError("words are not a mapping of counts")
        languages = data["languages"]
        if not isinstance(languages, list) or not all(isinstance(v, str) for v in languages):
            raise ValueError("languages are not a list of codes")
        return Vocabulary(words, languages)
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise VocabularyError(f"{path.name}: {type(error).__name__}: {error}") from error
