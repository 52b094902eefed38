"""Whether a Hangul word can be a foreign word written by ear ("브렉시트", "올림픽").

Korean writes a loanword by the national rules for foreign words (외래어 표기법, chapter 1,
article 3), which allow a syllable to end on seven consonants only: ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ
and ㅇ. The other finals are the native grammar's: the past tense's ㅆ ("밝혔다", "했다",
"있었다": a predicate that ends a sentence, often right after a foreign name) and the
double finals of native stems ("밝", "없", "읽"). A word with one of them is a Korean word,
whatever consonants it shares with an English one: never a name's or an act's loan.

Read from the syllables' own code points (Unicode composes each of the 11,172 Hangul
syllables from its initial, vowel and final: :func:`.korean_script_forms.hangul_jamo`), so
no dictionary is needed.
"""

from __future__ import annotations

from briefing.topics.korean_script_forms import hangul_jamo

__all__ = ["loan_shaped"]

#: The finals a loanword may end a syllable on: none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ, ㅇ.
LOAN_FINALS = frozenset(("", *"ㄱㄴㄹㅁㅂㅅㅇ"))


def loan_shaped(word: str) -> bool:
    """Whether every Hangul syllable of ``word`` ends on a final a loanword may use
    ("브렉시트" yes; "밝혔다", with ㄺ and ㅆ, no). Letters of other scripts are not asked."""
    return all(jamo is None or jamo[2] in LOAN_FINALS for jamo in map(hangul_jamo, word))
