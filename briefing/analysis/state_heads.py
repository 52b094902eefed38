"""Heads of state: one count in every language and script, as passengers are.

Counts are compared by their noun within one language (:mod:`.figures`), so "90 heads of
state" and "100명 이상의 국가 원수" were never compared, though the heads of state at one
ceremony or summit are one number whatever the language reporting it. Like the words for a
passenger (:mod:`.passengers`), "heads of state", "chefs d'État", "Staatsoberhäupter", "capi
di Stato", "глав государств", "국가 원수", "国家元首" are a small closed vocabulary of general
news language, not one story's words, so a count of them is keyed by that phrase in every
language.

Chinese, Japanese and Korean write the count onto a counter with no space ("100명 이상의",
"100多位", "40人の"), which the word-by-word reading never sees (as :mod:`.cjk_spans` found
for spans of time): here the counter, the language's ordinary hedges ("약", "이상", "여",
"约", "超过", "多", "約", "以上") and a possessive particle ("의", "の", "的") lead to the
phrase.

"Heads of state and government" is the same count in the press's usage ("cuarenta jefes de
Estado y de Gobierno" against "cerca de 35 jefes de Estado" of one reopening): the guests of
that rank, whichever office each holds. Silent, for precision: a phrase more than one word
after the number ("90 leaders, among them heads of state"); and the figures' other gates
apply (values more than twice apart are a part and a whole, a source giving two values shows
the phrase names two counts, one day and place at a time).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval

#: The key of a count of heads of state in any language.
HEADS_OF_STATE = "heads of state"
#: The phrase per language (case-insensitive; any ending where "\w*" says so).
_PHRASE: dict[str, str] = {
    "en": r"heads?\s+of\s+states?", "fr": r"chefs?\s+d['’]\s*[ée]tats?",
    "de": r"staatsoberh[äa]upt\w*|staatschef(?:s|innen)?", "es": r"jefes?\s+de\s+estados?",
    "it": r"capi\s+di\s+stati?|capo\s+di\s+stato", "pt": r"chefes?\s+de\s+estados?",
    "nl": r"staatshoofd(?:en)?", "pl": r"gł[oó]w\w*\s+państw\w*", "ru": r"глав\w*\s+государств\w*",
    "uk": r"глав\w*\s+держав\w*", "tr": r"devlet\s+başkan\w*", "ro": r"șefi\w*\s+de\s+stat",
    "ko": r"국가\s?원수", "zh": r"国家元首|國家元首|元首", "ja": r"国家元首|元首",
}  # fmt: skip
#: Words that may stand between the number and the phrase: at most one (an adjective,
#: "foreign", "ausländische").
_BETWEEN = r"(?:[^\W\d_]+\s+)?"
#: Counters of people, and the hedges around a CJK count.
_CJK = re.compile(
    r"(?P<pre>대략|약|大约|大約|约|約|超过|超過|逾|近)?\s?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s?(?P<more>여|多|余)?\s?(?:명|名|位|人)\s?"
    r"(?P<post>이상|以上|余り|가량|정도|前後|左右|多)?\s?(?:의|の|的)?\s?"
)
_ABOUT = frozenset({"대략", "약", "大约", "大約", "约", "約", "가량", "정도", "前後", "左右"})
_ABOVE = frozenset({"超过", "超過", "逾", "여", "多", "余", "이상", "以上", "余り"})


def head_of_state_key(text: str, end: int, language: str) -> tuple[str, str] | None:
    """The key of a count whose number ends at ``end`` when it counts heads of state
    ("90 heads of state", "rund 40 Staatsoberhäupter"), else None."""
    pattern = _spaced(language)
    if pattern is None:
        return None
    match = pattern.match(text, end)
    if match is None:
        return None
    return (ANY_LANGUAGE, HEADS_OF_STATE)


def cjk_heads_of_state(text: str, language: str, quote: Quote) -> list[Figure]:
    """Counts of heads of state in a Chinese, Japanese or Korean sentence ("100명 이상의
    국가 원수", "约40位国家元首"), keyed as in every language."""
    if language not in ("zh", "ja", "ko"):
        return []
    phrase = re.compile(_PHRASE[language])
    found = []
    for match in _CJK.finditer(text):
        noun = phrase.match(text, match.end())
        if noun is None:
            continue
        if match.start() and text[match.start() - 1].isdigit():
            continue
        value = float(match["n"].replace(",", ""))
        hedges = {match["pre"], match["more"], match["post"]} - {None}
        qualifier = "above" if hedges & _ABOVE else "about" if hedges & _ABOUT else None
        number = Number(match.start("n"), match.end("n"), value, match["n"], False, qualifier)
        low, high = interval(value, number)
        written = text[match.start() : noun.end()].strip()
        bound = "lower" if qualifier == "above" else ""
        key = (ANY_LANGUAGE, HEADS_OF_STATE)
        own = (language, noun.group())
        found.append(
            Figure(key, None, low, high, written, quote, noun=noun.group(), bound=bound, own=own)
        )
    return found


def in_one_language(figures: list[Figure], languages: Mapping[str, str]) -> list[Figure]:
    """``figures`` with the counts of heads of state keyed by their own nouns again when the
    packet writes them in one language only (``languages``: article id → language): there the
    noun compares as it always has, with the enumerations of its paragraph too."""
    key = (ANY_LANGUAGE, HEADS_OF_STATE)
    if len({languages.get(f.quote.article_id) for f in figures if f.key == key}) != 1:
        return figures
    return [replace(f, key=f.own) if f.own is not None and f.key == key else f for f in figures]


@cache
def _spaced(language: str) -> re.Pattern[str] | None:
    phrase = _PHRASE.get(language)
    if phrase is None or language in ("zh", "ja", "ko"):
        return None
    return re.compile(rf"\s+{_BETWEEN}(?i:{phrase})(?!\w)")
