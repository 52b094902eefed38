"""Korean "전날" and Japanese "前日" ("the day before") counted from the report's day.

Korean and Japanese wire copy name the day a report is about once, in its lede ("…는 9일
오후 현재 …", "…は9日、…"), and then count from it: "이날"/"同日" for that day, "전날"/"前日" for
the day before, however far down the article ("…공장은 전날 오후 5시부터 가동을 중단했다"). The
day the step counts from is not the day named in the sentence just before (there may be none)
but the report's day. A sentence with such a step and no date of its own was left undated, and
so was "이날" when the lede also names an earlier day ("지난 8일 … 9일 오후 현재 …"), which
:mod:`.same_day` rightly refuses to choose between.

Such a sentence is placed on the lede's day, or the day before it, only when that day is
beyond doubt — a wrong day is worse than none:

- the article is Korean or Japanese, and the step is "전날" or "前日" alone: not "다음날",
  "이튿날", "翌日" (the day after the report's day is yet to come, so these count from a day
  the story tells, not from the report's), nor "前一天"/"前日" in Chinese (which may be the day
  before yesterday); the anaphors are :mod:`.same_day`'s, untied to a thing named after them;
- the lede — the first body paragraph that ends a sentence (a headline or deck does not) —
  names in its first sentence exactly one day of the story, placed with its year, told as an
  event, with no range; a Korean day written "지난 N일" ("last N-th") is a day before the report
  and is set aside, provided it is earlier than the one left; the day is the article's own
  date or at most two days before it (a wire's stamp may run a day ahead of the place's
  clock; a lede further back is a retelling, whose steps count from the days it tells);
- nothing between the lede's day and the cue names another day (any date phrase finer than
  a month, or one not placed), nor moves the story a day ("다음날", "翌日", "그날");
- the step is free: not tied to a thing named before it ("선거 전날", "選挙の前日": the eve
  of that thing), not "그 전날"/"その前日" (the day before a day just told), not a
  comparison or a span ("전날보다", "전날 대비", "전날까지", "前日比", "前日まで", "前日から");
- the cue's sentence is body text, names no date of its own, is no forecast
  (:mod:`.forecasts`) and no plan after the cue ("예정", "予定"), and nothing dated it
  already (:mod:`.context_days`, :mod:`.same_day`).

The entry is dated by its context (``resolution`` "context"), as :mod:`.same_day` dates "the
same day".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.forecasts import is_forecast
from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_day import anaphor_at
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Span

#: The step per language: "the day before", one day back from the report's day.
_STEP = {"ko": re.compile(r"전날"), "ja": re.compile(r"前日")}
#: Before a free step: the sentence's start, a mark, a particle or a verb's ending (Korean
#: spaces its words: a noun right before is the thing the step is tied to), or an adverb
#: such as "앞서" (earlier). So not "그"/"その" (that): "the day before that".
_FREE_BEFORE = {
    "ko": re.compile(
        r"(?:^|[,.·…\"'“”‘’)\]]\s*|(?:^|\s)(?:앞서|또|또한|한편|이미|이어)\s+|"
        r"[은는을를에며어아]\s+)$"
    ),
    "ja": re.compile(r"(?:^|[、。，,「」『』（）()・\s]|(?<!その)(?<!の)[はもが])$"),
}
#: After a free step: a space, a particle of time or a part of the day; not a comparison
#: or a span ("전날보다", "전날까지", "전날부터", "전날 대비", "前日比", "前日まで").
_FREE_AFTER = {
    "ko": re.compile(r"^(?:\s+(?!대비|보다|종가)|에는?\s|에도\s|,)"),
    "ja": re.compile(r"^(?:に(?!比)|には|、|，|は|も|の?(?:夜|夕|朝|昼|午前|午後|深夜|未明))"),
}
#: Words that move the story to another day without naming it: after one, a step may
#: count from that day, which this reading cannot tell.
_SHIFTS = {
    "ko": re.compile(r"다음\s*날|이튿날|하루\s*(?:뒤|전|후)|그날|그\s+전날"),
    "ja": re.compile(r"翌日|翌朝|翌晩|次の日|前夜|その日|その前日"),
}
#: After the cue: a plan, an expectation or an intention ("…할 예정이다", "…する予定だ",
#: "…할 방침", "…見通し"); :mod:`.forecasts` reads neither language, and a plan is no event.
_PLANS = {
    "ko": re.compile(r"예정|계획이다|방침이다|전망이다|것으로 보인다"),
    "ja": re.compile(r"予定|見通し|方針だ|見込み|計画だ|する考え"),
}
#: A Korean day marked as past ("지난 12일", last 12th): before the report's day.
_PAST = {"ko": re.compile(r"지난\s*$")}
#: How many days the lede's day may lie before the article's own date.
_STAMP_LAG = 2


def report_day_entries(
    article: Article,
    entries: Sequence[TimelineEntry],
    phrases: Sequence[tuple[int, int]],
    placed: Sequence[TimelineEntry] = (),
) -> list[TimelineEntry]:
    """Statements of ``article`` on its lede's day or the day before (module docstring).
    ``entries`` are the article's dated phrases, ``phrases`` where every date phrase the
    reader found starts, as (paragraph, offset), ``placed`` the entries dated by context
    already (their sentences are left)."""
    language = article.language or ""
    if language not in _STEP or article.date is None:
        return []
    lede = _lede(article, language)
    if lede is None:
        return []
    day = _report_day(article, lede, entries, phrases, language)
    if day is None or day.date is None:
        return []
    starts = sorted(phrases)
    taken = {(e.sentence_span.paragraph, e.sentence_span.start) for e in (*placed, *entries)}
    found: list[TimelineEntry] = []
    for index in range(lede.paragraph, len(article.paragraphs)):
        paragraph = article.paragraphs[index]
        if paragraph.kind != "body" or language_of(paragraph.language, language) != language:
            continue
        for sentence in sentences(paragraph.text, language):
            if (index, sentence.start) in taken:
                continue  # dated already: by a phrase of its own, by context or "같은 날"
            for start, end, offset in _cues(sentence.text, language):
                at = sentence.start + start
                if (index, at) <= (day.phrase_span.paragraph, day.phrase_span.end):
                    continue
                if is_forecast(sentence.text, start, end, language):
                    continue
                if _PLANS[language].search(sentence.text, end):
                    continue  # a plan for that day, not a thing done on it
                if any(p == index and sentence.start <= o < sentence.end for p, o in starts):
                    continue  # the sentence names a day of its own
                if _between_days(article, day, (index, at), starts, entries, language):
                    continue  # another day or a shift before the cue: silent
                entry = _entry(day, index, sentence.start, sentence.text, (start, end, offset))
                found.append(entry)
                break
    return found


def _cues(sentence: str, language: str) -> list[tuple[int, int, int]]:
    """The sentence's free steps and "same day" anaphors, as (start, end, days back)."""
    cues = [(m.start(), m.end(), -1) for m in _STEP[language].finditer(sentence)]
    cues = [c for c in cues if _free(sentence, c[0], c[1], language)]
    anaphor = anaphor_at(sentence, language)
    if anaphor is not None:
        cues.append((*anaphor, 0))
    return sorted(cues)


def _lede(article: Article, language: str) -> Span | None:
    """The lede's first sentence: of the first body paragraph that ends a sentence."""
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text.rstrip()
        if paragraph.kind != "body" or not text.endswith((".", "。", "다", "た")):
            continue
        first = next(iter(sentences(paragraph.text, language)), None)
        return None if first is None else Span(index, first.start, first.end)
    return None


def _report_day(
    article: Article,
    lede: Span,
    entries: Sequence[TimelineEntry],
    phrases: Sequence[tuple[int, int]],
    language: str,
) -> TimelineEntry | None:
    """The one day the lede's first sentence names (module docstring), or None."""
    text = article.paragraphs[lede.paragraph].text
    inside = {o for p, o in phrases if p == lede.paragraph and lede.start <= o < lede.end}
    told = [
        e
        for e in entries
        if e.phrase_span.paragraph == lede.paragraph and e.phrase_span.start in inside
    ]
    if not inside or {e.phrase_span.start for e in told} != inside:
        return None  # no day, or one the reader could not place
    if not all(e.event and e.precision == "day" and e.until is None and e.date for e in told):
        return None
    past = _PAST.get(language)
    earlier = [e for e in told if past and past.search(text[lede.start : e.phrase_span.start])]
    report = [e for e in told if e not in earlier]
    if len({e.date for e in report}) != 1:
        return None
    day = report[0]
    assert day.date is not None and article.date is not None
    if any(e.date is None or e.date >= day.date for e in earlier):
        return None
    if not 0 <= (article.date - day.date).days <= _STAMP_LAG:
        return None
    return day


def _free(sentence: str, start: int, end: int, language: str) -> bool:
    """True when the step at ``start:end`` is tied to nothing, no comparison and no span."""
    before, after = sentence[:start], sentence[end:]
    return bool(_FREE_BEFORE[language].search(before) and _FREE_AFTER[language].match(after))


def _between_days(
    article: Article,
    day: TimelineEntry,
    until: tuple[int, int],
    starts: Sequence[tuple[int, int]],
    entries: Sequence[TimelineEntry],
    language: str,
) -> bool:
    """True when a date phrase other than the report's day starts between it and ``until``
    (paragraph, offset), or a word there moves the story to another day."""
    since = (day.phrase_span.paragraph, day.phrase_span.start)
    at = {(e.phrase_span.paragraph, e.phrase_span.start): e for e in entries}
    for key in starts:
        told = at.get(key)
        if since < key < until and (told is None or told.precision == "day"):
            return True  # a day, or a phrase not placed (it may name one)
    paragraphs = article.paragraphs
    first, last = since[0], until[0]
    if first == last:
        text = paragraphs[first].text[day.phrase_span.end : until[1]]
    else:
        parts = [paragraphs[first].text[day.phrase_span.end :]]
        parts += [p.text for p in paragraphs[first + 1 : last] if p.kind == "body"]
        parts.append(paragraphs[last].text[: until[1]])
        text = "\n".join(parts)
    return bool(_SHIFTS[language].search(text))


def _entry(
    day: TimelineEntry, paragraph: int, at: int, sentence: str, cue: tuple[int, int, int]
) -> TimelineEntry:
    assert day.date is not None  # ``_report_day`` took only a placed day
    start, end, offset = cue
    phrase = sentence[start:end]
    which = "the day before the day" if offset else "the day"
    return replace(
        day,
        date=day.date + dt.timedelta(days=offset),
        until=None,
        phrase=phrase,
        phrase_span=Span(paragraph, at + start, at + end),
        sentence=sentence,
        sentence_span=Span(paragraph, at, at + len(sentence)),
        resolution="context",
        how=f"“{phrase}”: {which} the lede reports, “{day.phrase}”",
        month=None,
        day=None,
        day_until=None,
        weekday=None,
    )
