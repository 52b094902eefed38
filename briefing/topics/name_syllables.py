"""Whether a dash or a full stop inside a run of capitals belongs to the name: a romanised
East Asian given name of two syllables ("Kim Jong-un", "Lee Gyeong-og") or a given name cut
short ("Donald J. Trump"). Kept apart from :mod:`briefing.topics.tokens` (which asks them
while chunking) so that module stays small; they read tokens and never build them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.topics.lexicon import NAME_PARTICLES, STOPWORDS

if TYPE_CHECKING:
    from briefing.topics.tokens import Token

#: The dashes a name or a compound is written with.
DASHES = frozenset("-–—")

#: Letters that make a two-letter abbreviation a syllable (a whole name: "Un", "Xi", "Li"),
#: never a given name cut short ("Th.", "Ch.", "Wm.").
_VOWELS = frozenset("aeiouyAEIOUY")
#: Roman numerals, whose full stop ends a sentence: "World War I. Germany lost".
_NUMERALS = frozenset("IVX")


#: One syllable of a romanised Chinese or Korean name: consonants, one to three vowels, and
#: at most a nasal or stop ("Jong", "un", "Wai", "ho", "chiu", "keung", "ngor", "Yuet").
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmptkhrl])?")


def syllable_pair(tokens: list[Token], j: int) -> bool:
    """``tokens[j]``, a dash and a lower-case word, all touching, are one given name of two
    romanised syllables ("Kim Jong-un", "Ho Wai-ho", "Lee Ka-chiu"): the second syllable is
    written in lower case, so the run of capitals would stop at the dash and cut the name.
    Each half must be shaped like one syllable, which words glued to a name are not
    ("Tai Po-based", "Hong Kong-born", "Xi-led", "Kong-ului"); a name particle ("Jean-de-…")
    or a further dash ("Saint-Jean-de-Luz") is no syllable of a given name. The caller
    asks only after a first name word (a surname before it)."""
    if j + 2 >= len(tokens):
        return False
    left, dash, right = tokens[j], tokens[j + 1], tokens[j + 2]
    return (
        dash.text == "-"
        and left.end == dash.start
        and dash.end == right.start
        and left.text[:1].isupper()
        and right.text.isalpha()
        and right.text.islower()
        and right.text not in NAME_PARTICLES
        and not (
            j + 3 < len(tokens)
            and tokens[j + 3].text in DASHES
            and tokens[j + 3].start == right.end
        )
        and (
            (
                _SYLLABLE.fullmatch(left.lower) is not None
                and _SYLLABLE.fullmatch(right.text) is not None
            )
            or _korean_pair(left.text, right.text)
        )
    )


def _korean_pair(left: str, right: str) -> bool:
    """Both halves are one romanised Korean syllable each, a voiced final included ("Gyeong-og",
    "Hyeon-seob"): :data:`_SYLLABLE` takes the stops a Chinese or Korean syllable ends on as
    most outlets write them ("ok", "seop"), not the voiced "g", "b", "d" a Korean name's own
    romanisation often keeps; an English word glued after a name ("-led", "-era", "-bred")
    is no Korean syllable."""
    from briefing.analysis.korean_romanisation import korean_syllable

    return korean_syllable(left) and korean_syllable(right)


def abbreviated_name(tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` is a given name cut short inside a full name, its full stop no sentence's
    end: "Donald J. Trump", "Guðni Th. Jóhannesson". One capital letter (not a Roman
    numeral), or a capital and a lower-case consonant (no vowel: no syllable of its own, as
    "Un" of "Kim Jong Un. He said" is), after a capitalised name word, the stop glued to it
    and one space before a capitalised word that no sentence opener is ("Plan B. Then")."""
    word = tokens[j].text
    if not (
        (len(word) == 1 and word.isupper() and word not in _NUMERALS)
        or (
            len(word) == 2
            and word[0].isupper()
            and word[1].islower()
            and word.isascii()
            and not _VOWELS.intersection(word)
        )
    ):
        return False
    if j == 0 or j + 2 >= len(tokens):
        return False
    before, stop, after = tokens[j - 1], tokens[j + 1], tokens[j + 2]
    return (
        before.text[0].isupper()
        and before.text.isalpha()
        and stop.text == "."
        and stop.start == tokens[j].end
        and after.start == stop.end + 1
        and after.text[0].isupper()
        and after.text.isalpha()
        and after.lower not in STOPWORDS
    )
