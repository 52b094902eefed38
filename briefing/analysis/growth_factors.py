"""Growth factors: "multiplié par 13", "verdreizehnfacht", "增加了13倍", "زاد بواقع 23 ضعفا".

A factor says by how many times a count grew. Each language writes it with its own verb and
no counted noun after the number ("a thirteenfold rise", "в 13 раз выросло"), so the
word-by-word reader of :mod:`.counted_noun` reads none of them, or reads the Arabic "ضعفا"
(times) as a noun of its own language. The factor itself says what it is in every language,
as a unit does (:mod:`.cjk_spans`): it is keyed once for all languages, so a French
"multiplié par 13" and an Arabic "23 ضعفا" of one statement are compared, and the usual
rules of :mod:`.figures` decide (one source with two values, values more than twice apart or
more than three of them are not one quantity; a named place keeps two places' factors apart).

What keeps it to one quantity:

- a growth verb must say the count grew ("zugenommen", "增加", "زاد", "increased"): "中国の
  約300倍" (300 times China's) compares two counts, it reports no growth, and is not read;
- a sentence with two factors ("les cas multipliés par 13 et les pays par trois", "病例增加
  了13倍,受影响国家增加了两倍") does not say which of its two counts another source's
  factor is about: neither is read, and so is a sentence of a running count (:data:`.TALLY`);
- Chinese "增加N倍" and Korean "N배 증가" say "increased by N times", which writers use both
  for ×N and for ×(N+1) (the same tripling is "增加了两倍" and "增加3倍"): read as N to N+1,
  so the two idioms never disagree; "增加到N倍", "N배로" (to N times) are ×N;
- a hedge bounds the factor as it bounds a count ("more than 10-fold", "约3倍", "약 3배").
"""

from __future__ import annotations

import math
import re
from functools import cache

from briefing.analysis.cjk_spans import cjk_value
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.measures import named_after
from briefing.analysis.model import Quote
from briefing.analysis.names import is_place
from briefing.analysis.number_tables import number_words
from briefing.analysis.numbers import QUALIFIERS, TALLY, Number, interval
from briefing.analysis.text import capitalised_words
from briefing.topics.languages import function_words

#: The key's second part: a factor is compared in every language (``(ANY_LANGUAGE, GROWTH)``),
#: labelled "how many times (growth factor)" by :func:`.figures._judge`.
GROWTH = "times"
_WHAT = "growth factor"
#: Each language's factor, with ``{n}`` for the number (digits or a word) and ``{q}`` for an
#: optional hedge before it. A pattern whose name ends in "+" is read "by N times" (N to N+1)
#: unless its ``to`` group matched.
_FACTORS: dict[str, tuple[str, ...]] = {
    "en": (r"(?<!\w){q}{n}[-\s]?fold(?!\w)", r"\bmultiplied\s+by\s+{q}{n}(?!\w)"),
    "fr": (r"\bmultipli(?:ée?s?|a|ait|aient|èrent)\s+par\s+{q}{n}(?!\w)",),
    "es": (r"\bmultiplic(?:ad[oa]s?|ó|aron|aba|aban)\s+por\s+{q}{n}(?!\w)",),
    "pt": (r"\bmultiplic(?:ad[oa]s?|ou|aram|ava|avam)\s+por\s+{q}{n}(?!\w)",),
    "it": (r"\bmoltiplic(?:at[oaie]|ò|arono|ava|avano)\s+per\s+{q}{n}(?!\w)",),
    "de": (r"\bver(?P<n>{words})fach\w*", r"\bverdopp\w*",
           r"\b(?:um|auf)\s+das\s+{q}{n}-?fache\b"),
    "ru": (r"(?:вырос|возрос|увелич|подскоч|умнож)\w*\s+{q}в\s+{n}\s+раза?(?!\w)",),
    "uk": (r"(?:зріс|зросл|збільш|підскоч|помнож)\w*\s+{q}в\s+{n}\s+раз(?:и|ів)?(?!\w)",),
    "ar": (r"(?:زاد|ازداد|ارتفع|تضاعف|قفز|نما)\S*(?:\s+\S+){{0,2}}?\s+{q}{n}\s+(?:ضعف\w*|أضعاف)",),
    "zh": (r"(?:增加|增长|增長|暴增|激增|猛增|剧增|劇增|上升|上涨|上漲|翻|增)了?"
           r"(?P<to>到|至|为|為|成)?(?P<q>约|約|近|超过|超過|逾)?(?P<n>\d+|[〇一二两兩三四五六七八九十]+)(?P<more>多)?倍",),
    "ja": (r"(?P<q>約|およそ)?(?P<n>\d+|[〇一二三四五六七八九十]+)倍(?P<more>以上|超)?(?:に|へ)?"
           r"(?:増|拡大|膨|急増|上昇|跳ね上が)",),
    "ko": (r"(?P<q>약\s?)?(?P<n>\d+)\s?배(?P<more>\s?이상)?(?P<to>로)?\s?"
           r"(?:증가|늘|급증|폭증|확대|뛰)",),
}  # fmt: skip
#: A piece every pattern of the language writes, asked of the case-folded sentence before the
#: patterns are: most sentences hold none, and the patterns' case-blind alternations of number
#: words cost far more than a substring test (every sentence of a briefing is read).
_CLUES: dict[str, tuple[str, ...]] = {
    "en": ("fold", "multiplied"),
    "fr": ("multipli",),
    "es": ("multiplic",),
    "pt": ("multiplic",),
    "it": ("moltiplic",),
    "de": ("fach", "verdopp"),
    "ru": ("раз",),
    "uk": ("раз",),
    "ar": ("ضعف", "أضعاف"),
    "zh": ("倍",),
    "ja": ("倍",),
    "ko": ("배",),
}
#: English "-fold" also names a make-up ("a twofold purpose", "a threefold plan"): read only in
#: a sentence that says something grew.
_GREW = {
    "en": re.compile(
        r"\b(?:increas|rise|rose|risen|grew|grow|jump|surg|soar|climb|spik|"
        r"multipl|expand|boost)",
        re.IGNORECASE,
    )
}
#: Patterns read "by N times" (N to N+1), unless their ``to`` group matched (module doc).
_BY_TIMES = frozenset({"zh", "ko"})
#: After the first factor, an elided second one ("… multiplié par 13 et celui des pays par
#: trois"): the sentence gives two factors, as when the verb is written twice.
_ELIDED = {"fr": r"\bpar", "es": r"\bpor", "pt": r"\bpor", "it": r"\bper"}
#: The hedges written before a Chinese, Japanese or Korean factor, and after ("多", "以上").
_CJK_HEDGES = {"约": "about", "約": "about", "およそ": "about", "약": "about", "近": "nearly",
               "超过": "above", "超過": "above", "逾": "above"}  # fmt: skip
_BOUNDS = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}


def growth_factors(text: str, language: str, day: Day | None, quote: Quote) -> list[Figure]:
    """The one growth factor of a sentence, keyed in every language (module doc), or none."""
    clues = _CLUES.get(language)
    if clues is None:
        return []
    folded = text.casefold()
    if not any(clue in folded for clue in clues):
        return []
    patterns = _patterns(language)
    found = [m for p in patterns for m in p.finditer(text)]
    if len(found) != 1:
        return []  # none, or two factors of two counts
    match = found[0]
    elided = _ELIDED.get(language)
    if elided and re.search(rf"{elided}\s+(?:{_number(language)})(?!\w)", text[match.end() :],
                            re.IGNORECASE):  # fmt: skip
        return []
    grew = _GREW.get(language)
    if grew is not None and grew.search(text) is None:
        return []
    if any(marker in folded for marker in TALLY.get(language, ())):
        return []  # a running count's growth so far
    value = _value(match, language)
    if value is None or value < 2:
        return []
    qualifier = _qualifier(match, language)
    number = Number(match.start(), match.end(), value, str(int(value)), False, qualifier)
    low, high = interval(value, number)
    groups = match.groupdict()
    if language in _BY_TIMES and not groups.get("to") and math.isfinite(high):
        high += 1  # "增加3倍": ×3 or ×4 (module doc)
    places = frozenset(
        w
        for _, e, w in capitalised_words(text)
        if is_place(w)
        and w.casefold() not in function_words(language)
        and not named_after(text, e, language)
    )
    bound = _BOUNDS.get(qualifier or "", "")
    shown = match.group().strip()
    key = (ANY_LANGUAGE, GROWTH)
    return [Figure(key, day, low, high, shown, quote, places, GROWTH, what=_WHAT, bound=bound)]


def _value(match: re.Match[str], language: str) -> float | None:
    written = match.groupdict().get("n")
    if written is None:  # "verdoppelt": doubled
        return 2.0
    if written.isdigit():
        return float(written)
    if language in ("zh", "ja"):
        return cjk_value(written)
    found = number_words(language).get(written.casefold())
    return float(found) if found is not None else None


def _qualifier(match: re.Match[str], language: str) -> str | None:
    groups = match.groupdict()
    if groups.get("more"):
        return "above"  # "13多倍", "3배 이상"
    hedge = (groups.get("q") or "").strip()
    if not hedge:
        return None
    if hedge in _CJK_HEDGES:
        return _CJK_HEDGES[hedge]
    table = QUALIFIERS.get(language, {})
    return table.get(hedge.casefold())


def _number(language: str) -> str:
    words = sorted(number_words(language), key=len, reverse=True)
    return "|".join([r"\d+", *(re.escape(w) for w in words)])


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    hedges = sorted(QUALIFIERS.get(language, {}), key=len, reverse=True)
    hedge = rf"(?:(?P<q>{'|'.join(re.escape(h) for h in hedges)})\s+)?" if hedges else ""
    words = "|".join(re.escape(w) for w in sorted(number_words(language), key=len, reverse=True))
    number = rf"(?P<n>{_number(language)})"
    return tuple(
        re.compile(p.format(q=hedge, n=number, words=words or "(?!)"), re.IGNORECASE)
        for p in _FACTORS.get(language, ())
    )
