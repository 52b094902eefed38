"""Dated events: every date phrase of the briefing, placed on the calendar with its sentence.

News copy dates things three ways: in full ("October 9, 2025"), without a year ("Oct. 8",
"8 October"), and relative to the day it was written ("late Wednesday", "today"). The last two
need an anchor, and only two anchors are honest: the article's own date (``Article.date``, as
the corpus reader reads it, the one reading the source list and the brief show too) and a
wire's dateline (a place, the day, the agency). A
year is never borrowed from another date the article mentions ("In September 2024 …" says
nothing about the year of "from October 8 to 10") nor from other articles: such a phrase is
kept with its month and day and marked unresolved, with the reason (``anchored_days`` counts
each phrase from the anchor). An analyst should see that the source said "October 8" even
when we cannot say which year. An article that states only its month ("December 2024")
gives a year but no day: a weekday or "today" in it stays unresolved rather than be counted
from the 1st. An undated article whose one dateline or stamp near the top gives a month and
day but no year ("【1月18日 Agency】", "1月18日 6時27分") lists a day written alone ("18日朝") under
that month, with no year; one with neither lists it under the month of the day-and-month it
wrote last before it, within a week of that day (``stated_months``). Relative words come
from CLDR in the article's language ("hier", "вчера", "December last year", "geçen yıl
aralık"), in every grammatical case ("в декабре прошлого года", "im Dezember letzten Jahres";
``relative_days``); Chinese, Japanese and Korean ones ("昨天", "어제") by ``cjk_relative_days``, and
under a dateline with no year they give a day and month with no year. A sentence with no date of
its own that says "the same day" ("le même jour", "同日", "이날") takes the one day named just
before it (``same_day``), a Korean or Japanese "전날"/"前日" counts back from the one day the lede
reports (``report_day_steps``), and a day written after a word for last or next month ("지난달
28일", "先月28日") is in that month of the article's day (``month_steps``).

Captions, credits and asides keep their dates — they date the article and can be quoted in
a discrepancy — but are marked as not events of the story: paragraphs the reader classed
as captions or credits, caption-shaped sentences inside body text ("…, in Paris, Oct 19,
2025.", "…, après la fusillade, ce 22 mars 2024."), captions and update notes known by
their own marks (a slashed credit after the date, "(bottom R)", "(mis à jour le … à
16h50)", a photo note "(Photo: …, 3 May)"; ``caption_marks``; Chinese, Japanese and Korean
ones by theirs, "…拍摄的", "…で撮影", "(…5月3日撮影)", "摄影:", ``cjk_captions``), a one-sentence
paragraph over a photo credit standing alone ("Photo: Jane Roe/Agency", "示例社记者张三摄",
"© JANE ROE / AGENCY"; ``credit_lines``), and, decided from
the whole packet (``asides``), never from a word list: asides, history told in passing
("built in 1967", "last serviced in May"), a year a comparison counts from ("the deadliest
since the siege of X in 2004") and an earlier record's day ("the worst shipwreck was on 3
June 2016").

Some dates in a sentence date something else than what it tells (``date_roles``): a period's
end still to come ("mourning decreed until 1 November") and a statement that only says who
reported ("AP reported it on Friday") are not events; a caption opening on its picture ("Ces
images …") is not one either, nor a date named as a thing ("the date of the attack, 22
March, was written on the billboards"); and a year that qualifies a noun ("sa campagne de
2007") dates the noun, so the sentence is listed as undated rather than filed under that year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

# Not through the package (``from briefing.analysis import …``): its __init__ imports every
# analysis, and the timeline's cache fingerprint would then follow the topics' rules.
import briefing.analysis.date_roles as date_roles
from briefing.analysis.anchored_days import (
    Own,
    day_label,
    month_day,
    named_weekday,
    valid_day,
    weekday_day,
    year_for,
    yearless_month,
    yearless_relative,
)
from briefing.analysis.asides import mark_asides
from briefing.analysis.context_days import context_entries
from briefing.analysis.credit_lines import closes_caption
from briefing.analysis.date_sentences import Dated, dated_phrases
from briefing.analysis.dates import DatePhrase
from briefing.analysis.dispatch_days import dispatch_day, is_later_copy
from briefing.analysis.model import Precision, Resolution, TimelineEntry
from briefing.analysis.month_steps import month_step, stepped_day
from briefing.analysis.page_stamps import stamped_day
from briefing.analysis.quoted_days import speakers_days
from briefing.analysis.repeated_days import repeated_month
from briefing.analysis.report_day_steps import report_day_entries
from briefing.analysis.restated import content_words, restating
from briefing.analysis.same_day import same_day_entries
from briefing.analysis.stated_months import stated_month
from briefing.analysis.text import language_of
from briefing.analysis.value_since import states_value
from briefing.model import Article, Span

#: Paragraph kinds whose dates are not read at all (site furniture, copyright lines).
_SKIPPED_KINDS = frozenset({"boilerplate"})
#: Paragraph kinds whose dates are read but are not events: photo captions and credits.
_NOT_EVENTS = frozenset({"caption", "meta"})


@dataclass(frozen=True, slots=True)
class _Found:
    paragraph: int
    sentence_start: int
    sentence_end: int
    sentence: str
    phrase: DatePhrase  # offsets relative to the paragraph
    #: A sentence that is nothing but a date ("October 9, 2025"): an anchor, not an event.
    dateline: bool = False
    #: False for captions, credits and trivia.
    event: bool = True
    #: A year that qualifies a noun ("la campagne de 2007"): it dates no event (``date_roles``).
    noun_year: bool = False
    #: The end of a period ("until 1 November"; ``date_roles``).
    ends: bool = False
    #: A wire's dateline with its place or agency: the day the text was filed (``dispatch_days``).
    dispatch: bool = False


def extract_timeline(articles: Iterable[Article]) -> tuple[TimelineEntry, ...]:
    """Every dated statement of ``articles``, sorted by date (unresolved last), then article."""
    items = list(articles)
    entries: list[TimelineEntry] = []
    read: dict[tuple[str, str, str], tuple[Dated, ...]] = {}  # each distinct text read once
    nouns: set[tuple[str, int, int]] = set()  # years that qualify a noun ("de 2007")
    for article in items:
        found = _find(article, read)
        nouns |= {(article.id, f.paragraph, f.phrase.start) for f in found if f.noun_year}
        entries.extend(_resolve_article(article, found))
    # Asides are read with every year in place (a period's two ends, history one source
    # names); only then is a year that dates a noun taken off its sentence (``date_roles``).
    marked = [date_roles.undated(e) if _key(e) in nouns else e for e in mark_asides(items, entries)]
    return tuple(sorted(marked, key=_order))


def _key(entry: TimelineEntry) -> tuple[str, int, int]:
    return (entry.article_id, entry.phrase_span.paragraph, entry.phrase_span.start)


def _order(entry: TimelineEntry) -> tuple[int, dt.date, str, int, int]:
    return (
        entry.date is None,
        entry.date or dt.date.max,
        entry.article_id,
        entry.phrase_span.paragraph,
        entry.phrase_span.start,
    )


def _find(article: Article, read: dict[tuple[str, str, str], tuple[Dated, ...]]) -> list[_Found]:
    found: list[_Found] = []
    seen: set[tuple[str, str]] = set()
    paragraphs = article.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind in _SKIPPED_KINDS:
            continue
        in_language = language_of(paragraph.language, article.language)
        key = (paragraph.text, article.language, in_language)
        dated = read.get(key)
        if dated is None:
            dated = read[key] = dated_phrases(paragraph.text, article.language, in_language)
        after = paragraphs[index + 1].text if index + 1 < len(paragraphs) else None
        furniture = paragraph.kind in _NOT_EVENTS or (
            bool(dated) and closes_caption(paragraph.text, after, in_language)
        )  # "<caption>" over a credit line of its own, "<agency> reporter <name> photo"
        for start, end, sentence, phrase, dateline, caption, forecast, dispatch in dated:
            if (phrase.text, sentence) in seen:
                continue  # the same caption repeated under every photo
            seen.add((phrase.text, sentence))
            at = phrase.start - start
            ends = date_roles.ends_period(sentence, phrase, at, in_language)
            told = date_roles.about_reporting(sentence, at, at + len(phrase.text), in_language)
            shown = date_roles.describes_picture(sentence)  # "Ces images …": a caption
            named = date_roles.names_a_date(sentence, at, in_language)  # "the date of X, 22 May"
            # "as of July 1 is 222 million euros": when a value took effect, no act
            since = states_value(sentence, at, at + len(phrase.text), in_language)
            event = not (furniture or caption or forecast or told or shown or named or since)
            noun_year = date_roles.qualifies_noun(sentence, phrase, at, in_language)
            item = _Found(
                index, start, end, sentence, phrase, dateline, event, noun_year, ends, dispatch
            )
            earlier = restating(found, item, in_language)
            if earlier is None:
                found.append(item)
            elif len(content_words(item.sentence, in_language)) > len(
                content_words(found[earlier].sentence, in_language)
            ):
                found[earlier] = item  # the fuller telling of the one statement
    return found


def _resolve_article(article: Article, found: list[_Found]) -> list[TimelineEntry]:
    stated = [
        (f, dt.date(f.phrase.year, f.phrase.month, f.phrase.day))
        for f in found
        if f.phrase.kind == "absolute" and f.phrase.year and f.phrase.month and f.phrase.day
        if valid_day(f.phrase.year, f.phrase.month, f.phrase.day)
    ]
    own = _filed(_own_date(article, stated, found), found)
    full_days = tuple(
        (f.paragraph, f.phrase.start, f.phrase.month, f.phrase.day)
        for f in found
        if f.phrase.kind == "absolute" and f.phrase.month and f.phrase.day
    )
    named_months = tuple(  # the story's own dates: a stamp or a dateline is ``written``'s
        (f.paragraph, f.phrase.start, f.phrase.month, f.phrase.day or 0)
        for f in found
        if f.phrase.kind in ("absolute", "month") and f.phrase.month
        if f.event and not f.dateline
    )
    own = replace(
        own,
        years=frozenset((d.month, d.day, d.year) for _, d in stated),
        full_days=full_days,
        named_months=named_months,
    )
    entries = []
    for item in found:
        if item.dateline:
            continue  # a dateline ("October 9, 2025") dates the article; it is not an event
        entry = _resolve(own, item)
        if entry is not None:
            entries.append(entry)
    entries = speakers_days(entries, own.date if own.exact else None)  # "tonight" in a quote
    phrases = [(item.paragraph, item.phrase.start) for item in found]
    dated = own.date is not None  # "the same day", "同日": the day named just before
    entries += same_day_entries(article, entries, phrases, dated)
    context = context_entries(article, entries, own.date, own.exact)
    # "전날", "前日" far from any day: the day before the one the lede reports.
    return entries + context + report_day_entries(article, entries, phrases, context)


#: How far into an article a bare dateline may sit and still date the article itself.
_DATELINE_PARAGRAPHS = 6


def _own_date(article: Article, stated: list[tuple[_Found, dt.date]], found: list[_Found]) -> Own:
    if article.date is not None and article.date_precision == "month":
        top = [(f.sentence, f.phrase, f.sentence_start, day) for f, day in stated
               if f.paragraph < _DATELINE_PARAGRAPHS]  # fmt: skip
        stamped = stamped_day(article.date, top)
        if stamped is not None:
            return Own(article, stamped, f"page stamp {day_label(stamped)}")
        return Own(article, article.date, f"article date {article.date:%b %Y}", exact=False)
    if article.date is not None:
        return Own(article, article.date, f"article date {day_label(article.date)}")
    # The article's date is read by the corpus reader (``Article.date``), which tells a
    # page's "today" line from a publication date, and the source list and the brief show
    # that reading. The timeline reads no second one from a bare date line at the top: over
    # the 47 dev packets that dated one article, wrongly (a page's weekday line four years
    # after its story placed the story's "yesterday, Saturday" in that year). A wire's
    # dateline (a place, the day and the agency run into the lead) states when the report was
    # filed, so one day of those still dates the article, as the reader's own datelines do.
    datelines = [
        (item, day)
        for item, day in stated
        if item.dateline and item.paragraph < _DATELINE_PARAGRAPHS
    ]
    # Datelines at the top on two different days (a list of related pages' time stamps) say
    # nothing about which is the article's own: none dates it.
    days = {day for item, day in datelines if item.dispatch}
    if len(days) == 1 and len({day for _, day in datelines}) == 1:
        day = days.pop()
        return Own(article, day, f"dateline {day_label(day)}")
    if datelines:
        return Own(article, None, "")
    return _written(article, found)


def _written(article: Article, found: list[_Found]) -> Own:
    """An undated article whose one dateline or stamp near the top gives a month and day but
    no year ("【1月18日 Agency】", "1月18日 6時27分"): no date, but the month a day written alone
    ("18日朝") falls in (``Own.written``). Two such lines on different days say nothing."""
    days = {
        (item.phrase.month, item.phrase.day)
        for item in found
        if item.dateline and item.paragraph < _DATELINE_PARAGRAPHS
        if item.phrase.kind == "absolute" and not item.phrase.year and item.phrase.month
        if item.phrase.day and item.phrase.year_offset is None
    }
    if len(days) != 1:
        return Own(article, None, "")
    month, day = days.pop()
    assert month is not None and day is not None
    return Own(article, None, f"dateline {day} {dt.date(2000, month, 1):%b}", written=(month, day))


def _filed(own: Own, found: list[_Found]) -> Own:
    """The anchor moved to the day the first wire dateline near the top gives, when the
    article's stamp is a later copy's (``dispatch_days``)."""
    if own.date is None or not own.exact:
        return own
    for item in found:
        phrase = item.phrase
        if not item.dispatch or item.paragraph >= _DATELINE_PARAGRAPHS:
            continue
        if phrase.kind != "absolute" or not phrase.month or not phrase.day:
            continue
        filed = dispatch_day(own.date, phrase.month, phrase.day, phrase.year)
        if filed is None or not is_later_copy(own.date, filed):
            return own
        label = f"dateline {day_label(filed)} (the page is dated {day_label(own.date)})"
        return Own(own.article, filed, label)
    return own


def _resolve(own: Own, item: _Found) -> TimelineEntry | None:
    article = own.article
    phrase = item.phrase
    date: dt.date | None = None
    written_month: int | None = None  # the month of a day written alone, from ``own.written``
    written_day: int | None = None  # the day of "yesterday" counted from ``own.written``
    until: dt.date | None = None
    precision: Precision = "day"
    resolution: Resolution = "unresolved"
    how = ""
    if phrase.kind == "month" and phrase.year and phrase.month:
        date, precision, resolution = dt.date(phrase.year, phrase.month, 1), "month", "stated"
    elif phrase.kind == "year" and phrase.year:
        date, precision, resolution = dt.date(phrase.year, 1, 1), "year", "stated"
    elif phrase.kind == "month" and phrase.month and phrase.year_offset is not None:
        precision = "month"  # "December last year": the article's year, moved
        if own.date is not None:
            date = dt.date(own.date.year + phrase.year_offset, phrase.month, 1)
            resolution, how = "relative", f"“{phrase.text}” counted from the {own.label}"
        else:
            how = f"“{phrase.text}” needs the article's date, which it does not give"
    elif phrase.kind == "absolute" and phrase.month and phrase.day:
        year, resolution, how = year_for(own, phrase, item.sentence)
        if year is not None:
            if not valid_day(year, phrase.month, phrase.day):
                return None  # "February 30": not a date, so not an event either
            date = dt.date(year, phrase.month, phrase.day)
            if phrase.day_until and valid_day(year, phrase.month, phrase.day_until):
                until = dt.date(year, phrase.month, phrase.day_until)
    elif phrase.kind == "absolute" and phrase.day and phrase.month is None:
        step = month_step(item.sentence[: phrase.start - item.sentence_start])  # "지난달 28일"
        if step is not None:
            date, resolution, how = stepped_day(own, phrase.day, step)
        else:
            date, resolution, how = month_day(own, phrase.day)  # "19日": a day written alone
            written_month = yearless_month(own.written, phrase.day) if own.written else None
            if date is None and written_month is not None:
                how = f"day {phrase.day} of the month of the {own.label}; no year given"
            elif date is None and own.date is None:
                # "9月1日 … 1日": the day the undated article has written with its month.
                at = (item.paragraph, phrase.start)
                written_month = repeated_month(own.full_days, phrase.day, *at)
                how = f"day {phrase.day}, written before with its month; no year given"
                if written_month is None:  # "4月16日 … 15日": the last day-and-month before
                    written_month = stated_month(own.named_months, phrase.day, *at)
                    how = f"day {phrase.day}, near the day and month written before; no year given"
        if date is None and written_month is None:
            return None  # a day with no month is no line of a timeline
    elif phrase.kind == "weekday" and phrase.weekday is not None and phrase.day is not None:
        date, resolution, how = weekday_day(own, phrase.weekday, phrase.day)  # "terça (14)"
    elif phrase.kind == "weekday" and phrase.weekday is not None:
        date, resolution, how = named_weekday(own, phrase, item.sentence, item.sentence_start)
    elif phrase.kind == "relative" and phrase.offset is not None:
        if own.date is not None and not own.exact:
            how = f"“{phrase.text}” needs the article's day; it gives only {own.label}"
        elif own.date is not None:
            date = own.date + dt.timedelta(days=phrase.offset)
            resolution, how = "relative", f"“{phrase.text}” counted from the {own.label}"
        else:
            how = f"“{phrase.text}” needs the article's date, which it does not give"
            counted = yearless_relative(own.written, phrase.offset) if own.written else None
            if counted is not None:  # "昨天" under "【5月20日 Agency】": 19 May, no year
                written_month, written_day = counted
                how = f"“{phrase.text}” counted from the {own.label}; no year given"
    if not how:
        how = "stated" if date is not None else "could not be placed"
    return TimelineEntry(
        article_id=article.id,
        source=article.source,
        date=date,
        until=until,
        precision=precision,
        phrase=phrase.text,
        phrase_span=Span(item.paragraph, phrase.start, phrase.end),
        sentence=item.sentence,
        sentence_span=Span(item.paragraph, item.sentence_start, item.sentence_end),
        resolution=resolution,
        how=how,
        month=(phrase.month or written_month)
        if date is None and (phrase.kind in ("absolute", "month") or written_day)
        else None,
        day=(phrase.day if phrase.kind == "absolute" else written_day) if date is None else None,
        event=item.event and not (item.ends and not date_roles.lasted(date, own.date, own.exact)),
        day_until=phrase.day_until if date is None and phrase.kind == "absolute" else None,
        weekday=phrase.weekday if date is None and phrase.kind == "weekday" else None,
    )
