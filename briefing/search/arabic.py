"""Arabic stemming: the ISRI stemmer Whoosh ships, with its two-letter prefix step repaired.

Whoosh's copy of NLTK's ISRI stemmer (``whoosh.lang.isri``, NLTK 2012) nests the test for a
two-letter prefix (the article ``ال``, or ``لل``) inside the test for a six-letter word, so a
five-letter word never loses its article: ``التاج`` ("the crown") went on through the
five-letter patterns and came out ``لاج``, while ``تاج`` stayed ``تاج``, and a search for
the bare noun missed every ``ال`` form of a three-letter noun — ``العام`` / ``عام`` (year),
``الناس``, ``الملك``, ``الجيش``, ``الوقت``. The algorithm (Taghva et al. 2005) removes a
two-letter prefix from any word of five letters or more, and NLTK's later versions test it
that way; this does the same. Nothing else of ISRI changes, and a word of six letters or more
stems as before (the two-letter test was reached for those already).

The price is a hamza-less spelling of a word that begins with ``إ``/``أ`` then ``ل``
(``الغاء`` for ``إلغاء``, ``البوم`` for ``ألبوم``), or ``ل`` before a ``ل`` root (``للقاء``):
it now loses those letters as if they were the article. Written with its hamza the word is
untouched (the prefix step runs before ISRI folds an initial hamza to a bare alif). Of
wordfreq's 30,000 most frequent Arabic words 525 change stem, all five-letter ``ال``/``لل``
words; 11 of them are such hamza-less spellings of a word in the same list, the rest are the
article or ``لل`` before a three-letter word. The same fix is not made to ISRI's two-letter
suffix step, which has the same nesting: five-letter names ending in ``يا`` (``سوريا``,
``تركيا``) would lose it and meet unrelated roots, which needs its own measure.
"""

from __future__ import annotations

from whoosh.lang.isri import ISRIStemmer

__all__ = ["stem"]


class _ISRI(ISRIStemmer):
    """ISRI with the two-letter prefix tested for every word of five letters or more."""

    stm: str  # the word being stemmed, as ISRI's steps leave it

    def pre32(self) -> str | None:
        """Remove one three-letter prefix (six letters or more) or else one two-letter prefix
        (five letters or more), as the algorithm states."""
        word = self.stm
        if len(word) >= 6:
            for prefix in self.p3:
                if word.startswith(prefix):
                    self.stm = word[3:]
                    return word[3:]
        if len(word) >= 5:
            for prefix in self.p2:
                if word.startswith(prefix):
                    self.stm = word[2:]
                    return word[2:]
        return None


_STEMMER = _ISRI()


def stem(word: str) -> str:
    """The ISRI stem of a lowercased Arabic word (``التاج`` → ``تاج``)."""
    return str(_STEMMER.stem(word))
