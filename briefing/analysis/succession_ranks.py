"""A place in the line of succession to a throne: "sixth in line to the throne", "шестое
место в очереди на престол", "п’ятий у черзі на престол", "王位継承順位6位", "왕위 계승 서열 6위".

An ordinal rank is one quantity only within one ranking: "the sixth time", "sixth place" or
"the sixth-largest city" are ranks of other things. The line of succession to a throne is a
ranking every language names by a fixed phrase (a line or queue to the throne, "Thronfolge",
"継承順位"), so a rank read right before or after that phrase is one quantity in every language,
keyed by the ranking (:data:`SUCCESSION`), and two articles giving one heir two places
disagree. Who holds the rank is not read (the person's name differs across scripts:
"Harry", "Гарри", "ヘンリー"), but two names in one script are two heirs, whose ranks are
kept apart (:func:`heirs_apart`); an article giving two places (two heirs) is silent, as any
source giving one key two values is (:func:`.figures._judge`), and a sentence that dates
itself by a year ("third in line at his birth in 1984") speaks of another time and is not read.

The ordinal words are num2words' (``to="ordinal"``), with their inflected forms from
pymorphy3 for Russian and Ukrainian ("шестое", "шостого") and the feminine or declined
endings of the others' adjectives ("sexta", "sechster"); digits with the language's ordinal
mark ("6th", "6e", "6.", "6-й", "6º") and the CJK counters ("6位", "第六", "6위") are read
too. The phrases naming the line are grammar of a standing institution, not a story's words:
no package lists them. They are built only for a sentence that names a throne.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote

#: The key of a place in the line of succession to a throne, in every language.
SUCCESSION = "place in the line of succession"
#: The ordinals read: an heir's place is a small number.
_MOST = 30
#: A word for the throne (or the line to it) that a sentence must hold before it is read;
#: searched in the lower-cased sentence (every sentence is asked, and ``re.IGNORECASE`` over
#: these alternatives took ten times as long).
_THRONE = re.compile(
    r"throne|trône|thron|trono|troon|престол|трон|王位|王座|皇位|왕위|succession|sucesi|"
    r"successione|sucess|opvolg|継承|继承|繼承|계승"
)
#: "N (place) in the line …" per language; ``{o}`` is the ordinal (``{o2}`` in a second
#: alternative of one pattern).
_PHRASES: dict[str, str] = {
    "en": r"\b{o}[- ]in[- ]line\b(?=[- ](?:\w+[- ]){{0,2}}?(?:to|for)\s+the\s+(?:\w+\s+)?throne)",
    "fr": r"\b{o}\s+(?:dans\s+l['’]ordre\s+de\s+succession|(?:héritier|héritière)\s+du\s+trône)",
    "de": r"\b{o}\s+(?:Stelle\s+)?(?:in\s+)?der\s+(?:\w+\s+)?Thronfolge",
    "es": r"\b{o}\s+en\s+la\s+línea\s+(?:de\s+sucesión|sucesoria)",
    "pt": r"\b{o}\s+na\s+linha\s+de\s+sucessão",
    "it": r"\b{o}\s+nella\s+linea\s+di\s+successione",
    "nl": r"\b{o}\s+in\s+(?:de\s+)?lijn\s+(?:van\s+(?:de\s+)?troonopvolging|voor\s+de\s+troon)",
    "ru": r"(?<!\w){o}\s+(?:место\s+)?в\s+(?:очереди|линии)\s+(?:на\s+(?:\w+\s+)?(?:престол|трон)|"
    r"наследования|престолонаследия)",
    "uk": r"(?<!\w){o}\s+(?:місце\s+)?[ув]\s+(?:черзі|лінії)\s+(?:на\s+(?:\w+\s+)?(?:престол|трон)|"
    r"успадкування|престолонаслідування)",
    "ja": r"(?:王位|皇位)?継承順位(?:第)?{o}位",
    "zh": r"(?:王位|皇位)?(?:继承|繼承)(?:顺位|順位|顺序|順序)第{o}(?:位|顺位|順位)?|"
    r"第{o2}(?:顺位|順位)(?:王位|皇位)?(?:继承人|繼承人)",
    "ko": r"(?:왕위|왕위\s?계승|계승)\s?(?:서열|순위)\s?(?:제)?{o}\s?위",
}
#: A capitalised word of the Latin or Cyrillic script: a name, but for a sentence's first.
_NAME = re.compile(r"\b[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+")
#: The most letters between a holder's name and the rank it holds.
_NEAR = 60
_YEAR = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
_APOSTROPHES = str.maketrans({"'": "’", "ʼ": "’"})


def succession_ranks(text: str, language: str, quote: Quote) -> list[Figure]:
    """Each place in the line of succession ``text`` gives (module doc)."""
    language = language.split("-")[0]
    if language not in _PHRASES or _THRONE.search(text.lower()) is None or _YEAR.search(text):
        return []
    found = []
    for match in _pattern(language).finditer(text.translate(_APOSTROPHES)):
        value = _value(match.group("o") or match.group("o2"), language)
        if value is None or not 0 < value <= _MOST:
            continue
        written = match.group("o") or match.group("o2")
        shown = match.group() if written[0].isdigit() else f"{match.group()} ({value})"
        holder = _holder(text, match.start())
        found.append(
            Figure((ANY_LANGUAGE, SUCCESSION), None, float(value), float(value), shown,
                   quote, noun="place", measure=True, person=holder)
        )  # fmt: skip
    return found


def _holder(text: str, start: int) -> frozenset[str]:
    """The name written last before a rank, within :data:`_NEAR` letters ("Prince Harry
    (33), sixth in line", "принца Гарри, который занимает шестое место"), folded, with its
    script; empty when none is (a sentence's first word is capitalised by grammar: "Він –
    п’ятий")."""
    names = [m for m in _NAME.finditer(text, 0, start) if m.start() > 0]
    if not names or start - names[-1].end() > _NEAR:
        return frozenset()
    name = names[-1].group()
    return frozenset({f"{_script(name)}:{name.casefold()}"})


def _script(word: str) -> str:
    return "cyrillic" if re.search(r"[Ѐ-ӿ]", word) else "latin"


def heirs_apart(figures: list[Figure]) -> list[Figure]:
    """``figures`` with each place in the line of succession keyed by its holder when the
    sources name two holders in one script ("William, second in line" and "Harry, sixth in
    line" are two heirs, not one heir's two places); a rank of no named holder is then left
    out, since it may be either's. Holders in two scripts cannot be told apart ("Harry",
    "Гарри"): they stay one key, and the ranks' spread (:data:`.figures._MOST_RATIO`) is
    the remaining guard."""
    ranks = [f for f in figures if f.key == (ANY_LANGUAGE, SUCCESSION)]
    named = {name for f in ranks for name in f.person}
    scripts = [name.split(":", 1)[0] for name in named]
    if len(scripts) == len(set(scripts)):
        return figures
    return [
        replace(f, key=(ANY_LANGUAGE, f"{SUCCESSION} {min(f.person)}")) if f in ranks else f
        for f in figures
        if f not in ranks or f.person
    ]


@cache
def _pattern(language: str) -> re.Pattern[str]:
    words = sorted(ordinal_words(language), key=len, reverse=True)
    if language in ("ja", "zh", "ko"):
        number = r"\d{1,2}|[一二三四五六七八九十]{1,3}" if language != "ko" else r"\d{1,2}"
    else:
        marks = r"(?:st|nd|rd|th|e|er|ème|\.|-?[йаея]|º|ª|°)"
        number = rf"\d{{1,2}}{marks}" + (f"|{'|'.join(map(re.escape, words))}" if words else "")
    phrase = _PHRASES[language].format(o=f"(?P<o>{number})", o2=f"(?P<o2>{number})")
    return re.compile(phrase, re.IGNORECASE)


def _value(written: str, language: str) -> int | None:
    digits = re.match(r"\d+", written)
    if digits:
        return int(digits.group())
    if language in ("ja", "zh"):
        from briefing.analysis.cjk_spans import cjk_value

        found = cjk_value(written)
        return int(found) if found is not None else None
    return ordinal_words(language).get(written.casefold())


@cache
def ordinal_words(language: str) -> dict[str, int]:
    """``language``'s ordinal words up to :data:`_MOST`, lower-cased, in their inflected forms
    (module doc) → value; {} where num2words writes none."""
    from num2words import num2words

    found: dict[str, int] = {}
    for value in range(1, _MOST + 1):
        try:
            word = num2words(value, lang=language, to="ordinal").casefold()
        except (NotImplementedError, KeyError, ValueError, TypeError, AttributeError):
            return {}
        word = word.translate(_APOSTROPHES)
        for form in (word, *_forms(word, language)):
            found.setdefault(form, value)
    return found


def _forms(word: str, language: str) -> tuple[str, ...]:
    """The other forms of an ordinal adjective: by pymorphy3 in Russian and Ukrainian, by
    the adjective endings elsewhere ("sexto" → "sexta", "sechste" → "sechster")."""
    if language in ("ru", "uk") and " " not in word:
        return _lexeme(word, language)
    if language in ("es", "it", "pt") and word.endswith("o"):
        return (word[:-1] + "a", word[:-1] + "i", word[:-1] + "e")
    if language == "de" and word.endswith("e"):
        return tuple(word + end for end in ("r", "n", "s", "m"))
    if language == "fr" and word == "premier":
        return ("première",)
    return ()


def _lexeme(word: str, language: str) -> tuple[str, ...]:
    try:
        analyzer = _analyzer(language)
    except (ImportError, ValueError, OSError):
        return ()
    parsed = analyzer.parse(word.replace("’", "'"))
    if not parsed:
        return ()
    return tuple(f.word.replace("'", "’") for f in parsed[0].lexeme)


@cache
def _analyzer(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)
