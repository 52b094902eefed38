"""An explosion's yield: "between 50 and 60 kilotons", "unos 100 kilotones", "100 килотонн".

A yield is written in kilotons or megatons of TNT in every language ("kilotonnes", "Kilotonnen",
"килотонн", "キロトン", "킬로톤", "千吨", "كيلوطن"), which CLDR lists as no unit, so the
word-by-word reader of :mod:`.counted_noun` keys each language's word apart and two languages'
yields of one blast were never compared. The unit says what is measured in every language, as
a unit of CLDR does (:mod:`.units`): a yield is keyed once for all of them, in kilotons, and the
usual rules of :mod:`.figures` decide (one source with two values, values more than twice apart
or more than three of them are not one quantity).

A story of a blast names earlier ones to measure it against ("the fifth test had released 10
kilotons", "less than the Hiroshima bomb (15 kilotons)"), so only the story's own yield is read:

- a sentence with two yields compares them, and is not read;
- a clause that dates what it tells, up to the yield ("in September, the fifth test …", "last
  year"), or says it tells of another time ("at the time", "alors", "당시", "当時"), speaks of
  an earlier blast: its yield is not read. What follows the yield (", five times the test of
  September 2016") dates what it is compared with, not the yield;
- a range is the writer's own doubt ("between 50 and 60", "10~30"), and a hedge widens a yield
  as it widens a count ("unos 100").
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.another_time import ANOTHER_TIME
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.locales import month_names
from briefing.analysis.model import Quote
from briefing.analysis.numbers import QUALIFIERS, Number, interval

#: The key's second part, and the report's name for it.
YIELD = "kilotons"
_WHAT = "yield"
#: Kilotons in one of each unit, by the start of its name in any language.
_UNITS = (
    (r"kilo-?ton\w*|kilotón\w*|Kilotonne\w*|chiloton\w*|килотон\w*|キロトン|킬로톤|千吨|千噸"
     r"|كيلو\s?طن\w*", 1.0),
    (r"mega-?ton\w*|megatón\w*|Megatonne\w*|мегатон\w*|メガトン|메가톤|百万吨|百萬噸"
     r"|ميغا\s?طن\w*", 1000.0),
)  # fmt: skip
#: A piece of every unit's name, asked of the case-folded sentence first.
_CLUES = ("ton", "тон", "トン", "톤", "吨", "噸", "طن")
_UNIT_WORD = re.compile("|".join(unit for unit, _ in _UNITS), re.IGNORECASE)
_NUMBER = r"\d+(?:[.,]\d+)*"
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_RANGE = r"(?:\s*(?:-|–|~|〜|～|to|and|à|a|bis|до|إلى)\s*)"
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
_CJK_MONTH = re.compile(r"(?<!\d)\d{1,2}\s?[月월]")
_CLAUSE = re.compile(r"[,;:،、,]")


def yields(text: str, language: str, quote: Quote) -> list[Figure]:
    """The one yield of a sentence, in kilotons, keyed in every language (module doc)."""
    folded = text.casefold()
    if not any(clue in folded for clue in _CLUES):
        return []  # most sentences: asked before the pattern
    found = list(_pattern(language).finditer(text))
    if len(found) != 1:
        return []  # none, or a yield measured against another
    match = found[0]
    head = text[: match.start()]
    if ANOTHER_TIME.search(head) or _dated(head, language):
        return []  # an earlier blast's yield
    scale = next(k for unit, k in _UNITS if re.fullmatch(unit, match.group("u"), re.IGNORECASE))
    value = _value(match.group("n"))
    low_value = _value(match.group("m")) if match.group("m") else None
    if value is None or (match.group("m") and low_value is None):
        return []
    if low_value is not None:  # "50 to 60": the second number is the high end
        value, low_value = low_value, value
        if low_value > value:
            return []
    hedge = (match.group("q") or "").strip()
    qualifier = _qualifier(hedge, language)
    number = Number(match.start(), match.end(), value, match.group("n"), False, qualifier,
                    low_value)  # fmt: skip
    low, high = interval(value, number)
    shown = match.group().strip()
    return [Figure((ANY_LANGUAGE, YIELD), None, low * scale, high * scale, shown, quote,
                   noun=YIELD, measure=True, what=_WHAT, ranged=low_value is not None)]  # fmt: skip


def without_own_words(found: list[Figure]) -> list[Figure]:
    """A sentence's figures less the count of the unit's word beside its yield ("50 and 60
    *kilotons*" read as a count of the noun "kilotons" too, tied across languages by
    :func:`.crosscounts.cognate_keys`): one yield is one figure, flagged once."""
    if not any(f.key == (ANY_LANGUAGE, YIELD) for f in found):
        return found
    return [
        f
        for f in found
        if f.key == (ANY_LANGUAGE, YIELD) or not (f.noun and _UNIT_WORD.fullmatch(f.noun))
    ]


def _dated(head: str, language: str) -> bool:
    """Whether the clause before a yield names a year or a month."""
    clause = _CLAUSE.split(head)[-1] if language not in ("zh", "ja", "ko") else head
    if _YEAR.search(clause) or _CJK_MONTH.search(clause):
        return True
    months = month_names(language)
    return any(w in months for w in re.findall(r"[^\W\d_]{4,}", clause.casefold()))


def _qualifier(hedge: str, language: str) -> str | None:
    if not hedge:
        return None
    if hedge in ("约", "約", "약", "およそ"):
        return "about"
    return QUALIFIERS.get(language, {}).get(hedge.casefold())


def _value(written: str | None) -> float | None:
    """The number as written: a separator before groups of three digits groups thousands
    ("1,500", "1.500"), any other is the decimal mark ("1,5", "2.5")."""
    if not written:
        return None
    if _THOUSANDS.fullmatch(written):
        return float(re.sub(r"[.,]", "", written))
    try:
        return float(written.replace(",", "."))
    except ValueError:
        return None


@cache
def _pattern(language: str) -> re.Pattern[str]:
    hedges = sorted(QUALIFIERS.get(language, {}), key=len, reverse=True)
    hedges += ["约", "約", "약", "およそ"]
    hedge = rf"(?:(?P<q>{'|'.join(re.escape(h) for h in hedges)})\s*)?"
    opener = r"(?:(?:between|entre|zwischen|de|от|من)\s+)?"
    units = "|".join(unit for unit, _ in _UNITS)
    return re.compile(
        rf"(?<![\d.,]){hedge}{opener}(?P<n>{_NUMBER})(?:{_RANGE}(?P<m>{_NUMBER}))?"
        rf"\s*(?P<u>{units})",
        re.IGNORECASE,
    )
