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
  one day stay two lines — is cited after "also" too;
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
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import groupby

from briefing.analysis.clauses import by_clause
from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_event import one_event, story_names
from briefing.brief import cluster_by_text
from briefing.brief_citations import Citer, Notes, quoted
from briefing.markdown import long_date

#: Two timeline sentences of one day sharing this share of their words are one text (wire
#: copy, lightly edited); below it they may still report one event (see ``_same_event``).
SAME_TEXT = 0.6
#: Content stems (names aside) two reports in other words must share, and their share of
#: the shorter report's.
SHARED_STEMS = 3
SHARED_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
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
) -> list[str]:
    """The "## Timeline" section: dated days, day-and-month-only, earlier and later context."""
    languages = languages or {}
    latest = max((a.date for a in citer.articles.values() if a.date), default=None)
    days: dict[dt.date, list[TimelineEntry]] = defaultdict(list)
    partial: dict[tuple[int, int], list[TimelineEntry]] = defaultdict(list)
    background: list[TimelineEntry] = []
    undated = 0
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
        else:
            undated += 1
    if not (days or partial or background):
        return []
    common = story_names(
        (e.article_id, _without_date(e), languages.get(e.article_id, "en"))
        for e in entries
        if e.event
    )
    _attach_undated(days, partial, latest, languages, common)
    lines = ["## Timeline", ""]
    for day in sorted(days):
        lines += [f"### {long_date(day)}", ""]
        past = latest is not None and (latest - day).days > PAST_DAYS
        lines += event_lines(
            days[day], citer, notes, languages, past=past, limit=LINES_PER_DAY, common=common
        )
        lines.append("")
    if partial:
        lines += ["### Day and month only (the article gives no year)", ""]
        for month, number in sorted(partial):
            for until, group in _by_last_day(partial[(month, number)]):
                days_ = f"{number}–{until}" if until else f"{number}"
                label = f"**{days_} {dt.date(2000, month, 1):%B}:** "
                lines += event_lines(group, citer, notes, languages, prefix=label, common=common)
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
                )
            if alone:
                continue
            if _long_before(group[0], latest) and len({e.article_id for e in group}) > 1:
                # A month long past that several outlets name ("the fire of April 2019"):
                # one past event they refer to, one line, like a past day written in full.
                lines += event_lines(group, citer, notes, languages, prefix=label, past=True)
                continue
            for entry in group:
                lines += event_lines([entry], citer, notes, languages, prefix=label)
        if lone:
            count = len({(e.article_id, e.sentence_span) for e in lone})
            lines.append(
                f"- *and {count} statement{'s' if count != 1 else ''} naming a year one outlet "
                f"alone gives: {citer.cite(e.article_id for e in lone)} (`briefing timeline`).*"
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
        events = event_groups([*days[day], *undated], languages, past=past, common=common)
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


def event_groups(
    entries: Sequence[TimelineEntry],
    languages: Mapping[str, str] | None = None,
    *,
    past: bool = False,
    common: frozenset[str] = frozenset(),
) -> list[list[list[TimelineEntry]]]:
    """Entries of one day as events: each event is a list of texts, each text the entries
    (one per outlet) that carry it; the first text is the one quoted. On a ``past`` day the
    statements that write the date in full are one event (see the module docstring)."""
    languages = languages or {}
    unique: dict[tuple[str, int, int], TimelineEntry] = {}
    for entry in entries:
        span = entry.sentence_span
        unique.setdefault((entry.article_id, span.paragraph, span.start), entry)
    items = list(unique.values())
    texts = [
        [items[i] for i in group]
        for group in cluster_by_text([(e.article_id, _without_date(e)) for e in items], SAME_TEXT)
    ]
    events: list[list[list[TimelineEntry]]] = []
    if past:
        written = [t for t in texts if all(e.resolution == "stated" for e in t)]
        if len(written) > 1:
            written.sort(key=lambda t: languages.get(t[0].article_id, "en") != "en")
            events.append(written)
            texts = [t for t in texts if t not in written]
    for text in texts:
        home = next(
            (event for event in events if _same_event(event, text, languages, common)), None
        )
        if home is None:
            events.append([text])
        else:
            home.append(text)
    return events


def _same_event(
    event: list[list[TimelineEntry]],
    text: list[TimelineEntry],
    languages: Mapping[str, str],
    common: frozenset[str] = frozenset(),
) -> bool:
    """Another outlet's report, in the same language, sharing enough content words."""
    ids = {e.article_id for group in event for e in group}
    if ids & {e.article_id for e in text}:
        return False  # two statements of one article are two statements
    first, other = event[0][0], text[0]
    language = languages.get(first.article_id, "en")
    other_language = languages.get(other.article_id, "en")
    if one_event(_without_date(first), language, _without_date(other), other_language, common):
        return True  # the same names and figures, in any two languages
    if other_language != language:
        return False
    a, b = _stems(_without_date(first), language), _stems(_without_date(other), language)
    shared = len(a & b)
    return shared >= SHARED_STEMS and shared >= SHARED_SHARE * min(len(a), len(b))


def _stems(text: str, language: str) -> frozenset[str]:
    from briefing.analysis.stems import stem_word

    skip = _function_words(language)
    return frozenset(
        stem_word(m.group(), language)
        for m in _WORD.finditer(text)
        if len(w := m.group()) > 2
        and w.casefold() not in skip
        and (not w[0].isupper() or _common_opening(text, m.start(), w, language))
    )


#: A capitalised word this common in its language (wordfreq's Zipf scale) that opens the
#: statement or follows a colon is an ordinary word ("WEBDESK: Electricity has been
#: restored"), not a name; elsewhere a capital marks a name, left to ``one_event``.
COMMON_OPENING = 4.0
_OPENING = re.compile(r"(?:^|:)[\s\"“„«'‘]*$")


def _common_opening(text: str, at: int, word: str, language: str) -> bool:
    from wordfreq import zipf_frequency

    from briefing.analysis.names import is_place
    from briefing.given_name_table import given_name

    if not _OPENING.search(text, 0, at) or not word[1:].islower():
        return False
    if is_place(word) or given_name(word, language):
        return False  # "Madrid was dark", "Maria said": names, however common
    return zipf_frequency(word.casefold(), language) >= COMMON_OPENING


@cache
def _function_words(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


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
) -> list[str]:
    """One line per event: the first text quoted, cited to the outlets carrying it, then
    "also" the outlets reporting the same event in other words; notes under the line.

    With a ``limit``, the events carried by most outlets come first (those with a note
    before all), in English before other languages, and the others are counted at the end.
    """
    languages = languages or {}
    events = event_groups(entries, languages, past=past, common=common)
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
        first = event[0]
        cited = citer.cite(e.article_id for e in first)
        others = [e.article_id for text in event[1:] for e in text]
        also = f"; also {citer.cite(others)}" if others else ""
        lines.append(f"- {prefix}{quoted(first[0].sentence)} — {cited}{also}")
        for text in event:
            for entry in text:
                span = entry.sentence_span
                lines += notes.beside(entry.article_id, span.paragraph, span.start, span.end, "  ")
    if rest:
        ids = [e.article_id for event in rest for text in event for e in text]
        count = len(rest)
        lines.append(
            f"- *and {count} more statement{'s' if count != 1 else ''} of this {period}: "
            f"{citer.cite(ids)} (`briefing timeline` lists them).*"
        )
    return lines


def _noted(event: list[list[TimelineEntry]], notes: Notes) -> bool:
    return any(
        notes.about(
            e.article_id, e.sentence_span.paragraph, e.sentence_span.start, e.sentence_span.end
        )
        for text in event
        for e in text
    )


def _without_date(entry: TimelineEntry) -> str:
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    return entry.sentence[:start] + " " + entry.sentence[end:]
