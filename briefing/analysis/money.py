"""Sums of money with what they pay for, in any language, read so that they can be compared.

A sum is an amount, its scale ("billion", "Milliarden", "млрд", "亿", "مليارات", written onto
it as in "$2bn") and its currency (:mod:`.currencies`: "$", "CHF9", "francs", "франков",
"瑞士法郎", "فرنك"). Money is compared only between sums of one *thing*, and the thing is
read from the words the sentence ties to the sum, never from the sum's size:

- a price: the sum after the preposition of exchange ("for", "für", "pour", "per", "за",
  "以") in a sentence that buys, sells or pays, right after a verb of paying ("paying more
  than $2bn", "заплатит … 3,2 миллиарда"), or before a deal ("a US$3.25 billion deal");
- a price per share ("0,76 швейцарских франков за акцию", "每股0.76瑞士法郎");
- a guarantee, a loan or line of liquidity, losses: the noun within three words of the sum
  ("a CHF9 billion guarantee", "ein Darlehen von insgesamt bis zu 100 Milliarden Franken",
  "سيولة نقدية بقيمة 100 مليار فرنك"); the nearest wins, the one before on a tie.

A sum told as an offer or a stage ("raised its offer to more than $2bn", "ранее … предлагает
выплатить $1 млрд", "報價由早前的10億美元", "готов выплатить"): a stage word earlier in its
sentence) is not what was agreed and is not read. A sum in brackets right after another is
its conversion ("3 billion francs ($3.25 billion)", "(ما يعادل 108 مليارات دولار)"): it pays
for the same thing, under the same hedge. Other sums in brackets (an exchange rate) are
not read. :mod:`.money_judge` compares what this reads.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefing.analysis.cjk_amounts import compound_amounts
from briefing.analysis.counted_noun import _factors
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.currencies import may_name_money, name_after, sign_before
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.money_words import (
    BUY,
    CJK_SCALES,
    DEALS,
    PER,
    PREPOSITIONS,
    ROLES,
    SHARE,
    STAGES,
    UNSPACED,
    folded_word,
)
from briefing.analysis.numbers import (
    QUALIFIERS,
    Number,
    _separators,
    _trie,
    interval,
    scaled_interval,
)
from briefing.analysis.sentence_numbers import numbers_in

#: The key's first word: a sum of money (:mod:`.money_judge`).
MONEY = "money"
#: Scale words written onto a number after a currency sign ("$2bn", "€88m", "£3.5tn").
_GLUED = {"bn": 1e9, "b": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12}
_BOUNDS = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}
_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,\u00a0\u202f ]\d+)*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Marks that end the words tied to a sum.
_STOP = re.compile(r"[,;:()（）«»\"“”]")
#: Languages writing amounts in groups of four places with numerals (:mod:`.cjk_amounts`).
_COMPOUNDING = frozenset({"zh", "ja", "ko"})
#: Words a role noun may be from its sum (its linking words: "Garantie von", "в размере").
_REACH = 3


@dataclass(frozen=True, slots=True)
class Sum:
    start: int
    end: int
    low: float
    high: float
    code: str
    bound: str
    written: str
    inside: bool = False  # in brackets
    converts: bool = False  # the bracketed conversion of the sum before it
    #: What the digits as written claim, before a hedge widens them ("about $262 million":
    #: 261.5–262.5 million), for comparing conversions (:mod:`.money_conversions`).
    written_low: float = 0.0
    written_high: float = 0.0
    hedged: bool = False  # written with a hedge ("about", "около", "約")

    @property
    def written_point(self) -> float:
        """The middle of what the digits claim, to six significant digits: the value two
        sources are compared on (:mod:`.money_conversions`, :mod:`.person_sums`)."""
        return float(f"{(self.written_low + self.written_high) / 2:.6g}")

    def overlaps(self, other: Sum) -> bool:
        """Whether the digits as written of the two sums can both be true."""
        return max(self.written_low, other.written_low) <= min(
            self.written_high, other.written_high
        )


def money_figures(text: str, language: str, quote: Quote) -> list[Figure]:
    """The sums of ``text`` (one sentence) whose thing it says, as figures keyed
    ``(ANY_LANGUAGE, "money ROLE CODE")``."""
    sums = sums_of(text, language)
    found = []
    role: str | None = None
    bound = ""
    for index, item in enumerate(sums):
        if item.inside and not item.converts:
            continue  # an exchange rate, a side note
        if not item.converts:
            chain_end = item.end
            for later in sums[index + 1 :]:
                if not later.converts:
                    break
                chain_end = later.end
            stage = _stage(text[: item.start], language)
            role = None if stage else _role(text, item, chain_end, sums, language)
            bound = item.bound
        if role is None:
            continue
        key = (ANY_LANGUAGE, f"{MONEY} {role} {item.code}")
        low, high = item.low, item.high
        if item.converts and not item.bound and bound:  # "more than $2bn (€1.8bn)"
            low, high = (low, math.inf) if bound == "lower" else (0.0, high)
        figure = Figure(key, None, low, high, item.written, quote, noun=item.code, what=role)
        found.append(replace(figure, bound=item.bound or bound, ranged=item.converts))
    return found


def sums_of(text: str, language: str) -> list[Sum]:
    """Every sum of money in ``text`` with its currency, in order."""
    return list(_sums(text, language))


@lru_cache(maxsize=16)
def _sums(text: str, language: str) -> tuple[Sum, ...]:
    """:func:`sums_of`, kept for the last sentences: the figure reader asks of each sentence
    which numbers are sums (:mod:`.money_counts`) before :func:`money_figures` reads them."""
    if not _quantity(language).search(text) or not may_name_money(text, language):
        return ()  # most sentences: no digit or scale word, or no currency
    numbers = {_digits_start(text, n): n for n in numbers_in(text, language)}
    for match in _DIGITS.finditer(text):
        if not any(n.start <= match.start() < n.end for n in numbers.values()):
            numbers[match.start()] = _own_number(text, match, language)
    units: dict[int, float] = {}
    for amount in compound_amounts(text) if language in _COMPOUNDING else ():
        digits = amount.start + len(amount.hedge)
        numbers = {at: n for at, n in numbers.items() if not amount.start <= at < amount.end}
        written = text[digits : amount.end]
        qualifier = "about" if amount.hedge else None
        numbers[digits] = Number(digits, amount.end, amount.value, written, False, qualifier,
                                 None, amount.hedge.strip())  # fmt: skip
        units[digits] = amount.unit
    found: list[Sum] = []
    for start in sorted(numbers):
        item = _sum_at(text, start, numbers[start], language, units.get(start))
        if item is not None and (not found or item.start >= found[-1].end):
            found.append(item)
    return tuple(_bracketed(text, found))


@cache
def _quantity(language: str) -> re.Pattern[str]:
    """A digit or a scale word of ``language``: every sum holds one ("drei Milliarden")."""
    words = sorted({*_factors(language), *CJK_SCALES}, key=len, reverse=True)
    return re.compile(r"\d|" + _trie(words), re.IGNORECASE)


def _digits_start(text: str, number: Number) -> int:
    at = text.find(number.written, number.start, number.end)
    return at if at >= 0 else number.start


def _own_number(text: str, match: re.Match[str], language: str) -> Number:
    """A number :func:`find_numbers` leaves out, glued to a sign, a scale or a Han character
    ("CHF9", "$2bn", "30亿"), with the hedge written before its sign."""
    decimal = _separators(language)[0]
    raw = match.group()
    plain = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if decimal == ",":
        plain = plain.replace(".", "").replace(",", ".") if "," in plain else plain
    else:
        plain = plain.replace(",", "")
    if plain.count(".") > 1:
        plain = plain.replace(".", "")
    try:
        value = float(plain)
    except ValueError:
        value = 0.0
    qualifier, hedge = _hedge(text, match.start(), language)
    return Number(match.start(), match.end(), value, raw, False, qualifier, None, hedge)


def _hedge(text: str, start: int, language: str) -> tuple[str | None, str]:
    """The hedge written before a number or its sign ("more than $2bn", "逾20億")."""
    sign = sign_before(text, start, language)
    head = text[: sign[0] if sign else start].rstrip().casefold()
    for words, kind in sorted(QUALIFIERS.get(language, {}).items(), key=lambda i: -len(i[0])):
        if head.endswith(words) and (
            language in UNSPACED or len(head) == len(words) or not head[-len(words) - 1].isalnum()
        ):
            return kind, words
    return None, ""


def _sum_at(
    text: str, start: int, number: Number, language: str, unit: float | None = None
) -> Sum | None:
    """The sum whose number is ``number``; ``unit``: the place of its last digit, for a
    compound amount (:mod:`.cjk_amounts`), whose scale is already in its value."""
    end = number.end
    scale = 1.0
    scales = {**_factors(language), **CJK_SCALES}
    rest = text[end:]
    cjk = next((w for w in sorted(CJK_SCALES, key=len, reverse=True) if rest.startswith(w)), "")
    glued = None if language in UNSPACED else re.match(r"[^\W\d_]+", rest)
    word = re.match(r"[ \u00a0]?([^\W\d_]+)(\.?)", rest)
    sign = sign_before(text, start, language)
    if unit is not None:
        pass  # a compound amount (:mod:`.cjk_amounts`): its scale is in its value
    elif cjk:
        scale, end = CJK_SCALES[cjk], end + len(cjk)
    elif (
        glued
        and glued.group().casefold() in _GLUED
        and (sign or name_after(text, end + glued.end(), language))
    ):  # "$2bn", "7.4bn francs"
        scale, end = _GLUED[glued.group().casefold()], end + glued.end()
    elif word and word.group(1).casefold() in scales and not glued:
        scale = scales[word.group(1).casefold()]  # a short form keeps its dot ("млрд.")
        end += word.end() - (len(word.group(1)) > 4 and bool(word.group(2)))
    elif glued:
        return None  # "9am", "3rd"
    named = None if sign else name_after(text, end, language)
    if sign is None and named is None:
        return None
    code = sign[1] if sign else named[1]  # type: ignore[index]
    stop = named[0] if named else end
    if not number.qualifier and number.low is None:  # "more than $3 billion": before the sign
        qualifier, hedge = _hedge(text, start, language)
        number = Number(number.start, number.end, number.value, number.written,
                        number.in_words, qualifier, None, hedge)  # fmt: skip
    plain = replace(number, qualifier=None, hedge="") if number.low is None else number
    if unit is not None:  # a compound amount: its own precision, a hedge widening it
        written_low, written_high = number.value - unit / 2, number.value + unit / 2
        low, high = (
            interval(number.value, number) if number.qualifier else (written_low, written_high)
        )
    else:
        low, high = _claimed(number, scale)
        written_low, written_high = _claimed(plain, scale)
    first = sign[0] if sign else start
    if number.hedge:
        at = text.casefold().rfind(number.hedge.casefold(), 0, first)
        first = at if at >= 0 else first
    bound = "" if number.low is not None else _BOUNDS.get(number.qualifier or "", "")
    hedged = bool(number.qualifier or number.hedge)
    return Sum(first, stop, low, high, code, bound, text[first:stop].strip(),
               written_low=written_low, written_high=written_high, hedged=hedged)  # fmt: skip


def _claimed(number: Number, scale: float) -> tuple[float, float]:
    """What ``number`` before ``scale`` claims (a hedge widens it, a round one is a range)."""
    if scale == 1:
        return interval(number.value, number)
    low, high = scaled_interval(number)
    return low * scale, high * scale


def _bracketed(text: str, found: list[Sum]) -> list[Sum]:
    """The sums marked as in brackets, and those that convert the sum before them."""
    marked: list[Sum] = []
    for index, item in enumerate(found):
        before = text[: item.start]
        inside = before.rfind("(") > before.rfind(")") or before.rfind("（") > before.rfind("）")
        converts = False
        if inside and index and not marked[-1].inside:
            between = text[marked[-1].end : item.start]
            words = _WORD.findall(between)
            # "(ما يعادل 108 مليارات دولار امريكي)": a word the name did not take may follow
            closes = re.match(r"\s*(?:[^\W\d_]+\s*)?[)）]", text[item.end :]) is not None
            converts = closes and between.strip().startswith(("(", "（")) and len(words) <= 2
        marked.append(replace(item, inside=inside, converts=converts))
    return marked


def _stage(before: str, language: str) -> bool:
    """Whether the sentence before a sum tells an offer or an earlier stage."""
    stems = STAGES.get(language, ())
    if language in UNSPACED:
        return any(s in before for s in stems)
    folded = before.casefold()
    words = [folded_word(w, language) for w in _WORD.findall(folded)]
    return any(w.startswith(s) for w in words for s in stems if " " not in s) or any(
        s in folded for s in stems if " " in s
    )


def _role(text: str, item: Sum, chain_end: int, sums: list[Sum], language: str) -> str | None:
    """What the sum pays for, from the words its sentence ties to it."""
    left = max([0, *(s.end for s in sums if s.end <= item.start)])
    right = min([len(text), *(s.start for s in sums if s.start >= chain_end)])
    before, after = _clause(text[left : item.start], True), _clause(text[chain_end:right], False)
    if language in UNSPACED:
        return _role_unspaced(before, after, text[: item.start], language)
    words_before = _words(before, language)[-_REACH - 1 :]
    words_after = _words(after, language)[: _REACH + 1]
    if _per_share(words_after, language):
        return "share"
    best: tuple[int, int, str] | None = None
    for side, words in ((0, words_before[::-1]), (1, words_after)):
        for distance, word in enumerate(words):
            role = _noun_role(word, language)
            if role is not None:
                best = min(best or (distance, side, role), (distance, side, role))
                break
    if best is not None:
        return best[2]
    if words_after[:1] and any(words_after[0].startswith(s) for s in DEALS.get(language, ())):
        return "price"
    sentence = _words(text[: item.start], language)
    bought = any(w.startswith(s) for w in sentence for s in BUY.get(language, ()))
    if words_before[-1:] and words_before[-1] in PREPOSITIONS.get(language, ()) and bought:
        return "price"
    if any(w.startswith(s) for w in words_before[-4:] for s in BUY.get(language, ())):
        return "price"
    return None


def _clause(text: str, before: bool) -> str:
    """The words of ``text`` on the sum's side of the nearest mark that ends a clause."""
    text = text.rstrip(" \u00a0(（") if before else text.lstrip(" \u00a0)）")
    marks = list(_STOP.finditer(text))
    if not marks:
        return text
    return text[marks[-1].end() :] if before else text[: marks[0].start()]


def _words(text: str, language: str) -> list[str]:
    """The words of ``text``, folded; a capitalised word inside a sentence is a name
    ("Credit Suisse"), not a role noun, except in German, which capitalises every noun."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word[:1].isupper() and language != "de" and match.start() > 0:
            found.append("")
            continue
        word = re.sub(r"^(?:d|l|qu|j|n|s|c|dell|dall|all|nell|sull)['’]", "", word.casefold())
        found.append(folded_word(word, language))  # "d'acheter", "dell'acquisto": elided
    return found


def _per_share(words: list[str], language: str) -> bool:
    per = PER.get(language, ())
    return any(
        w.startswith(SHARE.get(language, ("\0",))) and (i == 0 or words[i - 1] in per)
        for i, w in enumerate(words[:3])
    )


def _noun_role(word: str, language: str) -> str | None:
    for role, by_language in ROLES.items():
        if word and word.startswith(by_language.get(language, ("\0",))):
            return role
    return None


def _role_unspaced(before: str, after: str, sentence: str, language: str) -> str | None:
    """:func:`_role` for a language written without spaces: characters, not words."""
    near_before, near_after = before[-6:], after[:6]
    if any(near_before.endswith(s) for s in SHARE.get(language, ())):
        return "share"
    best: tuple[int, int, str] | None = None
    for role, by_language in ROLES.items():
        for stem in by_language.get(language, ()):
            at = near_before.rfind(stem)
            if at >= 0:
                best = min(best or (9, 0, role), (len(near_before) - at - len(stem), 0, role))
            at = near_after.find(stem)
            if at >= 0:
                best = min(best or (9, 1, role), (at, 1, role))
    if best is not None:
        return best[2]
    buy = BUY.get(language, ())
    if any(near_before.endswith(p) for p in PREPOSITIONS.get(language, ())) and any(
        s in near_after for s in buy
    ):
        return "price"
    if any(s in near_before[-4:] for s in DEALS.get(language, ())):
        return "price"
    return None
