"""Statements dated by their context: "at 20:30 all the injured were out", "hours later".

A report of one day tells that day's events by the clock ("do godziny 20.30", "até 23h",
"hacia las 22:00 horas", "下午2時": :mod:`.hour_marks`), by the part of the day ("no fim da
tarde", "am Abend", "вечером") or by a step from the last ("hours later", "the next day",
"am Tag danach", "на следующий день") without naming the day again. Such a sentence is
placed on the day the article is about, and only when that day is beyond doubt — a wrong
date is worse than none:

- the article names exactly one day (every date phrase of a day, a weekday or "today" in it
  falls on that one day; years and months told as history do not count), and, when the
  article is dated to the day, that day is the article's own (a report written the day after
  may mean its own day by a bare "at 9:00");
- the day is named before the sentence, in the text the sentence follows;
- the sentence is body text, has no date phrase of its own and is no forecast (:mod:`.forecasts`);
- a step to the next day ("the next day") moves the story on, so it is placed on the day
  after, and nothing later in the article is placed by context; a step from a named thing
  ("the day after the fire") is not read, since its anchor is that thing, not the story's day.

An undated article's day has no year, even when the article writes it in full: the statement
names no year, and the article has no date or dateline to give it one, so it keeps its day and
month only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.forecasts import is_forecast
from briefing.analysis.hour_marks import HOUR_MARK
from briefing.analysis.locales import weekday_names
from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Span

#: A time of day: "20:30", "20.30 Uhr", "23h", "18h30", "4:17 a.m.".
_CLOCK = re.compile(
    r"(?<![\w.,:/])(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|h(?:[0-5]\d)?(?!\w)|\s?h\s[0-5]\d(?!\d))"
    r"(?:\s*[ap]\.?\s?m\b\.?)?(?![.,:/]\d)"
)
#: "20.30" is a time only beside a word for the hour ("do godziny 20.30", "um 20.30 Uhr").
_DOTTED = re.compile(
    r"(?:\b(?:godz(?:iny|\.)?|ore|alle|um|às|as|a las|à|at|в|saat)\s+)"
    r"(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)|(?<![\w.,])(?:[01]?\d|2[0-3])\.[0-5]\d\s+(?:Uhr|uur|h)\b",
    re.IGNORECASE,
)
#: Every way of writing the clock: "20:30", "um 20.30 Uhr", "下午2時" (``hour_marks``).
_CLOCKS = (_CLOCK, _DOTTED, HOUR_MARK)
#: Parts of the day and steps within it, per language (closed-class phrases; lower case).
_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("in the morning", "in the afternoon", "in the evening", "late afternoon",
           "that morning", "that afternoon", "that evening", "that night", "overnight",
           "at midday", "at noon", "at midnight", "hours later", "later that day"),
    "pt": ("no fim da tarde", "ao fim da tarde", "à tarde", "à noite", "pela manhã",
           "de manhã", "ao meio-dia", "horas depois", "horas mais tarde"),
    "es": ("por la tarde", "por la noche", "por la mañana", "al mediodía", "horas después",
           "horas más tarde"),
    "fr": ("dans la soirée", "dans la matinée", "dans l'après-midi", "en fin de journée",
           "en fin d'après-midi", "heures plus tard"),
    "it": ("in serata", "in mattinata", "nel pomeriggio", "in nottata", "ore dopo",
           "ore più tardi"),
    "de": ("am abend", "am nachmittag", "am vormittag", "in der nacht", "stunden später"),
    "nl": ("'s avonds", "'s middags", "'s ochtends", "uur later"),
    "pl": ("wieczorem", "po południu", "w nocy", "późnym popołudniem", "godzin później"),
    "ru": ("вечером", "утром", "ночью", "днем", "днём", "несколько часов спустя",
           "через несколько часов"),
    "uk": ("увечері", "ввечері", "вранці", "вночі", "через кілька годин"),
    "el": ("το πρωί", "το μεσημέρι", "το απόγευμα", "το βράδυ", "τη νύχτα", "ώρες αργότερα"),
}  # fmt: skip
#: Steps to the next day, told without naming what they follow.
_NEXT_DAY: dict[str, tuple[str, ...]] = {
    "en": ("the next day", "the following day", "the day after", "a day later"),
    "de": ("am tag danach", "am nächsten tag", "am folgetag", "tags darauf"),
    "fr": ("le lendemain", "le jour suivant"),
    "es": ("al día siguiente", "un día después"),
    "pt": ("no dia seguinte", "um dia depois"),
    "it": ("il giorno dopo", "l'indomani", "all'indomani", "il giorno seguente"),
    "nl": ("de volgende dag", "de dag erna", "een dag later"),
    "pl": ("następnego dnia", "dzień później"),
    "ru": ("на следующий день", "на другой день", "днем позже", "сутки спустя"),
    "uk": ("наступного дня", "на наступний день"),
}
#: After a step: a word tying it to a named thing ("the day after the fire", "le lendemain
#: du drame", "на следующий день после"): its anchor is that thing, not the story's day.
_TIED = re.compile(
    r"^\s*(?:of|du|de|des|after|the|an?|his|her|their|its|nach|dem|der|del|dalla|dal|della|"
    r"la|il|lo|gli|le|l['’]|do|da|после|після|po|van)(?!\w)",
    re.IGNORECASE,
)


_WORD = re.compile(r"[^\W\d_]{2,}")
#: Words a sentence needs to be a statement rather than a stamp or a heading.
_WORDS = 4
#: Languages that write a weekday into a compound ("Donnerstagnachmittag", "maandagavond").
_COMPOUNDING = frozenset({"de", "nl", "lb"})


def _other_weekday(
    article: Article, entries: Sequence[TimelineEntry], day: tuple[int, int, int]
) -> bool:
    """True when the article names a weekday that may not be ``day``: one outside the date
    phrases of that day, in a compound the date reader does not take ("am
    Donnerstagnachmittag"), or any weekday when the day has no year to check it against."""
    inside = [
        (e.phrase_span.paragraph, e.phrase_span.start, e.phrase_span.end)
        for e in entries
        if e.day_key() == day
    ]
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind not in ("body", "title", "dek"):
            continue
        language = language_of(paragraph.language, article.language)
        pattern, names = _weekdays(language)
        for m in pattern.finditer(paragraph.text) if pattern is not None else ():
            if any(p == index and a <= m.start() < b for p, a, b in inside):
                continue
            weekday = names[m["name"].casefold()]
            if not day[0] or dt.date(*day).weekday() != weekday:
                return True
    return False


@cache
def _weekdays(language: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    names = weekday_names(language)
    if not names:
        return None, {}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # A case ending after the name ("της Πέμπτης", "Sundays") still names that weekday; reading
    # too many words as weekdays only ever places fewer statements, never a wrong one.
    tail = r"\w*" if language in _COMPOUNDING else r"\w{0,2}"
    pattern = re.compile(rf"(?<!\w)(?P<name>{alternation}){tail}(?!\w)", re.IGNORECASE)
    return pattern, names


@cache
def _cue(language: str) -> tuple[re.Pattern[str], dict[str, int]]:
    steps = {p.casefold(): 1 for p in _NEXT_DAY.get(language, ())}
    # Keyed case-folded, as looked up: "ώρες" folds to "ώρεσ".
    phrases = {**dict.fromkeys((p.casefold() for p in _PARTS.get(language, ())), 0), **steps}
    names = "|".join(
        re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{names or '(?!)'})(?!\w)", re.IGNORECASE), phrases


def context_entries(
    article: Article, entries: Sequence[TimelineEntry], own_date: dt.date | None, exact: bool
) -> list[TimelineEntry]:
    """Statements of ``article`` dated by context (module docstring); ``entries`` are the
    article's dated phrases, ``own_date`` its date (``exact`` False when only its month)."""
    days = set()
    first: tuple[int, int] | None = None
    for entry in entries:
        if entry.date is not None and entry.precision != "day":
            continue  # a year or a month: history, not the day the story is on
        key = entry.day_key()
        if key is None:
            return []  # a weekday or "today" the article cannot place: which day is unsure
        days.add(key)
        at = (entry.sentence_span.paragraph, entry.sentence_span.start)
        first = at if first is None else min(first, at)
    if len(days) != 1 or first is None:
        return []
    year, month, number = next(iter(days))
    if year and exact and own_date is not None and own_date != dt.date(year, month, number):
        return []
    if _other_weekday(article, entries, (year, month, number)):
        return []
    # Where the article's date phrases stand: a sentence holding one has a date of its own,
    # even when a dateline run into it was read as a sentence apart ("【Agency 3日讯】…3日…").
    phrases = [(e.phrase_span.paragraph, e.phrase_span.start) for e in entries]
    found: list[TimelineEntry] = []
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind != "body" or index < first[0]:
            continue
        language = language_of(paragraph.language, article.language)
        pattern, _ = _cue(language)
        if not any(clock.search(paragraph.text) for clock in _CLOCKS) and not (
            pattern.search(paragraph.text)
        ):
            continue
        for sentence in sentences(paragraph.text, language):
            if (index, sentence.start) <= first or any(
                p == index and sentence.start <= at < sentence.end for p, at in phrases
            ):
                continue
            cue = _find_cue(sentence.text, language)
            if cue is None or len(_WORD.findall(sentence.text)) < _WORDS:
                continue  # "20:20" alone: a page's time stamp
            start, end, offset = cue
            if is_forecast(sentence.text, start, end, language):
                continue
            day = dt.date(year or 2000, month, number) + dt.timedelta(days=offset)
            # An undated article's year is its statements' own: this sentence names none.
            placed = bool(year) and own_date is not None
            found.append(
                _entry(article, index, sentence.start, sentence.text, (start, end), day, placed)
            )
            if offset:
                return found  # the story moved on a day: nothing later is placed by context
    return found


def _find_cue(text: str, language: str) -> tuple[int, int, int] | None:
    """The first time cue of a sentence: (start, end, days after the story's day)."""
    pattern, phrases = _cue(language)
    cues: list[tuple[int, int, int]] = []
    for m in pattern.finditer(text):
        offset = phrases[" ".join(m.group().casefold().replace("’", "'").split())]
        if offset and _TIED.match(text[m.end() :]):
            continue  # "the day after the fire": tied to a thing, not the story's day
        cues.append((m.start(), m.end(), offset))
    for clock in _CLOCKS:
        cues += [(m.start(), m.end(), 0) for m in clock.finditer(text)]
    return min(cues) if cues else None


def _entry(
    article: Article,
    paragraph: int,
    at: int,
    sentence: str,
    cue: tuple[int, int],
    day: dt.date,
    has_year: bool,
) -> TimelineEntry:
    phrase = sentence[cue[0] : cue[1]]
    how = f"“{phrase}” on the one day the article names before it"
    return TimelineEntry(
        article_id=article.id,
        source=article.source,
        date=day if has_year else None,
        until=None,
        precision="day",
        phrase=phrase,
        phrase_span=Span(paragraph, at + cue[0], at + cue[1]),
        sentence=sentence,
        sentence_span=Span(paragraph, at, at + len(sentence)),
        resolution="context",
        how=how if has_year else f"{how}, which gives no year",
        month=None if has_year else day.month,
        day=None if has_year else day.day,
    )
