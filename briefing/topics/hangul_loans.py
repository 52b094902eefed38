"""Whether a Hangul word can be a foreign word written by ear ("브렉시트", "올림픽").

Korean writes a loanword by the national rules for foreign words (외래어 표기법, chapter 1,
article 3), which allow a syllable to end on seven consonants only: ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ
and ㅇ. The other finals are the native grammar's: the past tense's ㅆ ("밝혔다", "했다",
"있었다": a predicate that ends a sentence, often right after a foreign name) and the
double finals of native stems ("밝", "없", "읽"). A word with one of them is a Korean word,
whatever consonants it shares with an English one: never a name's or an act's loan.

Read from the syllables' own code points (Unicode composes each of the 11,172 Hangul
syllables from its initial, vowel and final), so no dictionary is needed.
"""

from __future__ import annotations

__all__ = ["loan_shaped"]

#: The first and last precomposed Hangul syllables, and how many finals each vowel takes
#: (the 27 finals and none).
_FIRST, _LAST, _FINALS = 0xAC00, 0xD7A3, 28
#: The finals a loanword may end a syllable on (their index among the 28): none, ㄱ, ㄴ, ㄹ,
#: ㅁ, ㅂ, ㅅ, ㅇ.
LOAN_FINALS = frozenset({0, 1, 4, 8, 16, 17, 19, 21})


def loan_shaped(word: str) -> bool:
    """Whether every Hangul syllable of ``word`` ends on a final a loanword may use
    ("브렉시트" yes; "밝혔다", with ㄺ and ㅆ, no). Letters of other scripts are not asked."""
    return all(
        (ord(ch) - _FIRST) % _FINALS in LOAN_FINALS for ch in word if _FIRST <= ord(ch) <= _LAST
    )
