"""Figure disagreements: one quantity given as different numbers, in any language.

A figure is a number and what it counts: the noun that follows it ("eight *jewels*", "huit
*bijoux*", "7,7 *büyüklüğünde*"), stemmed in the article's language, or a unit of measure
named in any of its spellings (CLDR through :mod:`.units`: "km", "kilometres",
"километров"). Two figures measure one quantity when they count the same noun in the same
language, or measure the same thing in the same unit ("a *depth* of 17.9 km" / "a *depth* of
24.1 kilometres"), for the same day where both sentences date themselves, and in the same
place where both name one. A duration of seconds, minutes or hours is one quantity in every
language ("sept minutes", "vier Minuten", "семь минут": the unit says so, nothing is
translated). Nouns are not translated: "jewels" and "bijoux" are never compared, so a
translation cannot disagree; units are not converted, so "24.1 km (14.9 miles)" or "€88m
($102m)" is one value.

Each figure is an interval: "about 1,300" and "1,287" overlap, "more than 20" and "23"
overlap, a round "1,300" stands for 1,250–1,349. Only figures that cannot both be true are
flagged, and only when the quantity is plainly one thing:

- a source that itself gives two incompatible values for the noun ("nine taken, eight
  missing"; a toll updated within the article) shows the noun names several quantities;
- more than three incompatible values are a running count (a toll rising through the day);
- values more than twice apart are more likely a part and a whole, or another unit, than
  two reports of one number.

A complete enumeration ("leaders of A, B, C and D will attend") is a count too: it is
compared with a count of a noun its own paragraph names, on the same day.

Casualties ("137 morts", "139 Tote", "141 people were killed") are one quantity per kind in
every language between reports of one day (:mod:`.casualties`); else counts of their noun.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from whoosh.lang import has_stopwords, stopwords_for_language

from briefing.analysis.casualties import CASUALTIES, by_report, casualty_kind, running_toll
from briefing.analysis.crosscounts import ANY_LANGUAGE, TopicSource, merge_linked
from briefing.analysis.dates import find_dates
from briefing.analysis.days import Day, context_day, days_by_sentence
from briefing.analysis.lists import enumeration
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import is_place
from briefing.analysis.numbers import (
    Number,
    find_numbers,
    interval,
    is_year,
    multipliers,
    tally_at,
)
from briefing.analysis.perpetrators import PERPETRATORS, perpetrator_count
from briefing.analysis.stems import stem_word
from briefing.analysis.stolen import STOLEN, stolen_count
from briefing.analysis.text import capitalised_words, language_of, sentences
from briefing.analysis.timeline import TimelineEntry
from briefing.analysis.units import UNITS, unit_after, unit_label
from briefing.model import Article, Span

_MULTIPLIERS = {
    "million": 1e6, "millions": 1e6, "mio": 1e6, "millionen": 1e6, "milioni": 1e6,
    "millones": 1e6, "млн": 1e6, "milyon": 1e6, "billion": 1e9, "billions": 1e9,
    "milliard": 1e9, "milliards": 1e9, "mrd": 1e9, "miliardi": 1e9, "млрд": 1e9,
    "milyar": 1e9, "thousand": 1e3,
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|%")
#: Words joining the two ends of a range ("3 to 6", "drei bis sechs", "de 3 à 6").
_RANGE = re.compile(r"\s*(?:-|–|to|or|à|a|bis|oder|ou|o|y|до|или|ila|veya)\s*", re.IGNORECASE)
#: Incompatible values beyond which a count is a running tally, not a disagreement.
_MOST_VALUES = 3
#: Values further apart than this factor are not taken as two reports of one number.
_MOST_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class _Figure:
    key: tuple[str, str]
    day: Day | None
    low: float
    high: float
    value: str
    quote: Quote
    places: frozenset[str] = frozenset()
    #: What is counted, as written ("jewels"), for the report's wording.
    noun: str = ""
    #: For an enumeration: the stems of its paragraph, any of which it may be counting.
    counts: frozenset[str] = field(default_factory=frozenset)
    #: A measurement in a unit (a depth, a duration), not a count: it does not add up over
    #: places, so figures naming overlapping places measure the same thing.
    measure: bool = False
    #: What a measurement is of, as written ("depth" in "a depth of 17.9 km"), else "".
    what: str = ""
    #: Written as a range ("three to six", "tres o cuatro"): the writer's own doubt.
    ranged: bool = False
    #: The day the article was published (when stated to the day), for tolls that grow.
    reported: dt.date | None = None


def figure_discrepancies(
    articles: Iterable[Article],
    entries: Sequence[TimelineEntry],
    topics: TopicSource | None = None,
) -> list[Discrepancy]:
    """Figures for one quantity that cannot all be true (``topics``: see :mod:`.crosscounts`)."""
    articles = tuple(articles)
    figures, lists = read_figures(articles, entries)
    return judge_figures(figures, lists, articles, topics)


def judge_figures(
    figures: list[_Figure],
    lists: list[_Figure],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
) -> list[Discrepancy]:
    """:func:`figure_discrepancies` from the figures :func:`read_figures` found."""
    groups: dict[tuple[str, str], list[_Figure]] = defaultdict(list)
    for figure in figures:
        groups[figure.key].append(figure)
    merge_linked(groups, figures, articles, topics)
    for listed_figure in lists:
        if listed_figure.day is None:
            continue  # a list is only a count of the day it speaks of
        language = listed_figure.key[0]
        # The groups of a noun of the list's paragraph, looked up by that noun: a large
        # briefing has tens of thousands of groups and few nouns per paragraph.
        for stem in listed_figure.counts:
            if (language, stem) in groups:
                groups[(language, stem)].append(listed_figure)
    found_all = []
    for key, members in sorted(groups.items()):
        reports = by_report(members) if key[1].startswith(CASUALTIES) else [members]
        for same_day in (d for r in reports for d in _by_day(r)):
            for same_place in _by_place(same_day):
                judged = _judge(key, same_place)
                if judged is not None:
                    found_all.append(judged)
    return found_all


def read_figures(
    articles: Sequence[Article], entries: Sequence[TimelineEntry] = ()
) -> tuple[list[_Figure], list[_Figure]]:
    """Every figure of ``articles``, and every complete enumeration read as a count."""
    days = days_by_sentence(entries)
    figures: list[_Figure] = []
    lists: list[_Figure] = []
    for article in articles:
        figures_of(article, days, figures, lists)
    return figures, lists


def figures_of(
    article: Article,
    days: dict[tuple[str, int, int], Day],
    figures: list[_Figure],
    lists: list[_Figure],
    memo: dict[Any, Any] | None = None,
) -> None:
    """Append one article's figures and enumerations (:func:`read_figures`, one article).

    With ``memo`` (a dict kept across the articles of one reading), a sentence read before
    with the same language, day and date of report is not read again: its figures are the
    same but for their quote (wire copy recurs across the articles of a large briefing)."""
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.foldable:
            continue
        parts = sentences(paragraph.text, language_of(paragraph.language, article.language))
        stems: frozenset[str] | None = None
        for position, sentence in enumerate(parts):
            day = context_day(days, article.id, p_index, parts, position)
            span = Span(p_index, sentence.start, sentence.end)
            quote = Quote(article.id, article.source, span, sentence.text)
            reported = article.date if article.date_precision == "day" else None
            key = (sentence.text, article.language, day, reported)
            known = memo.get(key) if memo is not None else None
            if known is None:
                found = _figures(sentence.text, article.language, day, quote, reported)
                listed = enumeration(sentence.text, article.language)
                if memo is not None:
                    memo[key] = (found, listed)
            else:
                found = [replace(figure, quote=quote) for figure in known[0]]
                listed = known[1]
            figures.extend(found)
            if listed:
                if stems is None:  # only a list needs its paragraph's stems
                    stems = _stems(paragraph.text, article.language)
                lists.append(_list_figure(listed, article.language, day, quote, stems))


def _stems(text: str, language: str) -> frozenset[str]:
    return frozenset(stem_word(w, language) for w in _WORD.findall(text))


def _figures(
    text: str, language: str, day: Day | None, quote: Quote, reported: dt.date | None = None
) -> list[_Figure]:
    numbers = find_numbers(text, language)
    if not numbers:
        return []  # most sentences: what follows only qualifies the numbers
    tally = tally_at(text, language)
    dated = [(p.start, p.end) for p in find_dates(text, language)]
    places = frozenset(w for _, _, w in capitalised_words(text) if is_place(w))
    found = []
    for index, number in enumerate(numbers):
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if following and _RANGE.fullmatch(text[number.end : following.start]):
            continue  # "three to six days": the range is read at its upper end, below
        previous = numbers[index - 1] if index else None
        if previous and _RANGE.fullmatch(text[previous.end : number.start]):
            number = Number(previous.start, number.end, number.value, number.written,
                            number.in_words, number.qualifier, previous.value)  # fmt: skip
        if is_year(number) or any(s <= number.start < e for s, e in dated):
            continue
        if text[number.end : number.end + 1] in "-–/":
            continue  # "three-day", "1,300-kilometer", "24/7": an adjective, not a count
        who = perpetrator_count(text, number, language, following.start if following else None)
        if who is not None:  # "four gunmen", "au moins cinq hommes en armes": any language
            found.append(_Figure(who[0], day, *who[1:], quote, noun=PERPETRATORS,
                                 ranged=number.low is not None))  # fmt: skip
            continue
        counted = _counted(text, number.start, number.end, language)
        if tally is not None and number.end + 30 >= tally:
            # A running count ("76 so far"): reports hours apart rightly differ, so only a
            # toll is kept, as of its report ("the death toll rose to 137"; ``by_report``).
            toll = running_toll(text, number, counted, language, reported)
            if toll is not None:
                found.append(_Figure(toll[0], day, *toll[1:], quote, places, toll[3].split()[-1],
                                     reported=reported))  # fmt: skip
            continue
        if counted is None:
            # "The gunmen killed 133, officials said": a toll that counts no word.
            toll = running_toll(text, number, None, language, reported)
            if toll is not None:
                found.append(_Figure(toll[0], day, *toll[1:], quote, places, toll[3].split()[-1],
                                     reported=reported))  # fmt: skip
            continue
        noun, scale, key = counted
        value = number.value * scale
        low, high = interval(value, number)
        if number.low is not None:
            low, high = low * scale, high * scale
        written = text[number.start : number.end]
        multiplier = _WORD.search(text, number.end) if scale != 1 else None
        if multiplier is not None:
            written = text[number.start : multiplier.end()]  # "80 mila", "3 Mio."
        shown = f"{number.hedge + ' ' if number.hedge else ''}{written} {noun}"
        if number.in_words:
            shown += f" ({value:g})"
        measure = key[1].split(" ")[0] in UNITS
        kind = None if measure else casualty_kind(text, number.start, number.end, noun, language)
        loot = None if measure or kind or scale != 1 else stolen_count(text, number, noun, language)
        if loot is not None:  # "huit bijoux dérobés", "похитили девять предметов": any language
            found.append(_Figure(loot[0], day, *loot[1:], quote, noun=STOLEN))
            continue
        if kind is not None and reported is not None:  # undated: by its noun, as any count
            key = (ANY_LANGUAGE, f"{CASUALTIES} {kind}")
        what = (_head(text, number.start, language) or "") if measure and " " in key[1] else ""
        figure = _Figure(key, day, low, high, shown, quote, places, noun, measure=measure)
        found.append(replace(figure, what=what, ranged=number.low is not None, reported=reported))
    return found


def _counted(
    text: str, start: int, end: int, language: str
) -> tuple[str, float, tuple[str, str]] | None:
    """What a number counts: (noun as written, multiplier, comparison key). A unit ("km")
    says how, not what: its key adds the word the number measures ("depth of 17.9 km")."""
    words = list(_WORD.finditer(text, end, min(len(text), end + 60)))
    if not words or text[end : words[0].start()].strip(" \u00a0\u202f.") not in ("",):
        return None  # "12, the police said": the number ends its clause
    scale = 1.0
    first = words[0].group()
    factors = _MULTIPLIERS | multipliers(language)
    if first.casefold().rstrip(".") in factors:
        scale = factors[first.casefold().rstrip(".")]
        words = words[1:]
        if not words:
            return None
        first = words[0].group()
    unit = unit_after(text, words[0].start(), language)
    if unit is not None and unit.duration:
        # "seven minutes", "sept minutes", "7 min": how long the event took, compared in its
        # unit whatever the language, since CLDR says which words name that unit. Longer
        # spans ("five years") stay within one language, as nouns always have.
        return unit.written, scale, (ANY_LANGUAGE if unit.brief else language, unit.id)
    if unit is not None:
        # "17.9 km", "24.1 kilometres": a measurement says how much, not of what; its key
        # adds the word it measures ("a depth of 17.9 km").
        head = _head(text, start, language)
        if head is None:
            return None
        return unit.written, scale, (language, f"{unit.id} {stem_word(head, language)}")
    if language == "de":
        # German capitalises nouns: the counted noun is the first capitalised word
        # ("acht entwendeten Stücke").
        noun = next((w.group() for w in words[:3] if w.group()[0].isupper()), None)
        if noun is None:
            return None
    else:
        noun = first
    if len(noun) < 3 or not noun[0].isalpha():
        return None
    return noun, scale, (language, stem_word(noun, language))


def _head(text: str, start: int, language: str) -> str | None:
    """The content word closest before a measurement ("depth" in "a depth of 17.9 km")."""
    stops = _stopwords(language)
    for word in reversed(_WORD.findall(text, max(0, start - 40), start)[-4:]):
        if len(word) > 2 and word.casefold() not in stops and not word[0].isupper():
            return word
    return None


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


def _list_figure(
    listed: list[str], language: str, day: Day | None, quote: Quote, stems: frozenset[str]
) -> _Figure:
    value = f"{len(listed)} listed: {', '.join(listed)}"
    count = float(len(listed))
    return _Figure((language, ""), day, count, count, value, quote, frozenset(), "", stems)


def _by_day(figures: list[_Figure]) -> list[list[_Figure]]:
    """Figures per day; undated ones join the only day, else stay with each other."""
    dated: dict[tuple[int, int], list[_Figure]] = defaultdict(list)
    undated: list[_Figure] = []
    for figure in figures:
        if figure.day is None:
            undated.append(figure)
        else:
            dated[(figure.day.month, figure.day.day)].append(figure)
    if len(dated) == 1:
        return [next(iter(dated.values())) + undated]
    return [*dated.values(), undated] if dated else [undated]


def _by_place(figures: list[_Figure]) -> list[list[_Figure]]:
    """Figures per named place; unplaced ones join the only named place, else stay apart.

    A count adds up over places ("900 in Turkey" is part of "1,200 in Turkey and Syria"), so
    counts are compared only for the same places. A measurement does not (a quake has one
    depth): measurements whose places overlap ("near Gaziantep" / "in Turkey's Gaziantep
    province") are of one place.
    """
    named: dict[frozenset[str], list[_Figure]] = defaultdict(list)
    unplaced: list[_Figure] = []
    for figure in figures:
        (named[figure.places] if figure.places else unplaced).append(figure)
    if named and all(f.measure for f in figures):
        named = _overlapping(named)
    if not named:
        return [unplaced]
    if len(named) == 1:
        next(iter(named.values())).extend(unplaced)
        return list(named.values())
    return [*named.values(), unplaced]


def _overlapping(
    named: dict[frozenset[str], list[_Figure]],
) -> dict[frozenset[str], list[_Figure]]:
    """Groups of place sets joined while any two share a place."""
    merged: list[tuple[set[str], list[_Figure]]] = []
    for places, members in named.items():
        joined = (set(places), list(members))
        for other in [m for m in merged if m[0] & places]:
            merged.remove(other)
            joined[0].update(other[0])
            joined[1].extend(other[1])
        merged.append(joined)
    return {frozenset(places): members for places, members in merged}


def _apart(a: _Figure, b: _Figure) -> bool:
    return max(a.low, b.low) > min(a.high, b.high)


def _judge(key: tuple[str, str], figures: list[_Figure]) -> Discrepancy | None:
    by_article: dict[str, list[_Figure]] = defaultdict(list)
    for figure in figures:
        by_article[figure.quote.article_id].append(figure)
    for own in by_article.values():
        if any(_apart(a, b) for i, a in enumerate(own) for b in own[i + 1 :]):
            return None  # one source, two values: the noun names more than one quantity
    # The first clash is enough to go on (a common noun of a large briefing has thousands
    # of figures, and all their pairs were listed).
    if not any(
        a.quote.article_id != b.quote.article_id and _apart(a, b)
        for i, a in enumerate(figures)
        for b in figures[i + 1 :]
    ):
        return None
    distinct: list[_Figure] = []
    for figure in figures:
        if all(_apart(figure, other) for other in distinct):
            distinct.append(figure)
            if len(distinct) > _MOST_VALUES:
                return None  # a running count (more values can only make it more of one)
    lows = [f.low for f in figures if f.low > 0]
    highs = [f.high for f in figures if math.isfinite(f.high)]
    if lows and highs and max(lows) > _MOST_RATIO * min(highs):
        return None  # a part and a whole, or two things, more likely than one number
    by_value: dict[str, list[Quote]] = defaultdict(list)
    shown: dict[tuple[float, float], str] = {}
    for figure in figures:
        # "7,7" and "7.7" are one value: quoted together under the first way it is written.
        label = shown.setdefault((figure.low, figure.high), figure.value)
        by_value[label].append(figure.quote)
    noun = next((f.noun for f in figures if f.noun), key[1])
    if "+" in key[0]:  # nouns of several languages, tied by :mod:`.crosscounts`
        noun = " / ".join(dict.fromkeys(f.noun for f in figures if f.noun))
    if key[0] == ANY_LANGUAGE:  # several languages: the unit's or kind's name, not one's word
        noun = key[1].split(" ", 1)[1] if key[1].startswith(CASUALTIES) else unit_label(key[1])
    when = next((f.day.short for f in figures if f.day and f.day.year), None) or next(
        (f.day.short for f in figures if f.day), None
    )
    what = next((f.what for f in figures if f.what), "")
    subject = f"how many {noun}" + (f" ({what})" if what else "") + (f" on {when}" if when else "")
    reported = next((f.reported for f in figures if f.reported), None)
    if key[1].startswith(CASUALTIES) and reported is not None:  # a toll is as of its report
        subject += f", reported {reported.day} {reported:%B %Y}"
    return Discrepancy(
        "figure",
        subject,
        tuple(Claim(value, tuple(dict.fromkeys(quotes))) for value, quotes in by_value.items()),
        note=f"the sources give figures for “{noun}” that cannot all be true",
    )
