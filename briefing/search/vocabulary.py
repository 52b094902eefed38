"""The index's vocabulary: every unstemmed word, for fuzzy, prefix and wildcard terms and
did-you-mean.

Patterns and suggestions must work on the words a reader types, not on stems (over stems a
one-letter typo of an inflected word finds nothing, and ``commision`` would be "corrected" to
the stem ``commis``: WHOOSH.md #6, #7). The index used to keep a second, unstemmed copy of every
article for that (the ``exact`` field): a second full analysis and posting list of everything,
about half of the build time. All that is needed is the list of words, so this keeps just that
— each word with the number of documents that held it when they were indexed — in a JSON file
beside the index, checksummed with it in the manifest. A pattern is expanded here to words,
the words are stemmed, and the stems are searched in the stemmed fields.

Words of removed or changed articles are not taken out (their old text is gone by then): a
stale word's stem simply matches nothing, suggestions are checked against the index, and a
rebuild starts the vocabulary afresh.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh.analysis.tokenizers import default_pattern
from whoosh.automata import fsa, lev

from briefing.model import Article
from briefing.search.analysis import STOPLIST
from briefing.search.schema import safe_text
from briefing.search.store import VOCABULARY_FILE, write_json_atomic

VOCABULARY_FORMAT = 1
#: A pattern expands to at most this many words, the most frequent first: a one- or
#: two-letter prefix typed on the way to a word must not OR together thousands of terms.
MAX_PATTERN_WORDS = 64


class VocabularyError(Exception):
    """The vocabulary file exists but cannot be read."""


def article_words(article: Article) -> set[str]:
    """The distinct words of an article as the unstemmed analysis sees them: Whoosh's token
    pattern, lowercased, stop words and one-letter words left out (title included)."""
    text = safe_text(f"{article.title or ''}\n\n{article.text}")
    words = {match.group(0).lower() for match in default_pattern.finditer(text)}
    return {w for w in words if len(w) >= 2 and w not in STOPLIST}


class Vocabulary:
    """Words with document counts, and the lookups patterns and suggestions need."""

    def __init__(self, counts: dict[str, int] | None = None) -> None:
        self.counts: Counter[str] = Counter(counts or {})
        self._sorted: list[str] | None = None

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def add(self, articles: Iterable[Article]) -> None:
        """Count the words of newly indexed articles."""
        for article in articles:
            self.counts.update(article_words(article))
        self._sorted = None

    # ------------------------------------------------------------------ lookups

    def _words(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.counts)
        return self._sorted

    def _from(self, start: str) -> str | None:
        """The first word ≥ ``start`` (what Whoosh's automaton search steps through)."""
        words = self._words()
        at = bisect.bisect_left(words, start)
        return words[at] if at < len(words) else None

    def prefixed(self, prefix: str) -> list[str]:
        """Every word starting with ``prefix``."""
        words = self._words()
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\U0010ffff")
        return words[start:end]

    def matching(self, pattern: str) -> list[str]:
        """Words matching a wildcard pattern (``*`` any run, ``?`` one character)."""
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        regex = re.compile(
            "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern),
            re.DOTALL,
        )
        return [w for w in self.prefixed(literal) if regex.fullmatch(w)]

    def within(self, word: str, maxdist: int, prefix: int = 0) -> list[str]:
        """Words at most ``maxdist`` edits from ``word`` that share its first ``prefix``
        letters, found by walking a Levenshtein automaton over the sorted words (Whoosh's
        own method), not by measuring the distance to every word."""
        if not self.counts or prefix > len(word):
            return []
        dfa = lev.levenshtein_automaton(word, maxdist, prefix).to_dfa()
        return list(fsa.find_all_matches(dfa, self._from))

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
            found = [w for w in self.within(word, distance, prefix) if w != word]
            for candidate in self.most_frequent(found, limit=len(found)):
                if accept(candidate):
                    return candidate
        return None

    # ------------------------------------------------------------------ files

    def save(self, index_dir: Path) -> None:
        """Write atomically beside the index (the manifest then checksums it)."""
        write_json_atomic(
            index_dir / VOCABULARY_FILE,
            {"format": VOCABULARY_FORMAT, "words": dict(self.counts)},
        )

    @classmethod
    def load(cls, index_dir: Path) -> Vocabulary:
        """Read the vocabulary; ``VocabularyError`` when it is missing or damaged."""
        try:
            data = json.loads((index_dir / VOCABULARY_FILE).read_bytes().decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != VOCABULARY_FORMAT:
                raise ValueError("not a vocabulary of this format")
            words = data["words"]
            # JSON keys are always strings; the counts are checked, not converted (0.1 s
            # saved at 100,000 words).
            if not isinstance(words, dict) or not all(type(v) is int for v in words.values()):
                raise ValueError("words are not a mapping of counts")
            return cls(words)
        except (OSError, ValueError, TypeError, KeyError) as error:
            raise VocabularyError(f"{type(error).__name__}: {error}") from error
