"""The brief's timeline: days in order, one line per event with every source that reports it.

Only events are shown (captions, credits and asides are not; see ``analysis.timeline``). A
year comes only from the text, so statements whose article gives no year are listed by day
and month apart from the dated days — never placed in a year another article supplies.

One event reported by several outlets is one line. Two grades of "the same":

- one text carried by several outlets (wire copy: most words shared) is quoted once and cited
  to all of them;
- the same event told in other words by another outlet on the same day, in the same language
  (several content words shared, stemmed, without names or function words: two statements
  naming the same people may still say different things) is cited after "also", so
  the quote is never attributed to an outlet that did not write it;
- the same event told in another language (or in the same one) that names the same people,
  places or venues and gives the same figures — at least two of them in common
  (``analysis.same_event``): one shared name is never enough, two things one person did on
  one day stay two lines — is cited after "also" too; so is one that shares a telling name
  or figure and names the same other month in words, as a translation keeps its source's
  backstory ("… who had resigned in early July": ``brief_months``);
- so is a report in any language that names the same key topic (a person, organisation or
  event the topics layer joins across spellings: "Leo XIV", "León XIV", "Лев XIV") and gives
  the same figure, or is of the main event's day; and, on the main event's day, one that
  gives the same figure, no year (``brief_topic_events``);
- so is a report in another language that names the same thing right beside the same day,
  written by its number ("the election of 8 August", "l'élection du 8 août", "8月8日的選舉":
  a cognate or one Han word, ``brief_dated_words``);
- so is, in any language, the statement that tells the story's first act, weeks before its
  main day, on the day three articles or more in two languages or more start their account
  on ("ran aground on 25 July", "25 июля сел на мель", "7月25日…触礁": ``brief_first_act``),
  one statement of that day per article;
- a statement with a day and month but no year that is one of these events on the one
  dated day of that day and month is cited "also" beside it (its outlet still undated);
- a day more than a year before the packet's latest article, which the sources write out in
  full ("15 April 2019"), is a past event they all refer to — in any language — and is one
  line too: one quote (English if there is one), the others after "also"; so is a month
  long past that several outlets name ("in April 2019").

A sentence is shown once, at its first day, unless it dates separate clauses to separate days
("closed on Monday, October 20, after thieves broke in on Sunday"): then each day quotes its
own clause (``analysis.clauses``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import groupby

from briefing.analysis.clauses import by_clause
from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_event import story_names
from briefing.brief import SAME_TEXT, overlap, words
from briefing.brief_citations import Citer, Notes
from briefing.brief_events import event_groups, without_date
from briefing.brief_topic_events import Topical
from briefing.markdown import long_date

#: A day this long before the packet's latest dated article is a past event it refers to.
PAST_DAYS = 365
#: Lines a day of the brief shows; the rest are counted and named (the timeline command and
#: the app list them all). Lines with a note are always shown.
LINES_PER_DAY = 4
#: Lines of the brief's timeline for the statements of a year named alone ("in 2019").
YEAR_LINES = 2


def timeline_section(
    entries: Sequence[TimelineEntry],
    citer: Citer,
    notes: Notes,
    languages: Mapping[str, str] | None = None,
    lede: str | None = None,
    topical: Topical | None = None,
) -> list[str]:
    """The "## Timeline" section: dated days, day-and-month-only, earlier and later context.

    ``lede``, the sentence the summary quotes for what happened, is not quoted again: its
    event's line quotes another outlet's words, or says where it is quoted. ``topical``, the
    key topics, lets one event told in several languages be one line
    (:mod:`briefing.brief_topic_events`)."""
    languages = languages or {}
    said = lede or ""
    latest = max((a.date for a in citer.articles.values() if a.date), default=None)
    days: dict[dt.date, list[TimelineEntry]] = defaultdict(list)
    partial: dict[tuple[int, int], list[TimelineEntry]] = defaultdict(list)
    background: list[TimelineEntry] = []
    undated = 0
    weekdays: list[TimelineEntry] = []  # "Monday" in an undated article
    placed: set[tuple[str, int, int]] = set()
    # A sentence dating two clauses to two days is quoted clause by clause at each day.
    for entry in sorted(by_clause(e for e in entries if e.event), key=_when):
        span = entry.sentence_span
        key = (entry.article_id, span.paragraph, span.start)
        if key in placed:
            continue  # "from Wednesday to Friday", "Monday … Monday evening": its first date
        placed.add(key)
        if entry.date is not None and entry.precision == "day":
            days[entry.date].append(entry)
        elif entry.date is not None:
            background.append(entry)
        elif entry.month and entry.day:
            partial[(entry.month, entry.day)].append(entry)
        elif entry.weekday is not None:
            weekdays.append(entry)
        else:
            undated += 1
    if not (days or partial or background):
        return []
    common = story_names(
        (e.article_id, without_date(e), languages.get(e.article_id, "en"))
        for e in entries
        if e.event
    )
    _attach_undated(days, partial, latest, languages, common, topical)
    undated += len(weekdays) - _attach_weekdays(days, weekdays, languages, common, topical)
    lines = ["## Timeline", ""]
    for day in sorted(days):
        lines += [f"### {long_date(day)}", ""]
        past = latest is not None and (latest - day).days > PAST_DAYS
        lines += event_lines(
            days[day],
            citer,
            notes,
            languages,
            past=past,
            limit=LINES_PER_DAY,
            common=common,
            said=said,
            topical=topical,
        )
        lines.append("")
    if partial:
        lines += ["### Day and month only (the article gives no year)", ""]
        for month, number in sorted(partial):
            for until, group in _by_last_day(partial[(month, number)]):
                days_ = f"{number}–{until}" if until else f"{number}"
                label = f"**{days_} {dt.date(2000, month, 1):%B}:** "
                lines += event_lines(
                    group,
                    citer,
                    notes,
                    languages,
                    prefix=label,
                    common=common,
                    said=said,
                    topical=topical,
                )
        lines.append("")
    if background:
        lines += ["### Earlier and later", ""]
        ordered = sorted(background, key=lambda e: (e.date, e.precision, e.article_id))
        lone: list[TimelineEntry] = []
        for (_, alone), grouped in groupby(ordered, key=lambda e: (e.date, e.precision == "year")):
            group = list(grouped)
            label = f"**{group[0].period}:** "
            if alone and len({e.article_id for e in group}) < 2:
                lone += group  # one outlet's aside ("ordained in 1982"): counted, not quoted
            elif alone:
                # A year named alone ("in 2019") that several outlets name is the story's
                # background: a line or two, those most outlets carry; the rest are counted.
                lines += event_lines(
                    group,
                    citer,
                    notes,
                    languages,
                    prefix=label,
                    limit=YEAR_LINES,
                    period="year",
                    common=common,
                    said=said,
                )
            if alone:
                continue
            if _long_before(group[0], latest) and len({e.article_id for e in group}) > 1:
                # A month long past that several outlets name ("the fire of April 2019"):
                # one past event they refer to, one line, like a past day written in full.
                lines += event_lines(
                    group, citer, notes, languages, prefix=label, past=True, said=said
                )
                continue
            for entry in group:
                lines += event_lines([entry], citer, notes, languages, prefix=label, said=said)
        if lone:
            count = len({(e.article_id, e.sentence_span) for e in lone})
            cited = citer.cite((e.article_id for e in lone), quoted_first=False)
            lines.append(
                f"- *and {count} statement{'s' if count != 1 else ''} naming a year one outlet "
                f"alone gives: {cited} (`briefing timeline`).*"
            )
        lines.append("")
    if undated:
        lines += [
            f"*{undated} further statement{'s' if undated != 1 else ''} could not be dated "
            "(see `briefing timeline`).*",
            "",
        ]
    return lines


def _long_before(entry: TimelineEntry, latest: dt.date | None) -> bool:
    """True when the whole month of ``entry`` ended more than ``PAST_DAYS`` before ``latest``."""
    if entry.date is None or latest is None:
        return False
    end = (entry.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (latest - end).days >= PAST_DAYS


def _attach_undated(
    days: dict[dt.date, list[TimelineEntry]],
    partial: dict[tuple[int, int], list[TimelineEntry]],
    latest: dt.date | None,
    languages: Mapping[str, str],
    common: frozenset[str],
    topical: Topical | None = None,
) -> None:
    """A statement with a day and month but no year joins a dated line when it is the same
    event (``_same_event``) on the one dated day of that day and month: cited "also" there,
    it is not given a year of its own (its outlet is still cited as undated). With two dated
    days of that day and month, or no match, it stays among the day-and-month-only lines."""
    for (month, number), found in list(partial.items()):
        undated = [e for e in found if not e.day_until]  # "8 to 10 March": a span, kept apart
        dated = [day for day in days if (day.month, day.day) == (month, number)]
        if len(dated) != 1:
            continue
        day = dated[0]
        past = latest is not None and (latest - day).days > PAST_DAYS
        events = event_groups(
            [*days[day], *undated], languages, past=past, common=common, topical=topical
        )
        joined = [
            e
            for event in events
            if any(e.date is not None for text in event for e in text)
            for text in event
            for e in text
            if e.date is None
        ]
        if joined:
            days[day] += joined
            rest = [e for e in found if e not in joined]
            if rest:
                partial[(month, number)] = rest
            else:
                del partial[(month, number)]


#: Outlets that must name a day for it to be one of the story's days (its week).
STORY_DAY_OUTLETS = 2


def _attach_weekdays(
    days: dict[dt.date, list[TimelineEntry]],
    weekdays: list[TimelineEntry],
    languages: Mapping[str, str],
    common: frozenset[str],
    topical: Topical | None = None,
) -> int:
    """A weekday an article cannot place ("Monday" in an undated report) joins a dated line
    when the story's days — those at least ``STORY_DAY_OUTLETS`` outlets date — lie within
    one week, one of them is that weekday, and the statement is the same event as a dated
    one of that day (``_same_event``). It is cited "also" there, its outlet still undated;
    it is never given the date. Returns how many joined."""
    story = sorted(
        day
        for day, found in days.items()
        if len({e.article_id for e in found}) >= STORY_DAY_OUTLETS
    )
    if not story or (story[-1] - story[0]).days > 6:
        return 0  # no story days, or more than a week of them: which Monday?
    joined = 0
    for entry in weekdays:
        day = next((d for d in story if d.weekday() == entry.weekday), None)
        if day is None:
            continue
        events = event_groups([*days[day], entry], languages, common=common, topical=topical)
        if any(entry in text for event in events if len(event) > 1 for text in event):
            days[day].append(entry)
            joined += 1
    return joined


def _by_last_day(
    entries: Sequence[TimelineEntry],
) -> list[tuple[int | None, list[TimelineEntry]]]:
    """Entries of one day and month split by the range they state ("8" vs "8 to 10")."""
    grouped: dict[int | None, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        grouped[entry.day_until].append(entry)
    return sorted(grouped.items(), key=lambda kv: kv[0] or 0)


def _when(entry: TimelineEntry) -> tuple[int, dt.date, int, int]:
    if entry.date is not None:
        return (0 if entry.precision == "day" else 1, entry.date, 0, 0)
    return (2, dt.date.max, entry.month or 13, entry.day or 32)


def event_lines(
    entries: Sequence[TimelineEntry],
    citer: Citer,
    notes: Notes,
    languages: Mapping[str, str] | None = None,
    prefix: str = "",
    *,
    past: bool = False,
    limit: int | None = None,
    period: str = "day",
    common: frozenset[str] = frozenset(),
    said: str = "",
    topical: Topical | None = None,
) -> list[str]:
    """One line per event: the first text quoted, cited to the outlets carrying it, then
    "also" the outlets reporting the same event in other words; notes under the line.

    A text that is ``said`` (the summary's lede, or a part of it) is not quoted again: another text
    of the event is, the lede's outlets cited after "also"; with no other text the line
    points up to the summary instead of repeating it.

    With a ``limit``, the events carried by most outlets come first (those with a note
    before all), in English before other languages, and the others are counted at the end.
    """
    languages = languages or {}
    events = event_groups(entries, languages, past=past, common=common, topical=topical)
    rest: list[list[list[TimelineEntry]]] = []
    if limit is not None and len(events) > limit:
        ranked = sorted(
            events,
            key=lambda event: (
                not _noted(event, notes),
                -sum(len(text) for text in event),
                languages.get(event[0][0].article_id, "en") != "en",
            ),
        )
        keep = [e for e in ranked if _noted(e, notes)]
        keep += [e for e in ranked if e not in keep][: max(0, limit - len(keep))]
        rest = [e for e in events if e not in keep]
        events = [e for e in events if e in keep]
    lines = []
    for event in events:
        event = _lede_last(event, said)
        first = event[0]
        cited = citer.cite(e.article_id for e in first)
        others = [e.article_id for text in event[1:] for e in text]
        also = f"; also {citer.cite(others, quoted_first=False)}" if others else ""
        shown = (
            ABOVE if _is_lede(first, said) else citer.said(first[0].sentence, first[0].article_id)
        )
        lines.append(f"- {prefix}{shown} — {cited}{also}")
        for text in event:
            for entry in text:
                span = entry.sentence_span
                lines += notes.beside(entry.article_id, span.paragraph, span.start, span.end, "  ")
    if rest:
        ids = [e.article_id for event in rest for text in event for e in text]
        count = len(rest)
        lines.append(
            f"- *and {count} more statement{'s' if count != 1 else ''} of this {period}: "
            f"{citer.cite(ids, quoted_first=False)} (`briefing timeline` lists them).*"
        )
    return lines


#: What an event's line says in place of the summary's lede, rather than quote it twice.
ABOVE = "*the event quoted under “What happened” above*"


def _is_lede(text: list[TimelineEntry], said: str) -> bool:
    """The text is the lede: the same words, or a clause of it ("… after thieves broke in")."""
    if not said:
        return False
    sentence = text[0].sentence.strip("… ")
    return sentence in said or overlap(words(sentence), words(said)) >= SAME_TEXT


def _lede_last(event: list[list[TimelineEntry]], said: str) -> list[list[TimelineEntry]]:
    """The event's texts with the lede's moved last, so another outlet's words are quoted."""
    if not _is_lede(event[0], said) or len(event) == 1:
        return event
    return [*event[1:], event[0]]


def _noted(event: list[list[TimelineEntry]], notes: Notes) -> bool:
    return any(
        notes.about(
            e.article_id, e.sentence_span.paragraph, e.sentence_span.start, e.sentence_span.end
        )
        for text in event
        for e in text
    )
