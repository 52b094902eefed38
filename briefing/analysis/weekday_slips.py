"""The main event's weekday written with another day's date: "Saturday, 3 May" for Saturday 6 May.

:mod:`.main_day` flags the main day's date written with a weekday the calendar contradicts
("Sunday, April 28" when 28 April was a Monday). This is the other half of the same slip: an
article writes the main day's **weekday** with **another date** near it, and the calendar
contradicts the pair ("у суботу, 3 травня" in a packet most of whose articles date the act to
Saturday 6 May 2023, when 3 May 2023 was a Wednesday). Such a phrase names no day that
exists; its weekday points at the story's day and its date at another, so the article gives the
act a day the others do not, and the reader should see both.

Flagged only when every part holds, each needed for the phrase to be a slip and not another
day's news:

- the phrase writes a weekday and a day of the month together, in an event statement (a
  caption or a credit is not one), and the calendar of the year it is placed in gives that day
  another weekday (a weekday that fits its date is another day of the story, told right);
- its weekday is the main day's and its date differs from the main day by at most
  :data:`~.main_day.NEAR` days (the story's week: "Saturday, 13 May" is a week later);
- the phrase names no time zone when its date is one day off the main day's
  (:mod:`.time_zones`: "Wednesday, March 12, Beijing time" may be the act's day told east of
  it, the weekday left as the place's);
- the article never dates the main day itself (an article that does is telling its
  sequence, and a slip in it contradicts only itself), nor is it already shown as a rival
  of the main day (its act's word beside the date: :mod:`.main_day` quotes it);
- at least one other article writes the main day with its right weekday (the quote beside it).

An article with **no day of writing** may write the act's weekday with no date at all ("les
funérailles … ont commencé ce lundi" when the others date them to Tuesday 27 September):
:func:`~.main_day.story_statements` places its weekday on the nearest such day to the main
day, and the act's narrow words may be another language's (the others write "began" beside
the day, it writes "commencé"). :func:`bare_weekday_discrepancies` shows that weekday against
the main day's when every part holds:

- the article dates nothing else and never writes the main day's weekday (one statement, its
  account of the day; an article telling a sequence of days is not read);
- its sentence is about the event: its first content word (:func:`~.day_words.content_words`, the
  subject a news sentence opens with) is a word whose first letters (:func:`~.day_words.word_key`)
  the sentences dating the main day write in at least two articles of two languages, and
  that is an act word of the packet's event topic (:mod:`briefing.topics`: "Funeral in
  Tokyo, 27 Sep 2022", "funérailles"): the act's name, not a thing of the story ("the ferry was
  towed back on Sunday" is its aftermath) nor a word of one language;
- its weekday is not one day off the main day's with a time zone named beside it;
- its sentence names no part of a day ("ce lundi soir" may be the main day's morning where
  the act took place, a time zone away) and no future ("will", "scheduled": a plan, not the
  day it happened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cache

from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.dated_statements import dating_with_weekday
from briefing.analysis.dated_statements import quotes as _quotes
from briefing.analysis.day_words import content_words as _content
from briefing.analysis.day_words import night_words as _night_words
from briefing.analysis.day_words import stopwords as _stopwords
from briefing.analysis.day_words import word_key as _key
from briefing.analysis.locales import locale_for
from briefing.analysis.main_day import NEAR, _claim, _compatible, _Dated
from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.text import WORD, unelided
from briefing.analysis.time_zones import one_apart
from briefing.analysis.weekday_tense import _FUTURE
from briefing.model import Article, Topic


def weekday_slip_discrepancies(
    statements: tuple[dt.date | None, list[_Dated]],
    shown: Sequence[Discrepancy] = (),
) -> list[Discrepancy]:
    """The main day's weekday written with another near date (see the module docstring);
    ``statements`` is :func:`~.main_day.story_statements`' answer, ``shown`` the main day's
    flags already raised: an article they show as a rival is not shown twice."""
    main, placed = statements
    if main is None:
        return []
    dating_main = {d.entry.article_id for d in placed if _compatible(d, main)}
    dating_main |= {i for flag in shown for claim in flag.claims[1:] for i in claim.article_ids}
    slips = [
        d
        for d in placed
        if d.weekday == main.weekday()
        and d.written
        and d.day != main
        and d.day.weekday() != d.weekday
        and abs((d.day - main).days) <= NEAR
        and not (d.zone and one_apart(d.day, main))
        and d.entry.article_id not in dating_main
    ]
    right = dating_with_weekday(placed, main)
    if not slips or not right:
        return []
    claims = [_claim(main, right)]
    for day in sorted({d.day for d in slips}):
        members = [d for d in slips if d.day == day]
        claims.append(Claim(f"{main:%A}, {day.day} {day:%B}", _claim(day, members).quotes))
    written = ", ".join(f"{d.day} {d:%B %Y} was a {d:%A}" for d in sorted({s.day for s in slips}))
    return [
        Discrepancy(
            "date",
            "the main event's day",
            tuple(claims),
            note=f"an article writes the main day's weekday with another date ({written})",
        )
    ]


def bare_weekday_discrepancies(
    articles: Sequence[Article],
    statements: tuple[dt.date | None, list[_Dated]],
    shown: Sequence[Discrepancy],
    topics: TopicSource,
) -> list[Discrepancy]:
    """An undated article's lone weekday for the act that is not the main day's (see the
    module docstring); ``shown``: flags already raised, whose articles are not shown again;
    ``topics``: the packet's topics, asked for only when such a weekday is there."""
    main, placed = statements
    if main is None:
        return []
    by_article: dict[str, list[_Dated]] = {}
    for dated in placed:
        by_article.setdefault(dated.entry.article_id, []).append(dated)
    taken = {i for flag in shown for claim in flag.claims for i in claim.article_ids}
    events = _event_keys(placed, main)
    rivals = [
        own[0]
        for article_id, own in by_article.items()
        if len(own) == 1
        and article_id not in taken
        and _bare(own[0])
        and own[0].weekday != main.weekday()
        and not _compatible(own[0], main)
        and not own[0].night
        and not (own[0].zone and one_apart(own[0].day, main))
        and _subject_key(own[0]) in events
        and not _told_loosely(own[0])
    ]
    if rivals:
        acts = _event_topic_keys(topics(articles))
        rivals = [d for d in rivals if _subject_key(d) in acts]
    right = [d for d in placed if d.day == main and d.weekday == main.weekday()]
    right = list({d.entry.article_id: d for d in reversed(right)}.values())[::-1]
    if not rivals or not right:
        return []
    claims = [Claim(f"{main:%A} {main.day} {main:%B %Y}", _quotes(right))]
    for weekday in sorted({d.weekday for d in rivals if d.weekday is not None}):
        name = dt.date(2001, 1, 1 + weekday).strftime("%A")  # 1 January 2001 was a Monday
        claims.append(Claim(name, _quotes([d for d in rivals if d.weekday == weekday])))
    return [
        Discrepancy(
            "date",
            "the main event's weekday",
            tuple(claims),
            note=f"{main.day} {main:%B %Y}, the day most articles date, was a {main:%A}; "
            "an undated article gives the act another weekday",
        )
    ]


def _bare(dated: _Dated) -> bool:
    """A weekday written alone, placed by the main day (no month, no day of the month)."""
    entry = dated.entry
    return dated.weekday is not None and not entry.month and not entry.day and entry.date is None


def _sentence_keys(dated: _Dated) -> frozenset[str]:
    """The keys of the content words of the statement's whole sentence."""
    words = list(WORD.finditer(dated.entry.sentence))
    return frozenset(_key(unelided(m.group())) for m in _content(words, dated.language))


def _event_topic_keys(topics: Iterable[Topic]) -> frozenset[str]:
    """The keys of the event topics' act words: the first word of a name ("Funeral in Tokyo,
    27 Sep 2022") and each alias of one word ("funérailles"); an alias of several words
    ("ferry sinking") names things of the story too."""
    words = [
        word
        for topic in topics
        if topic.kind == "event"
        for word in (topic.name.split()[:1] + [a for a in topic.aliases if " " not in a])
    ]
    return frozenset(_key(unelided(w)) for w in words if len(w) >= 4)


def _subject_key(dated: _Dated) -> str | None:
    """The key of the sentence's first content word, the weekday's own words left out."""
    start = dated.entry.phrase_span.start - dated.entry.sentence_span.start
    end = dated.entry.phrase_span.end - dated.entry.sentence_span.start
    words = [m for m in WORD.finditer(dated.entry.sentence) if m.end() <= start or m.start() >= end]
    first = _content(words, dated.language)[:1]
    return _key(unelided(first[0].group())) if first else None


def _event_keys(placed: Sequence[_Dated], main: dt.date) -> frozenset[str]:
    """Keys the sentences dating the main day write in two articles or more, of two languages
    or more: the event's name as the packet writes it across languages."""
    articles: dict[str, set[str]] = {}
    languages: dict[str, set[str]] = {}
    for dated in placed:
        if dated.day == main and not dated.night:
            for key in _sentence_keys(dated):
                articles.setdefault(key, set()).add(dated.entry.article_id)
                languages.setdefault(key, set()).add(dated.language)
    return frozenset(k for k in articles if len(articles[k]) >= 2 and len(languages[k]) >= 2)


def _told_loosely(dated: _Dated) -> bool:
    """The sentence names a part of a day or night (a time zone may stand between its
    weekday and the main day's) or a future (a plan, not what happened)."""
    words = {m.group().casefold() for m in WORD.finditer(dated.entry.sentence)}
    periods = _day_periods(dated.language) | _night_words(dated.language)
    return bool(words & periods) or bool(_FUTURE.search(dated.entry.sentence))


@cache
def _day_periods(language: str) -> frozenset[str]:
    """CLDR's words for the parts of a day ("morning", "soir", "вечером") in ``language``."""
    words: set[str] = set()
    locale = locale_for(language)
    if locale is not None:
        for context in locale.day_periods.values():
            for names in context.values():
                words.update(w.casefold() for n in dict(names).values() for w in WORD.findall(n))
    # Abbreviations and the articles of "in the morning", "du soir" are no part of a day.
    return frozenset(w for w in words if len(w) >= 4) - _stopwords(language)
