"""Clock-time disagreements: one moment of the story given as two times of day.

"The white smoke rose at 18:07" and "alle 18.08 la fumata bianca": a time of day is written
the same way in every language ("18:07", "18.07 Uhr", "4:17 a.m.", "4 h 17", "04.17'de"), so
the value needs no translation; what needs care is knowing that two times are of one moment.
Two statements are taken as one moment only when all of these hold:

- they share a word: its stem in one language, or the very same word (five letters or more)
  in two languages ("fumata" in Spanish and Italian), never a translation; or, in two
  languages, what their sentences name and count (:mod:`.same_event`: two names, or a name
  and a figure, one not the story's protagonist nor a place — "Flight QX418 left Varnholm
  Airport" and "el vuelo QX418 despegó del aeropuerto de Varnholm");
- they are at most ``_WINDOW`` minutes apart: two clocks, or two ways of rounding, disagree by
  minutes; events of a story hours apart (a second quake, an announcement) are never joined;
- they are not dated to different days, where both sentences date themselves;
- no source states two different times among them: a source that does ("at 04:17 … at
  04:26") shows they are several moments, and the group is left alone.

A hedged time ("gegen 9:30 Uhr", "shortly after 18:00", "04.17 sularında") is not compared:
it does not clash with a precise one near it. A time in brackets after another one ("18:07
local time (16:07 GMT)") is a conversion and is not read; figures that merely look like times
("12.50 euros", "17.90 km") are left out. A twelve-hour time followed by the part of the day
("1:38 de la tarde") is read in that half of the day (:mod:`.day_periods`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial

from briefing.analysis.clock_lookalikes import _not_a_time
from briefing.analysis.day_periods import in_named_half
from briefing.analysis.days import Day, context_day, days_by_sentence
from briefing.analysis.locales import locale_for
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.same_event import (
    SHARED,
    figures,
    name_keys,
    names,
    shared_read,
    story_names,
)
from briefing.analysis.spelling import folded
from briefing.analysis.stems import stem_word
from briefing.analysis.text import NOUN_CAPS, WORD, language_of, sentences, word_set
from briefing.analysis.timeline import TimelineEntry
from briefing.analysis.units import unit_names
from briefing.model import Article, Span

_CLOCK = re.compile(
    r"(?<![\w.,:/])(?P<hour>[01]?\d|2[0-3])(?:(?P<mark>[:.])|\s?h\s?)(?P<minute>[0-5]\d)"
    r"(?!\d|[.,:/]\d)(?:\s*(?P<half>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
#: Times further apart than this many minutes are never taken as one moment.
_WINDOW = 5
#: Words that make a time approximate or a bound ("gegen 9:30", "shortly after 18:00",
#: "04.17 sularında"): such a time does not clash with a precise one near it, so it is not
#: compared. Closed-class words of each language, before the time and (second list) after it.
_HEDGED_BEFORE: dict[str, frozenset[str]] = {
    "en": word_set("around about approximately roughly nearly almost after before by until"),
    "fr": word_set("vers environ après avant jusqu'à presque"),
    "de": word_set("gegen etwa rund ungefähr circa nach vor bis kurz knapp"),
    "it": word_set("verso intorno circa dopo prima fino quasi"),
    "es": word_set("hacia alrededor cerca sobre después antes hasta casi"),
    "pt": word_set("volta cerca aproximadamente após depois antes até quase"),
    "nl": word_set("rond omstreeks ongeveer circa tegen na voor kort net bijna"),
    "ru": word_set("около примерно почти после до к"),
    "tr": word_set("yaklaşık"),
}
_HEDGED_AFTER: dict[str, frozenset[str]] = {
    "fr": word_set("environ passées"),
    "de": word_set("etwa ungefähr"),
    "it": word_set("circa"),
    "es": word_set("aproximadamente"),
    "pt": word_set("aproximadamente"),
    "nl": word_set("ongeveer"),
    "ru": word_set("примерно"),
    "tr": word_set("sularında civarında sonra önce"),
}
#: Distinct times beyond which a group is a sequence of moments, not one.
_MOST_VALUES = 3
#: A word shared across two languages must be at least this long to tie two statements.
_SHARED_ACROSS = 5


@dataclass(frozen=True, slots=True)
class _Time:
    minutes: int
    value: str
    language: str
    stems: frozenset[str]
    words: frozenset[str]
    day: Day | None
    quote: Quote


def clock_discrepancies(
    articles: Iterable[Article], entries: Sequence[TimelineEntry]
) -> list[Discrepancy]:
    """Times of day of one moment that the sources give differently."""
    days = days_by_sentence(entries)
    times: list[_Time] = []
    for article in articles:
        times_of(article, days, times)
    return judge_times(times)


def times_of(article: Article, days: dict[tuple[str, int, int], Day], times: list[_Time]) -> None:
    """Append the exact times of day one article states (:func:`clock_discrepancies`)."""
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.foldable:
            continue
        language = language_of(paragraph.language, article.language)
        parts = sentences(paragraph.text, language)
        for position, sentence in enumerate(parts):
            found = clock_times(sentence.text, article.language, exact=True)
            if not found:
                continue
            day = context_day(days, article.id, p_index, parts, position)
            stems, words = _content(sentence.text, article.language)
            span = Span(p_index, sentence.start, sentence.end)
            quote = Quote(article.id, article.source, span, sentence.text)
            times.extend(_Time(m, v, article.language, stems, words, day, quote) for m, v in found)


def judge_times(times: list[_Time]) -> list[Discrepancy]:
    """The disagreements among the times :func:`times_of` found, in the articles' order."""
    common = story_names((t.quote.article_id, _untimed(t), t.language) for t in times)
    return [d for group in _moments(times, common) if (d := _judge(group)) is not None]


def clock_times(text: str, language: str, exact: bool = False) -> list[tuple[int, str]]:
    """(minutes after midnight, as written "18:07") for each time of day in ``text``;
    with ``exact``, only the times stated without a hedge ("gegen 9:30" is left out)."""
    return [(t.minutes, t.value) for t in told_times(text, language) if not (exact and t.hedge)]


@dataclass(frozen=True, slots=True)
class Told:
    """A time of day as a sentence tells it: where, its value, and the hedge word before or
    after it ("gegen", "shortly before"; "" when stated exactly)."""

    start: int
    end: int
    minutes: int
    value: str
    hedge: str


def told_times(text: str, language: str) -> list[Told]:
    """Every time of day in ``text`` (:func:`clock_times`), with its place and hedge."""
    found: list[Told] = []
    told = False  # a time of day came before, hedged or not
    for match in _CLOCK.finditer(text):
        hour, minute = int(match["hour"]), int(match["minute"])
        if match["half"]:
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if match["half"].casefold() == "p" else 0)
        opened = text.rfind("(", 0, match.start())
        if opened > text.rfind(")", 0, match.start()) and told:
            # "18:07 (16:07 GMT)": the same moment in another time zone, and as hedged as
            # the time it converts ("por volta das 11h30 (6h30 de Brasília)")
            continue
        if match["mark"] == "." and _not_a_time(text, match, language):
            continue
        told = True
        minutes = hour * 60 + minute
        if not match["half"]:
            minutes = in_named_half(text, match.end(), minutes, language)  # "1:38 de la tarde"
        found.append(
            Told(match.start(), match.end(), minutes, f"{minutes // 60:02d}:{minute:02d}",
                 _hedged(text, match, language))
        )  # fmt: skip
    return found


def _hedged(text: str, match: re.Match[str], language: str) -> str:
    """The word before the time (one of the two before it) or after it that hedges it."""
    before = [w.casefold() for w in WORD.findall(text, max(0, match.start() - 30), match.start())]
    after = [w.casefold() for w in WORD.findall(text, match.end(), match.end() + 30)]
    hedges = [
        *(w for w in reversed(before[-2:]) if w in _HEDGED_BEFORE.get(language, frozenset())),
        *(w for w in after[:2] if w in _HEDGED_AFTER.get(language, frozenset())),
    ]
    return hedges[0] if hedges else ""


def _content(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the sentence's content words, and the long words as written (folded).

    Names are left out where capitals mark them (not in German, which capitalises every
    noun): a name says who, not which moment — "Prevost appeared at 19:13" and "Prevost spoke
    at 19:18" share a person, not an event.
    """
    stops = _stopwords(language) | _clock_words(language)
    words = [
        match.group()
        for match in WORD.finditer(text)
        if len(match.group()) >= 4
        and match.group().casefold() not in stops
        and not (match.group()[:1].isupper() and match.start() > 0 and language not in NOUN_CAPS)
    ]
    stems = frozenset(stem_word(w, language) for w in words)
    long = frozenset(folded(w) for w in words if len(w) >= _SHARED_ACROSS)
    return stems, long


@cache
def _clock_words(language: str) -> frozenset[str]:
    """Words that say how a time is told, not what happened ("local time", "Ortszeit",
    "hora", "heures", "morning"): CLDR's time-zone formats, day periods and units of time."""
    words: set[str] = set()
    locale = locale_for(language)
    if locale is not None:
        for pattern in dict(locale.zone_formats).values():
            words.update(w.casefold() for w in WORD.findall(str(pattern)))
        for context in locale.day_periods.values():
            for names in context.values():
                words.update(w.casefold() for n in dict(names).values() for w in WORD.findall(n))
    words.update(n for n, unit in unit_names(language).items() if unit.startswith("duration-"))
    return frozenset(words)


@cache
def _stopwords(language: str) -> frozenset[str]:
    import stopwordsiso
    from whoosh.lang import has_stopwords, stopwords_for_language

    words = set(stopwords_for_language(language)) if has_stopwords(language) else set()
    if stopwordsiso.has_lang(language):
        words |= set(stopwordsiso.stopwords(language))
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True, slots=True)
class _Named:
    """What a time's sentence names and counts (:mod:`.same_event`), read once, and every
    sound key of its names, to skip at once a pair that shares none."""

    names: list[frozenset[str]]
    figures: frozenset[str]
    keys: frozenset[str]


def _named(time: _Time) -> _Named:
    text = _untimed(time)
    found = names(text, time.language)
    figures_of = figures(text)
    return _Named(found, figures_of, name_keys(found) | figures_of)


def _linked(
    a: _Time, b: _Time, named: Callable[[], tuple[_Named, _Named]], common: frozenset[str]
) -> bool:
    if abs(a.minutes - b.minutes) > _WINDOW:
        return False
    if a.day is not None and b.day is not None and not a.day.agrees(b.day):
        return False
    if a.language == b.language:
        return bool(a.stems & b.stems)
    if a.words & b.words:
        return True
    # Across languages no word need be shared: what survives translation is what the
    # sentence names and counts (:mod:`.same_event`: two names, or a name and a figure,
    # one of them not the story's protagonist nor a place), the times themselves left out.
    x, y = named()
    if not x.keys & y.keys:
        return False
    count, telling = shared_read(x.names, x.figures, y.names, y.figures, common)
    return count >= SHARED and telling


def _untimed(time: _Time) -> str:
    """The sentence of ``time`` without its times of day, whose digits are no shared figure."""
    return _CLOCK.sub(" ", time.quote.text)


def _moments(times: list[_Time], common: frozenset[str] = frozenset()) -> list[list[_Time]]:
    """Times joined into moments: connected groups of linked statements. Only times within
    the window of each other are compared, so the cost follows the packet, not its square."""
    times = sorted(times, key=lambda t: t.minutes)
    read: dict[int, _Named] = {}

    def named(i: int) -> _Named:
        if i not in read:
            read[i] = _named(times[i])
        return read[i]

    def pair(i: int, j: int) -> tuple[_Named, _Named]:
        return named(i), named(j)

    parent = list(range(len(times)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(times):
        for j in range(i + 1, len(times)):
            if times[j].minutes - a.minutes > _WINDOW:
                break
            if _linked(a, times[j], partial(pair, i, j), common):
                parent[root(j)] = root(i)
    groups: dict[int, list[_Time]] = defaultdict(list)
    for i, time in enumerate(times):
        groups[root(i)].append(time)
    return [g for g in groups.values() if len(g) > 1]


def _judge(group: list[_Time]) -> Discrepancy | None:
    by_article: dict[str, set[int]] = defaultdict(set)
    for time in group:
        by_article[time.quote.article_id].add(time.minutes)
    if any(len(values) > 1 for values in by_article.values()):
        return None  # one source, two times: several moments, not one
    values = sorted({t.minutes for t in group})
    if len(values) < 2 or len(values) > _MOST_VALUES:
        return None
    claims = []
    for minutes in values:
        members = [t for t in group if t.minutes == minutes]
        quotes = tuple(dict.fromkeys(t.quote for t in members))
        claims.append(Claim(members[0].value, quotes))
    shared = _shared_word(group)
    what = f" ({shared})" if shared else ""
    return Discrepancy(
        "date",
        f"at what time{what}",
        tuple(claims),
        note="the sources give different times of day for what reads as one moment",
    )


def _shared_word(group: list[_Time]) -> str:
    """The word most statements share, across the most languages ("fumata"), to say what the
    moment is; "" when none is shared."""
    articles: dict[str, set[str]] = defaultdict(set)
    languages: dict[str, set[str]] = defaultdict(set)
    for time in group:
        for word in time.words:
            articles[word].add(time.quote.article_id)
            languages[word].add(time.language)
    ranked = sorted(articles, key=lambda w: (-len(articles[w]), -len(languages[w]), w))
    return ranked[0] if ranked and len(articles[ranked[0]]) > 1 else ""
