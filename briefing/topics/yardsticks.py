"""A place named only as the yardstick of a multiple: "ten times more massive than the Sun".

A story measures what it is about against something everyone knows: "a star 6.5 billion times
the mass of the Sun", "six fois la superficie de la Belgique", "質量は太陽の65億倍", "태양
질량의 65억 배". The Sun, Belgium, the yardstick, is no setting of the story, as the field of
a comparison is not ("the deadliest attack in Europe", :func:`~.weak_mentions.compared`); a
story about the Sun or Belgium names it in other ways too, and a place is dropped only when
every use is such a yardstick (:func:`~.rank._elsewhere_but_once`).

Closed grammar only, read from the words around each use, never from a list of places:

* in a cased script, a multiplicative word ("times", "fois", "mal", "veces", "раз", ...:
  :data:`_TIMES`) after a number (in figures, or a number or scale word of the word's or
  the paragraph's language, num2words' and CLDR's: :mod:`briefing.analysis.number_tables`) at most
  :data:`_GAP_WORDS` words before the place, with no end of a sentence between them; a
  German compound ("sechsmal", "das Zehnfache") carries the number inside it;
* in Chinese, Japanese and Korean, a number and 倍 / 배 ("65亿倍", "65억배") at most
  :data:`_GAP_CHARS` characters after the place, in the same clause.

"At times", "many times" and "quelquefois" have no number, so they measure nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from briefing.analysis.number_tables import compact_scales, multipliers, number_words
from briefing.topics.candidates import Occurrence

#: At most this many words between the multiplicative word and the place: "times more massive
#: than the", "fois celle du", "mal so schwer wie die".
_GAP_WORDS = 6
#: Characters between a place and its multiple in Chinese, Japanese and Korean: "太阳的65亿倍",
#: "태양 질량의 65억 배".
_GAP_CHARS = 14

#: The word that makes a number a multiple, in the cased languages read here (a closed
#: class): English, French, Spanish, Italian, Portuguese, Catalan, Romanian, Dutch, German,
#: Polish, Czech, Russian, Ukrainian, Greek, Turkish. German glues it to its number
#: ("sechsmal", "das Zehnfache"): :data:`_GLUED`.
_TIMES: dict[str, tuple[str, ...]] = {
    "times": ("en",), "fois": ("fr",), "veces": ("es",), "volte": ("it",), "vezes": ("pt",),
    "vegades": ("ca",), "ori": ("ro",), "keer": ("nl",), "mal": ("de",), "razy": ("pl",),
    "razów": ("pl",), "krát": ("cs",), "раз": ("ru", "uk"), "раза": ("ru",),
    "разів": ("uk",), "рази": ("uk",), "φορές": ("el",), "kat": ("tr",),
}  # fmt: skip
_GLUED = re.compile(r"(\w+?)-?(?:mal|fache[nmrs]?)")
#: Words that may stand between a number and its multiplicative word: a scale ("billion",
#: "milliards") and the "de" French, Spanish and Romanian put after one ("milliards de fois").
_LINKS = frozenset({"de", "d'", "d’"})
_FIGURES = re.compile(r"\d")
#: The end of a sentence or clause: a multiple before it measures something else.
_CLAUSE_END = re.compile(r"[.;:!?。！？；\n](?:\s|$)")
#: A multiple in Chinese, Japanese or Korean: a number (figures or Han numerals, a scale
#: character after them) and 倍 or 배; a Korean 배 only alone or before a particle ("배의"),
#: not as the first syllable of another word ("배우", an actor).
_NUMERAL = "0-9０-９一二两兩三四五六七八九十百千万萬亿億억조천백십"
_CJK_MULTIPLE = re.compile(
    rf"[{_NUMERAL}][{_NUMERAL}.,]*\s?(?:倍|배(?:(?![가-힣])|(?=[의에로나가이를는다인씩])))"
)
_CJK_CLAUSE_END = re.compile(r"[。！？；，,!?;]|\.(?!\d)")
_CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})


def yardsticks(
    occurrences: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
) -> set[Occurrence]:
    """The uses of places that are the yardstick of a multiple (see the module's docstring).
    ``languages``: article id → language code (its number words are asked)."""
    found = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        language = languages.get(o.article, "")
        if language in _CJK_LANGUAGES:
            if _multiple_after(text, o.end):
                found.add(o)
        elif _multiple_before(text, o.start, language):
            found.add(o)
    return found


def _multiple_after(text: str, end: int) -> bool:
    """A number and 倍 / 배 within the clause, at most :data:`_GAP_CHARS` after ``end``."""
    window = text[end : end + _GAP_CHARS + 12]
    stop = _CJK_CLAUSE_END.search(window)
    if stop is not None:
        window = window[: stop.start()]
    found = _CJK_MULTIPLE.search(window)
    return found is not None and found.start() <= _GAP_CHARS


def _multiple_before(text: str, start: int, language: str) -> bool:
    """A number and a multiplicative word at most :data:`_GAP_WORDS` words before
    ``start``, in the same sentence."""
    window = text[max(0, start - 120) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    words = [w.strip("«»\"'“”(),") for w in window.split()]
    for i in range(len(words) - 1, max(-1, len(words) - 2 - _GAP_WORDS), -1):
        if _counted(words[i], words[max(0, i - 3) : i], language):
            return True
    return False


def _counted(word: str, before: list[str], language: str) -> bool:
    """Whether ``word`` is a multiplicative word that counts a number: one glued into it
    ("sechsmal", "6,5-fache"), or in the words right ``before`` it ("6.5 billion times",
    "ten times", "6,5 milliards de fois")."""
    lowered = word.casefold()
    if lowered not in _TIMES:
        glued = _GLUED.fullmatch(lowered)
        if glued is None:
            return False
        names, scales = _numbers(language, ("de",))
        head = glued.group(1)
        return (
            bool(_FIGURES.search(head))
            or head in names
            or any(head.endswith(scale) for scale in scales if len(scale) > 3)
        )
    names, scales = _numbers(language, _TIMES[lowered])
    for earlier in reversed(before):
        earlier = earlier.casefold().strip(",.")
        if _FIGURES.search(earlier) or earlier in names:
            return True
        if earlier not in scales and earlier not in _LINKS:
            return False
    return False


@functools.cache
def _numbers(language: str, times: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The number words and the scale words of the multiplicative word's own languages
    (``times``) and of the paragraph's (``language``): a tweet in English quoted in a Spanish
    article ("6.5 billion times"). Worked out once per pair: every word before a place was
    asked to build these sets anew (a few hundred words each), the rank's largest own cost
    after the yardsticks arrived."""
    tongues = {language, *times} - {""}
    names = frozenset(w for t in tongues for w in number_words(t))
    scales = frozenset(w for t in tongues for w in (*multipliers(t), *compact_scales(t)))
    return names, scales
