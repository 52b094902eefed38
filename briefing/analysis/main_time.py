"""The main moment's time of day: the time most articles give the act, and a rival one.

:mod:`.clocks` joins two times only when they are five minutes apart at most and their
sentences share a word of one language; across languages and further apart it stays silent.
Yet the moment a story is about is told by many outlets in many languages ("the quake struck
at 4:17 a.m.", "saat 04.17'de", "à 4 h 17"), and one outlet giving 4:28, or "gegen 12.00 Uhr"
when the others say 12:30, disagrees with all of them. This module compares every time with
the story's **main moment**, the time of day the most articles give (at least
:data:`MIN_ARTICLES`), in any language, when all of these hold:

- **the same clock**: a time followed by another zone ("1033 GMT", "14h08 em Brasília",
  "alle 02.17 italiane", "12h30 em Madri") is compared only with times of that zone; one with
  no zone, or "local time", "Ortszeit", with those alike. A conversion in brackets is not read.
  A clock CLDR names with one offset ("15:34 Uhr (MESZ)", "16:07 GMT", "日本時間22時33分") is
  put on UTC, and so is the local clock when the packet's own conversions ("8時33分(日本時間
  22時33分)") all give it one offset (:mod:`.stated_zones`): one moment told on two clocks is
  then compared, and its values read "13:33 UTC (15:33)", the clock as written last. Times
  in Chinese, Japanese and Korean counters ("오후 10시 15분쯤") are read by :mod:`.cjk_clocks`;
- **what each time allows**: a precise minute allows itself; a time on the quarter hour may be
  rounded, and a hedged one ("gegen 12.00 Uhr", "around 18:05") is approximate: both allow
  :data:`ROUNDED` minutes either side ("12:30" and Sánchez's "12:33" agree, "around 18:00"
  and 18:05 too); "before"/"after" reach :data:`HEDGED` minutes to one side ("peu avant
  18h00"). Two times whose allowances do not meet disagree;
- **one moment**: the rival is at most :data:`WINDOW` minutes from the main moment, its
  sentence shares a word (its first letters, without accents, in any language: "viaduc" and
  "viaduto") with a sentence giving the main moment, and says nothing of a second or third
  one ("a second blast at 20:14"). A shared name alone ("Gaziantep") ties only the first
  time its article gives: a place is named beside every moment of the story, and a lead
  tells the moment before what followed it;
- **one account**: an article giving the main moment itself, or another time near it, is
  telling a sequence (a first shock at 04:17 and another at 04:26), not a rival.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from briefing.analysis.cjk_clocks import cjk_told_times
from briefing.analysis.clocks import Told, told_times
from briefing.analysis.inflection import folded
from briefing.analysis.locales import locale_for
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.stated_zones import learned_local, stated_offset
from briefing.analysis.text import NOUN_CAPS, WORD, language_of, sentences, word_set
from briefing.model import Article, Span

#: The main moment is given by at least this many articles.
MIN_ARTICLES = 2
#: A rival time is at most this many minutes from the main moment.
WINDOW = 35
#: Minutes either side a time on the quarter hour allows (it may be rounded), and a hedged
#: time: "about 11:15" and "about 11:30" are two readings, "around 18:00" and 18:05 one.
ROUNDED = 7
#: How far a bound reaches: "shortly before 11:30" is 11:20 to 11:30.
HEDGED = 10
#: Letters of a word compared across languages.
PREFIX = 5
_LETTERS = re.compile(r"[^\W\d_]+")
#: Hedges that open one side: the time is a bound ("shortly before 11:30", "peu avant 18h00").
_BEFORE = word_set("before by until avant vor prima antes voor до")
_AFTER = word_set("after après nach dopo después após depois na после")
#: Zones written as capitals ("1033 GMT", "16:07 UTC", "MESZ"): another clock than the local
#: (in capitals only: French "est" is a verb).
_ZONES = word_set("GMT UTC CET CEST MEZ MESZ MSK МСК BST EET EEST EST EDT PST PDT TRT")
#: How far after a time a zone may be named ("12h30 em Madri", "4:28 Uhr Ortszeit").
_ZONE_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Time:
    told: Told
    zone: str
    low: int
    high: int
    keys: frozenset[str]
    #: The keys of words that are no names (lower case, or any noun where all are capitals).
    plain: frozenset[str]
    ordinal: bool
    #: The first time of day its article gives (a lead tells the moment before what followed).
    first: bool
    quote: Quote
    #: Minutes east of UTC of the clock it names, when CLDR knows it (:mod:`.stated_zones`).
    offset: int | None = None
    #: The local clock's offset, when a conversion in brackets right after it states one.
    learned: int | None = None


def main_time_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """The times of day that disagree with the story's main moment (module docstring)."""
    return judge_main_times([main_times_of(article) for article in articles])


def main_times_of(article: Article) -> list[_Time]:
    """One article's times of day, as :func:`judge_main_times` compares them (read with the
    other checks' findings, :mod:`.findings`)."""
    return list(_times(article))


def judge_main_times(read: Sequence[Sequence[_Time]]) -> list[Discrepancy]:
    """:func:`main_time_discrepancies` from each article's :func:`main_times_of`."""
    times = _on_utc([t for article_times in read for t in article_times])
    by_zone: dict[str, list[_Time]] = defaultdict(list)
    for time in times:
        by_zone[time.zone].append(time)
    found = []
    for zone in sorted(by_zone):
        flag = _judge(by_zone[zone])
        if flag is not None:
            found.append(flag)
    return found


def _times(article: Article) -> Iterable[_Time]:
    first = True
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.foldable:
            continue
        language = language_of(paragraph.language, article.language)
        for sentence in sentences(paragraph.text, language):
            # the digits' times, whose zone is named after them; the counters' (:mod:`.cjk_clocks`),
            # whose zone is named before them
            told: list[tuple[Told, str | None]] = [
                (time, None) for time in told_times(sentence.text, language)
            ]
            told += cjk_told_times(sentence.text, language)
            if not told:
                continue
            keys, plain = _keys(sentence.text, language)
            ordinal = any(_ordinal(w, language) for w in WORD.findall(sentence.text))
            quote = Quote(
                article.id, article.source, Span(p_index, sentence.start, sentence.end),
                sentence.text,
            )  # fmt: skip
            for time, name in sorted(told, key=lambda t: t[0].start):
                low, high = _allows(time)
                zone = _zone(sentence.text[time.end :], language) if name is None else name
                offset = stated_offset(sentence.text, time, name or "", language, article.date)
                learned = None
                if not zone:
                    learned = learned_local(sentence.text, time, language, article.date)
                yield _Time(
                    time, zone, low, high, keys, plain, ordinal, first, quote, offset, learned
                )
                first = False


def _on_utc(times: list[_Time]) -> list[_Time]:
    """The times whose clock the text states, moved onto UTC (zone "utc", value "13:33 UTC
    (15:33)", the time as written last, as :func:`.discrepancies._not_told` reads it):
    those on a named clock CLDR knows, and the local ones when the packet's conversions all
    give the local clock one offset (:mod:`.stated_zones`); the rest as they are."""
    learned = {t.learned for t in times if t.learned is not None}
    local = next(iter(learned)) if len(learned) == 1 else None
    moved = []
    for time in times:
        offset = time.offset if time.zone else local
        if offset is None:
            moved.append(time)
            continue
        minutes = (time.told.minutes - offset) % 1440
        shift = minutes - time.told.minutes
        value = f"{minutes // 60:02d}:{minutes % 60:02d} UTC ({time.told.value})"  # as written
        told = replace(time.told, minutes=minutes, value=value)
        moved.append(replace(time, told=told, zone="utc", low=time.low + shift,
                             high=time.high + shift))  # fmt: skip
    return moved


def _allows(time: Told) -> tuple[int, int]:
    """The minutes a time written this way allows (module docstring)."""
    round_ = time.minutes % 15 == 0
    spread = ROUNDED if round_ or time.hedge else 0
    if time.hedge in _BEFORE:
        return time.minutes - HEDGED, time.minutes
    if time.hedge in _AFTER:
        return time.minutes, time.minutes + HEDGED
    return time.minutes - spread, time.minutes + spread


def _zone(rest: str, language: str) -> str:
    """The clock a time is told in: "" for local, else the key of the zone or place named
    right after it. Stops at punctuation and at a bracketed conversion ("(16:07 GMT)")."""
    cut = re.search(r"[,;.!?]\s|[(\[]\s*\d|$", rest)
    words = list(WORD.finditer(rest, 0, cut.start() if cut else len(rest)))[:_ZONE_WORDS]
    for match in words:
        word = match.group()
        lowered = word.casefold()
        if word in _ZONES:
            return lowered
        if len(word) >= PREFIX and folded(word)[:PREFIX] in _place_keys(language):
            return folded(word)[:PREFIX]
        if word[:1].isupper() and language not in NOUN_CAPS and lowered not in _local(language):
            return folded(word)[:PREFIX]
    return ""


def _keys(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The sentence's words of :data:`PREFIX` letters or more, first letters without accents
    (no function words, month or weekday names: they date, they do not say what happened);
    and those of them that are no names."""
    skip = _stopwords(language) | _calendar_words(language)
    keys: set[str] = set()
    plain: set[str] = set()
    # "sull'Orlen", "l'Orlen": the name after the elision
    for match in _LETTERS.finditer(text):
        word = match.group()
        if len(word) < PREFIX or word.casefold() in skip:
            continue
        keys.add(folded(word)[:PREFIX])
        if not word[:1].isupper() or match.start() == 0 or language in NOUN_CAPS:
            plain.add(folded(word)[:PREFIX])
    return frozenset(keys), frozenset(plain)


def main_moment(read: Sequence[Sequence[_Time]]) -> tuple[int, list[_Time]] | None:
    """The story's main moment on the local clock (minutes after midnight) and the times
    that give it, or None when no time of day stands out (:mod:`.main_part` reads it)."""
    return _moment([t for times in read for t in times if not t.zone])


def _moment(times: list[_Time]) -> tuple[int, list[_Time]] | None:
    by_value: dict[int, set[str]] = defaultdict(set)
    for time in times:
        by_value[time.told.minutes].add(time.quote.article_id)
    main = max(by_value, key=lambda m: (len(by_value[m]), -m), default=None)
    if main is None or len(by_value[main]) < MIN_ARTICLES:
        return None
    if any(len(ids) >= len(by_value[main]) for m, ids in by_value.items() if m != main):
        return None  # two times as widely given: no main moment
    return main, [t for t in times if t.told.minutes == main]


def _judge(times: list[_Time]) -> Discrepancy | None:
    moment = _moment(times)
    if moment is None:
        return None
    main, backing = moment
    low = max(t.low for t in backing)
    high = min(t.high for t in backing)
    if low > high:
        low = high = main  # its own sources round it differently: the value as written
    keys = frozenset().union(*(t.keys for t in backing))
    plain = frozenset().union(*(t.plain for t in backing))
    near: dict[str, set[int]] = defaultdict(set)
    for time in times:
        if abs(time.told.minutes - main) <= WINDOW:
            near[time.quote.article_id].add(time.told.minutes)
    rivals = [
        t
        for t in times
        if t.told.minutes != main
        and abs(t.told.minutes - main) <= WINDOW
        and (t.high < low or t.low > high)
        and near[t.quote.article_id] == {t.told.minutes}
        and t.keys & keys
        and (t.plain & plain or t.first)  # a shared name alone: only the article's lead time
        and not t.ordinal
    ]
    if not rivals:
        return None
    values = sorted({main, *(t.told.minutes for t in rivals)})
    claims = []
    for minutes in values:
        members = backing if minutes == main else [t for t in rivals if t.told.minutes == minutes]
        hedges = {m.told.hedge for m in members}
        value = members[0].told.value
        if "" not in hedges:  # every source hedges it: say so, in its word if they share one
            value = f"{next(iter(hedges)) if len(hedges) == 1 else 'about'} {value}"
        claims.append(Claim(value, tuple(dict.fromkeys(m.quote for m in members))))
    return Discrepancy(
        "date",
        "at what time (the main moment)",
        tuple(claims),
        note="the time most articles give the story's main moment, and a time near it that "
        "cannot be the same one written another way (another zone, a rounding or a hedge)",
    )


@cache
def _place_keys(language: str) -> frozenset[str]:
    """First letters of the names of countries and languages in ``language`` (CLDR):
    "deutscher Zeit", "ora italiana", "italiane" name another country's clock."""
    locale = locale_for(language)
    if locale is None:
        return frozenset()
    names = [*locale.territories.values(), *locale.languages.values()]
    return frozenset(folded(w)[:PREFIX] for n in names for w in WORD.findall(n) if len(w) >= PREFIX)


@cache
def _local(language: str) -> frozenset[str]:
    """Words that say a time is local or is a time ("Ortszeit", "Uhr", "heure"), from
    CLDR's zone formats and day periods, in the languages that capitalise them."""
    words: set[str] = set()
    locale = locale_for(language)
    if locale is not None:
        for pattern in dict(locale.zone_formats).values():
            words.update(w.casefold() for w in WORD.findall(str(pattern)))
    return frozenset(words)


@cache
def _calendar_words(language: str) -> frozenset[str]:
    words: set[str] = set()
    locale = locale_for(language)
    if locale is not None:
        for table in (locale.months, locale.days):
            for context in table.values():
                for names in context.values():
                    words.update(str(n).casefold() for n in dict(names).values())
    return frozenset(words)


def _ordinal(word: str, language: str) -> bool:
    """``word`` is "second" to "fifth" in some case ("zweiten", "второго"), not a word that
    merely starts alike ("según")."""
    plain = folded(word)
    return any(plain.startswith(o[:-2]) and len(plain) >= len(o) - 1 for o in _ordinals(language))


@cache
def _ordinals(language: str) -> frozenset[str]:
    """ "second" to "fifth" in ``language`` (num2words): a second blast is another moment."""
    from num2words import num2words

    words: set[str] = set()
    for n in range(2, 6):
        try:
            word = str(num2words(n, to="ordinal", lang=language))
        except (NotImplementedError, OverflowError, KeyError):
            continue
        words.update(folded(w) for w in WORD.findall(word) if len(w) >= 4)
    return frozenset(words)


@cache
def _stopwords(language: str) -> frozenset[str]:
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
