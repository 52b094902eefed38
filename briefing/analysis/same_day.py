"""Statements dated by an anaphor: "the same day", "le même jour", "同日", "이날".

News copy names a day once and tells what else happened on it with a word that points back:
"On 7 July the president was killed. The same day, police said …", "Le 4 avril, la Finlande a
rejoint l'OTAN. Le même jour, …", "…は7日、…。警察は同日、…", "…19일 보도했다. … 이날 …". Such a
sentence has no date phrase of its own, so the timeline skipped it. It is placed on the day
it points back to, and only when that day is beyond doubt — a wrong date is worse than none:

- the anaphor is one of a closed class per language that means "the same day" (not "that
  week", not "the day after"), written as a whole word where the script spaces words ("어린이날",
  Children's Day, holds "이날" but is no anaphor; "同日本" is "with Japan" in Chinese);
- it is not tied to a thing named after it ("the same day as the vote", "le jour même de son
  élection", "el mismo día que"): then the day is that thing's, not the last one named; nor
  the end or start of a span ("since that day", "desde ese día", "до того дня");
- the sentence is body text with no date phrase of its own, and no forecast (:mod:`.forecasts`);
- the nearest sentence before it that dates anything (in the same paragraph or the one
  before) dates exactly one day, told as an event (a caption's or an aside's day is not the
  story's), with no range ("from 8 to 10 May": which end?) and no month or year alone
  ("in May", "in 2019": no day to point to).

The entry is dated by its context (``resolution`` "context", as :mod:`.context_days` dates a
sentence told by the clock), on the day its antecedent has, never more precisely: its month
and day only when the antecedent has no year, and, as there, in an article with no date or
dateline of its own, where the sentence names no year and nothing gives it one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from briefing.analysis.forecasts import is_forecast
from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Span

#: "The same day" per language: closed-class phrases (lower case), spaced as written.
_ANAPHORS: dict[str, tuple[str, ...]] = {
    "en": ("the same day", "that same day"),
    "fr": ("le même jour", "ce même jour", "le jour même", "ce jour-là"),
    "de": ("am selben tag", "am gleichen tag", "am selbigen tag", "am selben abend",
           "am gleichen abend", "am selben morgen"),
    "es": ("el mismo día", "ese mismo día", "ese día", "aquel mismo día"),
    "pt": ("no mesmo dia", "nesse mesmo dia", "naquele mesmo dia", "naquele dia"),
    "it": ("lo stesso giorno", "nello stesso giorno", "quello stesso giorno", "quel giorno",
           "in quel giorno"),
    "nl": ("dezelfde dag", "diezelfde dag"),
    "pl": ("tego samego dnia", "tego dnia", "w tym samym dniu"),
    "ru": ("в тот же день", "в этот же день", "в тот день", "тем же днем", "тем же днём"),
    "uk": ("того ж дня", "того самого дня", "в той же день", "цього ж дня", "того дня"),
    "el": ("την ίδια μέρα", "την ίδια ημέρα", "αυθημερόν"),
    "tr": ("aynı gün",),
    "ro": ("în aceeași zi", "în aceeaşi zi"),
    "hu": ("ugyanazon a napon", "ugyanaznap", "aznap"),
    "ar": ("في اليوم نفسه", "في اليوم ذاته", "في نفس اليوم", "في ذات اليوم"),
    "fa": ("همان روز", "در همان روز"),
    "he": ("באותו יום",),
    "ja": ("同日", "同じ日"),
    "zh": ("同日", "当天", "当日", "同一天", "當天", "當日"),
    "ko": ("이날", "같은 날", "같은날", "당일"),
}  # fmt: skip
#: Scripts that write no spaces between words: there the anaphor is found as written, with
#: the guards below instead of word boundaries.
_UNSPACED = frozenset({"ja", "zh"})
#: After "同日"/"当日" in Chinese: a character that makes "同"/"当" a preposition or verb
#: and "日" the start of Japan ("同日本", "同日方", "当日军"): no anaphor.
_NOT_AFTER_CJK = "本方军軍韩韓俄美中欧歐元语語文期"
#: Before the anaphor: "不同日" (on different days), "每当天亮" (whenever day breaks).
_NOT_BEFORE_CJK = "不相每"
#: After an anaphor: a word tying it to a thing named next ("the same day as the vote", "le
#: jour même de son élection", "el mismo día que", "в тот же день, когда"): that thing's day.
_TIED = re.compile(
    r"^\s*(?:as|that|when|of|on\s+which|que|qu['’]|où|de|du|des|d['’]|del|en\s+que|em\s+que|"
    r"do|da|dos|das|di|in\s+cui|che|wie|an\s+dem|als|waarop|co|w\s+którym|когда|что|как|"
    r"коли|що|που|με|ki|care|când|amikor|mint|که|ש|הזה)(?!\w)",
    re.IGNORECASE,
)
#: Before an anaphor: a word making it a period's end or start ("since that day", "desde ese
#: día", "depuis ce jour-là", "до того дня"): a span from the day, not a thing done on it.
_SPAN = re.compile(
    r"(?<!\w)(?:since|until|till|from|desde|hasta|depuis|jusqu['’]\s*à|seit|bis|dal|da|fino\s+a|"
    r"até|sinds|tot|od|do|с|со|до|від|από|μέχρι|ως|itibaren|kadar|din|până\s+la)\s*$",
    re.IGNORECASE,
)
#: Words that move the story to another day without naming it ("the next day", "la veille",
#: "翌日", "다음날"): between the day named and the anaphor, they make "the same day" that
#: other day, which this reading cannot tell, so it stays silent.
_SHIFTS: dict[str, tuple[str, ...]] = {
    "en": ("the next day", "the following day", "the day after", "a day later", "the day before",
           "the previous day", "the next morning", "overnight"),
    "fr": ("le lendemain", "le jour suivant", "la veille", "le surlendemain"),
    "de": ("am tag danach", "am nächsten tag", "am folgetag", "tags darauf", "am vortag",
           "tags zuvor", "am nächsten morgen"),
    "es": ("al día siguiente", "un día después", "el día anterior", "la víspera"),
    "pt": ("no dia seguinte", "um dia depois", "no dia anterior", "na véspera"),
    "it": ("il giorno dopo", "l'indomani", "all'indomani", "il giorno seguente", "il giorno prima",
           "la vigilia"),
    "nl": ("de volgende dag", "de dag erna", "een dag later", "de dag ervoor"),
    "pl": ("następnego dnia", "dzień później", "dzień wcześniej", "poprzedniego dnia"),
    "ru": ("на следующий день", "на другой день", "днем позже", "сутки спустя", "накануне"),
    "uk": ("наступного дня", "на наступний день", "напередодні"),
    "el": ("την επόμενη μέρα", "την επομένη", "την προηγούμενη μέρα", "την παραμονή"),
    "tr": ("ertesi gün", "bir gün sonra", "bir gün önce", "önceki gün"),
    "ro": ("a doua zi", "în ziua următoare", "cu o zi înainte"),
    "hu": ("másnap", "előző nap", "előtte való nap"),
    "ar": ("في اليوم التالي", "اليوم السابق", "في اليوم السابق"),
    "fa": ("روز بعد", "فردای", "روز قبل"),
    "he": ("למחרת", "יום קודם"),
    "ja": ("翌日", "翌朝", "翌晩", "次の日", "前日", "前夜"),
    "zh": ("次日", "翌日", "第二天", "隔天", "翌晨", "前一天", "前一日", "前日"),
    "ko": ("다음날", "다음 날", "이튿날", "전날", "하루 뒤", "하루 전"),
}  # fmt: skip
#: How far back (in paragraphs) the day pointed to may be named: news paragraphs are short,
#: and the anaphor points to the last day named, with no other date and no step in between.
_PARAGRAPHS_BACK = 3


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    phrases = _ANAPHORS.get(language)
    if not phrases:
        return None
    names = "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted({p.casefold() for p in phrases}, key=len, reverse=True)
    )
    if language in _UNSPACED:
        return re.compile(rf"(?<![{_NOT_BEFORE_CJK}])(?:{names})(?![{_NOT_AFTER_CJK}])")
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)", re.IGNORECASE)


def anaphor_at(sentence: str, language: str) -> tuple[int, int] | None:
    """Where the sentence's first "same day" anaphor is, untied to a thing named after it
    (module docstring); None when it has none."""
    pattern = _pattern(language)
    if pattern is None:
        return None
    for m in pattern.finditer(sentence):
        if _TIED.match(sentence[m.end() :]) or _SPAN.search(sentence[: m.start()]):
            continue
        return m.start(), m.end()
    return None


def same_day_entries(
    article: Article,
    entries: Sequence[TimelineEntry],
    phrases: Sequence[tuple[int, int]],
    dated: bool,
) -> list[TimelineEntry]:
    """Statements of ``article`` dated by a "same day" anaphor (module docstring). ``entries``
    are the article's dated phrases; ``phrases`` where every date phrase the reader found
    starts, as (paragraph, offset), placed or not ("14日" with no month gives no entry, yet it
    is the day the next "当天" points to); ``dated`` whether the article has a date or
    dateline of its own."""
    starts = sorted(phrases)
    at = {(e.phrase_span.paragraph, e.phrase_span.start): e for e in entries}
    found: list[TimelineEntry] = []
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind != "body":
            continue
        language = language_of(paragraph.language, article.language)
        pattern = _pattern(language)
        if pattern is None or not pattern.search(paragraph.text.casefold()):
            continue
        for sentence in sentences(paragraph.text, language):
            if any(p == index and sentence.start <= o < sentence.end for p, o in starts):
                continue  # the sentence dates itself
            cue = anaphor_at(sentence.text, language)
            if cue is None or is_forecast(sentence.text, *cue, language):
                continue
            before = [key for key in starts if key < (index, sentence.start)]
            last = at.get(before[-1]) if before else None
            if last is None or last.paragraph < index - _PARAGRAPHS_BACK:
                continue  # no day before, or one not placed (a dateline, a bare "14日")
            if article.paragraphs[last.paragraph].kind != "body":
                continue
            day = _one_day(_told(last, entries, starts))
            between = _between(article, last.sentence_span, index, sentence.start + cue[0])
            if day is not None and not _shifted(between, language):
                found.append(_entry(day, index, sentence.start, sentence.text, cue, dated))
    return found


def _told(
    last: TimelineEntry, entries: Sequence[TimelineEntry], starts: Sequence[tuple[int, int]]
) -> list[TimelineEntry]:
    """The entries of ``last``'s sentence; empty when one of its date phrases has none."""
    span = last.sentence_span
    inside = [(p, o) for p, o in starts if p == span.paragraph and span.start <= o < span.end]
    told = [
        e
        for e in entries
        if e.phrase_span.paragraph == span.paragraph
        and span.start <= e.phrase_span.start < span.end
    ]
    return told if len({e.phrase_span.start for e in told}) == len(inside) else []


def _between(article: Article, since: Span, paragraph: int, until: int) -> str:
    """The text from the end of the sentence ``since`` to offset ``until`` of ``paragraph``."""
    if since.paragraph == paragraph:
        return article.paragraphs[paragraph].text[since.end : until]
    parts = [article.paragraphs[since.paragraph].text[since.end :]]
    parts += [p.text for p in article.paragraphs[since.paragraph + 1 : paragraph]]
    parts.append(article.paragraphs[paragraph].text[:until])
    return "\n".join(parts)


def _shifted(text: str, language: str) -> bool:
    """True when ``text`` moves the story a day on or back without naming the day."""
    words = _SHIFTS.get(language, ())
    folded = " ".join(text.casefold().replace("’", "'").split())
    if language in _UNSPACED:
        return any(w in folded for w in words)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words)


def _one_day(told: list[TimelineEntry]) -> TimelineEntry | None:
    """The one entry whose day a sentence's dates all name, told as an event and not as a
    range; None when they name none, several or a month or year only."""
    if not all(e.event and e.precision == "day" and e.until is None for e in told):
        return None
    if any(e.day_until is not None for e in told):
        return None
    keys = {e.day_key() for e in told}
    if len(keys) != 1 or None in keys:
        return None
    return told[0]


def _entry(
    day: TimelineEntry, paragraph: int, at: int, sentence: str, cue: tuple[int, int], dated: bool
) -> TimelineEntry:
    phrase = sentence[cue[0] : cue[1]]
    how = f"“{phrase}”: the day of “{day.phrase}” just before it"
    key = day.day_key()
    assert key is not None  # ``_one_day`` took only entries with a day
    _, month, number = key
    placed = day.date if dated else None
    return replace(
        day,
        date=placed,
        until=None,
        phrase=phrase,
        phrase_span=Span(paragraph, at + cue[0], at + cue[1]),
        sentence=sentence,
        sentence_span=Span(paragraph, at, at + len(sentence)),
        resolution="context",
        how=how if placed is not None else f"{how}, which gives no year",
        month=None if placed is not None else month,
        day=None if placed is not None else number,
        day_until=None,
        weekday=None,
    )
