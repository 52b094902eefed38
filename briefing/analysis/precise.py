"""Precise counts: two exact large numbers a hair apart are one count, whatever their nouns.

Counts are otherwise compared by what they count (:mod:`.figure_reading`): the noun, tied
across languages only by what the packet shows (:mod:`.crosscounts`). A count written to the
last unit with four or more significant digits ("11 641 999", "20.085", "19 945") says what it
counts by its value as much as by its noun: two different quantities of a story almost never
land within a hundredth of each other at that precision, while two reports of one count that
disagree usually do ("11 641 999 személy szavazott" / "11 641 866 румунів взяли участь"; "20.085
de procese verbale" / "19 945 szavazókörzetben", one protocol per polling station). So no noun
has to be translated, and nothing is: the value is the key.

What keeps this precise:

- only numbers in digits of at least :data:`LEAST_VALUE` with :data:`LEAST_DIGITS` significant
  digits, unhedged, followed by a word (a count of something; not a code, a sum of money, a
  percentage, a year or a date), and never a casualty toll or a running count, which grow by
  the hour and are compared by report day (:mod:`.casualties`);
- a count its sentence calls partial or preliminary ("with 96 % of the votes counted",
  "részeredmény", "предварительные") is a stage of a count, not a rival of the final figure;
- two articles dated to two different days may give two stages of one count: not compared;
- an article giving both values shows they are two quantities (votes cast and valid votes),
  and more than three values are a running count.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol

from briefing.analysis.casualties import casualty_kind
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.numbers import Number, is_year, tally_at
from briefing.analysis.sentence_numbers import numbers_in
from briefing.analysis.text import NOUN_CAPS, WORD
from briefing.analysis.totals import parts_of, year_like_total

#: The first part of a precise count's key (its second part is empty: the value is the key).
PRECISE = "precise"
#: A precise count is at least this large…
LEAST_VALUE = 1_000
#: …and written with at least this many significant digits ("19 945", not "20 000").
LEAST_DIGITS = 4
#: Below this (four digits, 1,000–9,999) a number is a count only when its words say so
#: (:func:`_small_count`): such numbers are also sizes, limits and identifiers ("1024 bytes",
#: "RFC-4122", "-b 8193 if it can't").
LEAST_LARGE = 10_000
#: Two precise counts further apart than this share of the larger are two quantities.
MOST_SHARE = 0.01
#: More distinct values than this are a running count.
_MOST_VALUES = 3
#: Words that call a count partial or a stage of counting, per language ("*": any ending).
_STAGE: dict[str, str] = {
    "en": "counted counting processed reporting tallied partial preliminary provisional so_far",
    "fr": "dépouillé* dépouillement partiel* provisoire* préliminaire*",
    "de": "ausgezählt Auszählung vorläufig* Teilergebnis* bisher bislang",
    "es": "escrutad* escrutinio parcial* provisional* preliminar*",
    "it": "scrutinat* scrutinio parzial* provvisori* preliminar*",
    "pt": "apurad* apuração parcia* provisóri* preliminar*",
    "ro": "numărat* numărare parțial* provizori* preliminar*",
    "hu": "feldolgoz* összesít* megszámol* részeredmény* előzetes*",
    "ru": "подсчит* обработ* предварительн* частичн* пока",
    "uk": "підрахов* оброб* попередн* частков* поки",
    "pl": "przeliczon* zliczon* częściow* wstępn* cząstkow*",
    "el": "καταμετρ* μερικ* προσωριν* προκαταρκτικ*",
    "tr": "sayıl* kısmi* geçici* ön_sonuç*",
    "nl": "geteld* voorlopig* gedeeltelijk*",
}


class Dated(Protocol):
    @property
    def date(self) -> dt.date | None: ...
    @property
    def date_precision(self) -> str: ...
    @property
    def id(self) -> str: ...


def precise_counts(text: str, language: str, quote: Quote) -> list[Figure]:
    """The precise counts of one sentence, keyed ``(PRECISE, "")`` (the value is the key),
    shown as written with the word after."""
    numbers = numbers_in(text, language)
    if not numbers or tally_at(text, language) is not None or _stage(text, language):
        return []
    found = []
    for index, number in enumerate(numbers):
        if number.in_words or number.qualifier or number.value < LEAST_VALUE:
            continue
        if is_year(number) and not year_like_total(numbers, index):
            continue  # "2023"; not "1966 أسيراً …، بينهم 1716 … و250" (:mod:`.totals`)
        digits = re.sub(r"\D", "", number.written).rstrip("0")
        if len(digits) < LEAST_DIGITS or not number.value.is_integer():
            continue
        after = WORD.search(text, number.end, number.end + 40)
        if after is None or text[number.end : after.start()].strip(" \u00a0\u202f"):
            continue  # "11 641 999," "(20 085)": no word says it counts something
        word = after.group()
        grouped = not number.written.isdigit()  # "1,968": no code is written in groups
        if word[0].isupper() and language not in NOUN_CAPS and not grouped:
            continue  # "75001 Paris", "10115 Berlin": a code before a name
        if number.value < LEAST_LARGE and not _small_count(text, numbers, index, word, language):
            continue
        if _money(text, number.start, word, language):
            continue
        if casualty_kind(text, number.start, number.end, word, language) is not None:
            continue  # a toll grows: compared by report day (:mod:`.casualties`)
        shown = text[number.start : after.end()]
        following = WORD.match(text, after.end() + 1)
        if len(word) < 3 and following is not None and text[after.end()] == " ":
            shown = text[number.start : following.end()]  # "20.085 de procese"
        found.append(Figure((PRECISE, ""), None, number.value, number.value, shown, quote))
    return found


def exact_beside(numbers: Sequence[Number], number: Number) -> bool:
    """Whether a round count ("230") is exact because its sentence gives, beside it, a count
    that is plainly not rounded ("230 passengers and 12 crew", "230 passagers (dont 169
    Indiens, 53 Britanniques)"): a writer who counts to the unit is not rounding the next
    figure. Only for an unhedged round count in digits; a hedge says it is rounded."""
    if number.in_words or number.qualifier or number.low is not None:
        return False
    digits = re.sub(r"\D", "", number.written)
    if not digits.endswith("0"):
        return False  # not round: exact already
    return any(
        other is not number
        and not other.in_words
        and other.qualifier is None
        and other.value.is_integer()
        and other.value >= 10
        and other.value % 10
        and not is_year(other)
        for other in numbers
    )


#: What a flag of precise counts says: the values are the claims, shown beside the subject
#: everywhere (the brief adds them in brackets), so the subject says only the kind.
_SUBJECT = "an exact count the sources give slightly differently"
_NOTE = "exact counts within a hundredth of each other: one count, reported differently"


def judge_precise(
    figures: Sequence[Figure],
    articles: Sequence[Dated],
    share: float = MOST_SHARE,
    subject: str = _SUBJECT,
    note: str = _NOTE,
) -> list[Discrepancy]:
    """Precise counts of two or more articles within ``share`` of each other that differ
    (module doc): one flag per such cluster of values, with ``subject`` and ``note``
    (:mod:`.day_counts` judges its counts of days so, at a wider share)."""
    dated = {a.id: a.date for a in articles if a.date is not None and a.date_precision == "day"}
    ordered = sorted(((f.low, f.value, f.quote) for f in figures), key=lambda c: c[0])
    clusters: list[list[tuple[float, str, Quote]]] = []
    for count in ordered:
        if clusters and count[0] - clusters[-1][-1][0] <= share * count[0]:
            clusters[-1].append(count)
        else:
            clusters.append([count])
    found = []
    for cluster in clusters:
        flag = _judge(cluster, dated, share)
        if flag is not None:
            found.append(replace(flag, subject=subject, note=note))
    return found


def _judge(
    cluster: list[tuple[float, str, Quote]], dated: dict[str, dt.date], share: float
) -> Discrepancy | None:
    values = {c[0] for c in cluster}
    if not 2 <= len(values) <= _MOST_VALUES:
        return None
    if cluster[-1][0] - cluster[0][0] > share * cluster[-1][0]:
        return None  # a chain of close values spanning more than one count's doubt
    by_article: dict[str, set[float]] = defaultdict(set)
    for value, _, quote in cluster:
        by_article[quote.article_id].add(value)
    if any(len(v) > 1 for v in by_article.values()):
        return None  # one source, two values: two quantities (cast and valid votes)
    days = {dated[a] for a in by_article if a in dated}
    if len(days) > 1:
        return None  # two days' reports: two stages of one count may rightly differ
    by_value: dict[float, tuple[str, list[Quote]]] = {}
    for value, shown, quote in cluster:
        by_value.setdefault(value, (shown, []))[1].append(quote)
    claims = tuple(Claim(shown, tuple(quotes)) for shown, quotes in by_value.values())
    return Discrepancy("figure", _SUBJECT, claims, note=_NOTE)


def _small_count(
    text: str, numbers: Sequence[Number], index: int, word: str, language: str
) -> bool:
    """Whether a four-digit number is a count of something: not glued to a name by a hyphen
    ("RFC-4122", "ISO-9001": an identifier), not followed by a unit (a measurement, compared by
    its unit: :mod:`.measures`), and followed by a word that names something ("1966 أسيراً")
    unless it is written in groups ("1,718 were") or adds up with the numbers beside it
    ("1716 من قطاع غزة و250", :mod:`.totals`): "8193 if it", "from 8192 to 128" count nothing."""
    number = numbers[index]
    if re.search(r"[^\W\d_]-$", text[max(0, number.start - 2) : number.start]):
        return False
    folded = word.casefold()
    if folded in _unit_words(language):
        return False
    if folded not in _function_words(language) or not number.written.isdigit():
        return True
    return any(number.value in parts_of(text, numbers, i, language) for i in range(len(numbers)))


@cache
def _unit_words(language: str) -> frozenset[str]:
    """Every one-word unit name of ``language``'s CLDR data ("bytes", "bit", "Tage", "km"), but
    the units that count people or things ("items", "person-days")."""
    from babel import Locale, UnknownLocaleError

    try:
        patterns = Locale.parse(language)._data["unit_patterns"]
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return frozenset()
    words = set()
    for unit, widths in patterns.items():
        if unit == "concentr-item" or unit.endswith("-person"):
            continue
        for width in widths.values():
            for form, pattern in dict(width).items():
                name = pattern.replace("{0}", "").strip()
                if form != "per" and name and " " not in name:
                    words.add(name.casefold())
    return frozenset(words)


@cache
def _function_words(language: str) -> frozenset[str]:
    """Whoosh's stop words, the topics' function words and stopwords-iso's wide list (English
    "since", "first"): a word of these after a bare number says nothing is counted. The wide
    list holds some content words too, which here only keeps a number from being compared."""
    import stopwordsiso

    from briefing.analysis.scope import stopwords
    from briefing.topics.languages import function_words

    wide = stopwordsiso.stopwords(language) if stopwordsiso.has_lang(language) else set()
    return frozenset(w.casefold() for w in stopwords(language) | function_words(language) | wide)


def _stage(text: str, language: str) -> bool:
    """Whether the sentence calls its counts partial, preliminary or a stage of counting."""
    pattern = _stage_pattern(language)
    return pattern is not None and pattern.search(text) is not None


@cache
def _stage_pattern(language: str) -> re.Pattern[str] | None:
    words = _STAGE.get(language)
    if not words:
        return None
    parts = [
        re.escape(w.rstrip("*").replace("_", " ")) + (r"\w*" if w.endswith("*") else r"\b")
        for w in words.split()
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})", re.IGNORECASE)


def _money(text: str, start: int, word: str, language: str) -> bool:
    """A sum of money: a currency sign or code by the number, or a currency's name after it."""
    near = text[max(0, start - 4) : start]
    if any(unicodedata.category(c) == "Sc" for c in near) or re.search(r"[A-Z]{3}\s*$", near):
        return True
    return word.casefold() in _currency_words(language) or (word.isupper() and len(word) == 3)


@cache
def _currency_words(language: str) -> frozenset[str]:
    """Every word of every currency name of ``language`` in CLDR (Babel), lower-cased."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    names = list(locale.currencies.values())
    for forms in dict(locale._data.get("currency_names_plural", {})).values():
        names.extend(dict(forms).values())
    # A name's last word is the currency's ("lej" of "román lej"; "román" is a demonym).
    last = (WORD.findall(name)[-1:] for name in names)
    return frozenset(w[0].casefold() for w in last if w and len(w[0]) > 2)
