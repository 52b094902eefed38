"""How many times stronger than an earlier one: "five to six times stronger than the fifth
test", "près de 10 fois plus puissante que le dernier essai", "5차 핵실험 때보다 5~6배 커진".

A blast, a quake or a storm is measured against an earlier one by a factor, and every language
writes the factor with its own comparative of strength ("stronger", "plus puissant", "más
fuerte", "мощнее", "أقوى", "보다 … 배 커진"). The word-by-word reader of :mod:`.counted_noun`
keys each language's "times" apart ("fois", "veces", "مرات"), so two languages' factors of one
comparison were never compared. Like a growth factor (:mod:`.growth_factors`), the factor says
what it is in every language: it is keyed once for all of them, and the usual rules of
:mod:`.figures` decide (one source with two values, values more than twice apart or more than
three of them are not one quantity).

What keeps it to one comparison:

- only a comparative of strength or power is read ("stronger", "more powerful", "plus
  puissant", "mächtiger"): "three times more likely" or "twice as large" compare other things;
- what it is measured against is read from the words after "than" (before "보다" in Korean):
  a referent dated by a year or a month ("than the fifth test in September 2016", "than the
  bomb dropped on Nagasaki in 1945") is keyed by that date, so the Nagasaki bomb and last
  year's test are never compared; an undated referent that names anything with a capital
  letter ("than the Hiroshima bomb") is not read at all, since nothing says it is the
  referent of another source's factor; an undated referent without one ("than its earlier
  tests", "than before") is the story's earlier one, compared with the other undated ones;
- a sentence with two such factors does not say which another source's factor is about:
  neither is read;
- a range is the writer's own doubt ("five to six times", "5~6배"): it agrees with a value
  inside it, and a hedge widens a factor as it widens a count ("près de 10 fois").
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import NARROWED, Figure
from briefing.analysis.locales import month_names
from briefing.analysis.model import Quote
from briefing.analysis.number_tables import number_words
from briefing.analysis.numbers import QUALIFIERS, Number, interval

#: The key's second part; a dated referent adds :data:`.NARROWED` and its date.
STRONGER = "times stronger"
#: What the report calls a factor of an undated referent, and of a dated one.
_WHAT = "than the earlier one"
#: Each language's factor: ``{q}`` an optional hedge, ``{n}`` the number or range, then the
#: comparative of strength and the word for "than"; the referent follows it, or, in Korean,
#: comes before "보다" (:func:`_referent`).
_FACTORS: dict[str, str] = {
    "en": r"(?<!\w)(?P<shown>{q}{n}\s+times\s+(?:stronger|more\s+powerful))\s+than\b",
    "fr": r"(?<!\w)(?P<shown>{q}{n}\s+fois\s+plus\s+(?:puissante?s?|forte?s?))\s+qu(?:e\b|['’])",
    "es": r"(?<!\w)(?P<shown>{q}{n}\s+veces\s+más\s+(?:fuertes?|potentes?|poderos[oa]s?))\s+que\b",
    "pt": r"(?<!\w)(?P<shown>{q}{n}\s+vezes\s+mais\s+(?:fortes?|potentes?|poderos[oa]s?))"
    r"\s+(?:do\s+)?que\b",
    "it": r"(?<!\w)(?P<shown>{q}{n}\s+volte\s+più\s+(?:forte|forti|potente|potenti))"
    r"\s+(?:di|che)\b",
    "de": r"(?<!\w)(?P<shown>{q}{n}[-\s]?mal\s+(?:so\s+)?(?:stärker|mächtiger|stark|mächtig)\w*)"
    r"\s+(?:als|wie)\b",
    "ru": r"(?<!\w)(?P<shown>в\s+{q}{n}\s+раза?\s+(?:мощнее|сильнее))",
    "ar": r"(?P<shown>(?:أقوى|أشد)\s+(?:ب)?{q}{n}\s+(?:مرات|مرة|أضعاف))",
    "ko": r"보다\s*(?P<shown>{q}{n}\s?배\s?(?:이상\s?)?(?:커|강력|강해|강한|큰|센)\w*)",
}
#: A piece every pattern of the language writes, asked of the case-folded sentence first.
_CLUES: dict[str, tuple[str, ...]] = {
    "en": ("times",),
    "fr": ("fois",),
    "es": ("veces",),
    "pt": ("vezes",),
    "it": ("volte",),
    "de": ("mal",),
    "ru": ("раз",),
    "ar": ("أقوى", "أشد"),
    "ko": ("배",),
}
#: The word joining the two ends of a range ("five to six", "de cinco a seis", "5~6").
_RANGE: dict[str, str] = {
    "en": r"(?:to|or|-|–)",
    "fr": r"(?:à|ou|-|–)",
    "es": r"(?:a|o|-|–)",
    "pt": r"(?:a|ou|-|–)",
    "it": r"(?:a|o|-|–)",
    "de": r"(?:bis|-|–)",
    "ru": r"(?:-|–)",
    "ar": r"(?:إلى|-)",
    "ko": r"(?:~|-|–)",
}
#: Words before a range that belong to it ("between five and six", "de cinco a seis").
_RANGE_OPENERS: dict[str, str] = {"en": r"between\s+", "fr": r"de\s+", "es": r"de\s+"}
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_CAPITAL = re.compile(r"(?<![\w'’])[A-ZÀ-ÞА-ЯЁ][^\W\d_]+")
_CLAUSE_END = re.compile(r"[;:!?]|\s[—–]\s")


def strength_factors(text: str, language: str, quote: Quote) -> list[Figure]:
    """The one "N times stronger than …" of a sentence, keyed in every language by what it is
    measured against (module doc), or none."""
    clues = _CLUES.get(language)
    if clues is None:
        return []
    folded = text.casefold()
    if not any(clue in folded for clue in clues):
        return []
    found = list(_pattern(language).finditer(text))
    if len(found) != 1:
        return []  # none, or two comparisons
    match = found[0]
    values = _values(match, language)
    if values is None:
        return []
    low_value, value = values
    if value < 2 or low_value > value:
        return []
    referent = _referent(text, match, language)
    date = _referent_date(referent, language)
    if date is None and _CAPITAL.search(referent):
        return []  # "than the Hiroshima bomb": nothing says another source means it
    hedge = (match.group("q") or "").strip()
    qualifier = QUALIFIERS.get(language, {}).get(hedge.casefold()) if hedge else None
    if language == "ko" and hedge:
        qualifier = "about"  # "약"
    ranged = low_value != value
    number = Number(
        match.start(), match.end(), value, match.group("n"), not match.group("n")[:1].isdigit(),
        qualifier, low_value if ranged else None,
    )  # fmt: skip
    low, high = interval(value, number)
    key = (ANY_LANGUAGE, STRONGER if date is None else f"{STRONGER}{NARROWED}{date}")
    what = _WHAT if date is None else f"than the one of {date}"
    bound = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}
    return [
        Figure(
            key, None, low, high, match.group("shown").strip(), quote, noun=STRONGER, what=what,
            ranged=ranged, bound=bound.get(qualifier or "", ""),
        )
    ]  # fmt: skip


def _referent(text: str, match: re.Match[str], language: str) -> str:
    """The words the factor is measured against: after "than" to the clause's end, or, in
    Korean, the clause before "보다"."""
    if language == "ko":
        head = text[: match.start()]
        return re.split(r"[,.;:]", head)[-1]
    tail = text[match.end() :]
    end = _CLAUSE_END.search(tail)
    return tail if end is None else tail[: end.start()]


def _referent_date(referent: str, language: str) -> str | None:
    """The date a referent names ("September 2016", "1945", "January"), else None."""
    year = _YEAR.search(referent)
    months = month_names(language)
    month = None
    if months:
        for word in re.findall(r"[^\W\d_]+", referent.casefold()):
            if word in months and len(word) >= 4:
                month = months[word]
                break
    if year is not None and month is not None:
        return f"{calendar.month_name[month]} {year.group(1)}"
    if year is not None:
        return year.group(1)
    return None if month is None else calendar.month_name[month]


def _values(match: re.Match[str], language: str) -> tuple[float, float] | None:
    """(low, high) of the number or range as written."""
    first = _number_value(match.group("n"), language)
    second = _number_value(match.group("m"), language) if match.group("m") else first
    if first is None or second is None:
        return None
    return first, second


def _number_value(written: str, language: str) -> float | None:
    written = written.strip()
    if written[:1].isdigit():
        try:
            return float(written.replace(",", "."))
        except ValueError:
            return None
    found = number_words(language).get(written.casefold())
    return float(found) if found is not None else None


@cache
def _pattern(language: str) -> re.Pattern[str]:
    hedges = sorted(QUALIFIERS.get(language, {}), key=len, reverse=True)
    if language == "ko":
        hedges = ["약"]
    hedge = rf"(?:(?P<q>{'|'.join(re.escape(h) for h in hedges)})\s*)?" if hedges else "(?P<q>)?"
    words = sorted(number_words(language), key=len, reverse=True)
    one = "|".join([r"\d+(?:[.,]\d+)?", *(re.escape(w) for w in words)])
    opener = _RANGE_OPENERS.get(language, "")
    opener = rf"(?:{opener})?" if opener else ""
    link = _RANGE.get(language, "-")
    number = (
        rf"{opener}(?P<n>{one})(?:\s*(?:and|{link})\s*(?P<m>{one}))?"
        if language == "en"
        else rf"{opener}(?P<n>{one})(?:\s*{link}\s*(?P<m>{one}))?"
    )
    return re.compile(_FACTORS[language].format(q=hedge, n=number), re.IGNORECASE)
