"""The main event's day: one article dates the act to another day than the story does.

"The funicular derailed on Tuesday evening" against a packet whose articles date the crash to
Wednesday 3 September; "Wednesday's collision" against "On Tuesday, a passenger train
collided"; "power outages on Sunday, April 28" when 28 April of that year is a Monday. These
statements name no actor (:mod:`.events` compares an actor's arrivals and meetings), and
half of them stand in undated articles, so the timeline cannot place a bare "Tuesday".

- **The main day** is the day most articles date the act to: each article votes for the
  earliest day it dates (events only: captions, credits and trivia are not; an act comes
  before its aftermath) within :data:`WEEKS` days of the middle day of writing, an undated
  article's "28 April" in that year; at least :data:`MIN_ARTICLES` articles, more than any
  other day.
- **A weekday in an article with no day of publication** is the day with that name nearest
  the main day, within :data:`NEAR` days (the story's week); "last" or "next" before it
  leaves it unplaced.
- **The act's words** are learnt from the packet, never listed: the words (their first
  :data:`PREFIX` letters without accents, in any language: "derailed" and "déraillement",
  "collided" and "collision"; no names, which stand beside every day of the story) within
  :data:`GAP` words of a phrase dating the main day. An elided article is set apart first:
  "l'incendie" is the "incendio" of the others.
- **A rival** is an article that never dates the main day (nor the night leading into it:
  "в ночь на 1 марта", "in der Nacht zum Mittwoch" allow the evening before) and writes one
  of those words within :data:`GAP` words of another day at most :data:`NEAR` days off, or
  anywhere in that day's clause (:mod:`.date_clause`: "hat am Montag die Wahl gewonnen",
  "El ciclón tropical causó daños el domingo"; a country's adjective there binds nothing):
  its earliest such day is its account of the act. A day after the main day needs a word
  two articles write beside the main day (the aftermath guard below), or a sentence that
  retells another article's sentence dating the main day (:mod:`.retold_accounts`: an
  interior ministry's statement given "Wednesday" by one outlet and "yesterday, Thursday"
  by another, most of its words the same). The act's words are still learnt from
  the narrow window, where a clause's stray words would add up across the packet. An
  article that dates the act and then its aftermath is telling a sequence, and is not read
  for a rival; nor is a day one off told in a named zone (:mod:`.time_zones`: "March 13,
  Beijing time"). The main day's "local time" is the place's, the zone any day is told in
  unless said: it excuses no other article's day.
- **An act its language writes in short words** ("сел на мель", ran aground), which no key
  compares: a rival day is also tied to the act by two such words that another article of
  its language writes next to the main day (:mod:`.language_ties`); that article's weekday
  may stand in an article stating only its month, placed inside that month nearest the
  main day: such a guessed weekday backs the main day and ties an idiom, never votes or
  rivals. Each article dating the main day is quoted for it, by a statement bound to the
  act where it has one ("23일 … 좌초", whose words no key compares, by its first).
- **A day the media reported on** ("Media on Saturday reported that …", :mod:`.media_reports`)
  dates no act: it neither votes nor rivals.
- **A weekday beside its date that the calendar contradicts** ("Sunday, April 28" when the
  main day, 28 April, is a Monday) is a rival weekday of the main day (one off in a zone: no).

Why so narrow: the days after an act are full of its aftermath (searches, mourning, arrests,
strikes) written with the act's words ("on Thursday rescuers searched the wreckage of the
collision"); only a day phrase written against the act's word, in an article that never
dates the main day, says the act happened on another.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from briefing.analysis.after_words import before_earlier_act
from briefing.analysis.date_clause import clause_words
from briefing.analysis.dated_statements import Dated as _Dated
from briefing.analysis.dated_statements import claim as _claim
from briefing.analysis.dated_statements import rival_weekday
from briefing.analysis.dates import DatePhrase, find_dates
from briefing.analysis.day_words import content_words as _content
from briefing.analysis.day_words import country_keys as _country_keys
from briefing.analysis.day_words import night_words as _night_words
from briefing.analysis.day_words import word_key as _key
from briefing.analysis.language_ties import in_stated_month, tying_articles, word_forms
from briefing.analysis.media_reports import reports_day
from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.analysis.retold_accounts import retold, sentence_keys
from briefing.analysis.text import WORD, unelided
from briefing.analysis.time_zones import one_apart, zone_told
from briefing.model import Article

#: The main day is dated by at least this many articles.
MIN_ARTICLES = 3
#: A rival day and a weekday's placing are at most this many days from the main day.
NEAR = 3
#: Days dated this far from the middle day of writing are not the story's (background).
WEEKS = 10
#: At most this many words between a date phrase and the act's word.
GAP = 3
_PLACING_WORDS = frozenset({"last", "next", "this", "past", "coming"})


def main_day_discrepancies(
    articles: Sequence[Article],
    entries: Iterable[TimelineEntry],
    statements: tuple[dt.date | None, list[_Dated]] | None = None,
) -> list[Discrepancy]:
    """A rival day of the main event (see the module docstring), or nothing; ``statements``
    is :func:`story_statements`' answer when the caller has it already."""
    main, placed = statements or story_statements(articles, entries)
    if main is None:
        return []
    acts = _act_words(placed, main)
    days = _rival_day([*placed, *_month_weekdays(articles, entries, main)], main, acts)
    return [d for d in (days, rival_weekday(placed, main)) if d]


def story_statements(
    articles: Sequence[Article], entries: Iterable[TimelineEntry]
) -> tuple[dt.date | None, list[_Dated]]:
    """The main day (None when no day stands out) and every day-precise statement placed."""
    languages = {a.id: a.language for a in articles}
    written = sorted(
        a.date for a in articles if isinstance(a.date, dt.date) and a.date_precision == "day"
    )
    if not written:
        return None, []
    # The story's weeks: around the middle day of writing (a fire five years before the
    # reopening it led to is background, not a rival of the main day).
    middle = written[len(written) // 2]
    lo, hi = middle - dt.timedelta(days=WEEKS), middle + dt.timedelta(days=WEEKS)
    undated = {a.id for a in articles if not isinstance(a.date, dt.date)}
    entries = [e for e in entries if e.event and e.article_id in languages]
    placed = [d for e in entries if (d := _placed(e, languages[e.article_id], middle.year, None))]
    placed = [d for d in placed if lo <= d.day <= hi]
    # A first guess from the dated statements places the undated articles' weekdays in the
    # story's week; then every article votes.
    guess = _main_day(placed, least=1)
    if guess is None:
        return None, placed
    for entry in entries:
        if entry.article_id in undated and entry.date is None and not entry.month:
            found = _placed(entry, languages[entry.article_id], middle.year, guess)
            if found is not None:
                placed.append(found)
    main = _main_day(placed)
    return main, placed


def _month_weekdays(
    articles: Sequence[Article], entries: Iterable[TimelineEntry], main: dt.date
) -> list[_Dated]:
    """The weekdays of the articles that state only their month, placed as an undated
    article's are, inside that month (:func:`.in_stated_month`) and marked ``guessed``: they
    back the main day and tie an idiom (:mod:`.language_ties`), but neither vote nor rival,
    and the other rules never see them (:func:`story_statements` leaves them out)."""
    monthly = {a.id: a for a in articles if a.date_precision == "month"}
    found = (
        _placed(e, monthly[e.article_id].language, main.year, main)
        for e in entries
        if e.event and e.article_id in monthly and e.date is None and not e.month
    )
    return [
        replace(d, guessed=True)
        for d in found
        if d is not None and in_stated_month(d.day, monthly[d.entry.article_id])
    ]


def _placed(
    entry: TimelineEntry, language: str, year: int | None, main: dt.date | None
) -> _Dated | None:
    """The day an entry dates, with what the main-day rules need of its sentence."""
    if entry.precision != "day" or entry.until is not None or entry.day_until is not None:
        return None
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    if reports_day(entry.sentence, start, end, language):
        return None  # "Media on Saturday reported that …": the report's day (media_reports)
    phrase = _phrase(entry, language, start, end)
    weekday = phrase.weekday if phrase is not None else None
    day = entry.date
    if day is None and entry.month and entry.day and year is not None:
        day = _date(year, entry.month, entry.day)
    if day is None and main is not None and phrase is not None and phrase.kind == "weekday":
        if weekday is None or (phrase.modifier or "").casefold() in _PLACING_WORDS:
            return None
        shift = (weekday - main.weekday() + 3) % 7 - 3  # nearest such weekday, -3 … +3
        day = main + dt.timedelta(days=shift)
    if day is None:
        return None
    before = list(WORD.finditer(entry.sentence, 0, start))[-GAP - 1 :]
    # "trapped underground Wednesday after an explosion": the act behind "after" is an
    # earlier one, which the day does not date (:mod:`.after_words`).
    after = before_earlier_act(list(WORD.finditer(entry.sentence, end))[: GAP + 1], end, language)
    night = bool({m.group().casefold() for m in before[-GAP:]} & _night_words(language))
    near = frozenset(_key(unelided(m.group())) for m in _content([*before, *after], language))
    # The rest of its clause, where a verb-last or subject-first sentence puts the act.
    # A country's adjective ("francês", "rumänischen") stands beside every day of the story,
    # like the country's name: it is no act's word.
    clause = near | {
        key
        for m in _content(
            before_earlier_act(clause_words(entry.sentence, start, end), end, language), language
        )
        if (key := _key(unelided(m.group()))) not in _country_keys()
    }
    written = bool(entry.month and entry.day) or (phrase is not None and phrase.day is not None)
    zone = zone_told(entry.sentence, start, end, language)
    near_forms, forms = word_forms(entry.sentence, start, end, language, GAP + 1)
    return _Dated(
        entry,
        language,
        day,
        weekday,
        night,
        near,
        frozenset(clause),
        written,
        zone,
        forms,
        near_forms,
    )


def _phrase(entry: TimelineEntry, language: str, start: int, end: int) -> DatePhrase | None:
    """The date phrase of ``entry`` as its sentence reads it: a Slavic weekday in the
    accusative ("у суботу, 3 травня") is one only after its preposition, which the phrase
    alone has lost; the phrase read alone where the sentence gives none at its place."""
    if 0 <= start < end <= len(entry.sentence):
        for phrase in _sentence_dates(entry.sentence, language):
            if phrase.start < end and start < phrase.end:
                return phrase
    return next(iter(find_dates(entry.phrase, language)), None)


@lru_cache(maxsize=4096)
def _sentence_dates(sentence: str, language: str) -> tuple[DatePhrase, ...]:
    """A sentence's date phrases, read once for the several entries it may date."""
    return find_dates(sentence, language)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _main_day(placed: Sequence[_Dated], least: int = MIN_ARTICLES) -> dt.date | None:
    """The day most articles date the act to, when it stands out: each article votes for the
    earliest day it dates (an act comes before its aftermath; a phrase after a word for night
    does not vote: it may mean the evening before)."""
    earliest: dict[str, dt.date] = {}
    for dated in placed:
        if not dated.night:
            known = earliest.get(dated.entry.article_id)
            earliest[dated.entry.article_id] = min(dated.day, known or dated.day)
    votes = Counter(earliest.values())
    ranked = sorted(votes, key=lambda d: (-votes[d], d))
    if not ranked or votes[ranked[0]] < least:
        return None
    if least >= MIN_ARTICLES and len(ranked) > 1 and votes[ranked[1]] >= votes[ranked[0]]:
        return None
    return ranked[0]


def _act_words(placed: Sequence[_Dated], main: dt.date) -> dict[str, int]:
    """Word keys next to phrases dating the main day, in any language ("derailed" and
    "déraillement"), with how many articles write each there: a rival must write one of
    them beside its own day."""
    seen: dict[str, set[str]] = defaultdict(set)
    for dated in placed:
        if dated.day == main and not dated.night:
            for word in dated.near:
                seen[word].add(dated.entry.article_id)
    return {word: len(ids) for word, ids in seen.items()}


def _binds(dated: _Dated, main: dt.date, acts: dict[str, int]) -> bool:
    """The statement writes an act's word beside its day. After the main day, a word two
    articles write beside the main day: the days after an act are its aftermath, told with
    words one lead happened to write beside the act ("harbour"); before it, nothing is."""
    least = 2 if dated.day > main else 1
    return any(acts.get(word, 0) >= least for word in dated.clause)


def _accounts(placed: Sequence[_Dated], main: dt.date) -> list[tuple[str, frozenset[str]]]:
    """Each sentence dating the main day (not after a word for night), as its article and
    its word keys, for :func:`_retells`."""
    return [
        (d.entry.article_id, sentence_keys(d.entry.sentence, d.language))
        for d in placed
        if d.day == main and not d.night
    ]


def _retells(dated: _Dated, main: dt.date, accounts: Sequence[tuple[str, frozenset[str]]]) -> bool:
    """A day after the main day, written in a sentence that retells another article's
    sentence dating the main day (:mod:`.retold_accounts`): the same account of the act,
    which is the second writer :func:`_binds` asks of a later day. Before the main day one
    act's word binds already, and the night leading into the next day allows it."""
    if dated.day <= main or dated.night:
        return False
    keys = sentence_keys(dated.entry.sentence, dated.language)
    return any(a != dated.entry.article_id and retold(keys, k) for a, k in accounts)


def _compatible(dated: _Dated, main: dt.date) -> bool:
    """The statement allows the main day: it names it, or the night leading into it."""
    return dated.day == main or (dated.night and dated.day - dt.timedelta(days=1) == main)


def _rival_day(placed: Sequence[_Dated], main: dt.date, acts: dict[str, int]) -> Discrepancy | None:
    by_article: dict[str, list[_Dated]] = defaultdict(list)
    for dated in placed:
        by_article[dated.entry.article_id].append(dated)
    rivals: list[_Dated] = []
    backing: list[_Dated] = []
    accounts = _accounts([d for d in placed if not d.guessed], main)
    peers = [_peer(d) for d in placed if d.day == main and not d.night]
    for statements in by_article.values():
        bound = sorted(
            (
                d
                for d in statements
                if not d.guessed
                and (
                    _binds(d, main, acts)
                    or _retells(d, main, accounts)
                    or tying_articles(d.forms, d.language, d.entry.article_id, peers)
                )
            ),
            key=lambda d: d.day,
        )
        if any(_compatible(d, main) for d in statements):
            # Its words for the main day: a statement bound to the act, else its first of
            # that day (a language whose words no key compares: "23일 … 좌초").
            on_day = [d for d in statements if d.day == main and not d.night and not d.guessed]
            backing += ([d for d in bound if d in on_day] or on_day)[:1]
            continue  # the article dates the main day itself: its other days are aftermath
        if (
            bound
            and 0 < abs((bound[0].day - main).days) <= NEAR
            and not (bound[0].zone and one_apart(bound[0].day, main))
        ):
            # Its account of the act: the earliest day it binds, and where that day is told
            # by a context ("à 18h22 le même jour"), the sentence writing the day first.
            rivals += [*_written(statements, bound[0]), bound[0]]
    if not rivals or not backing:
        return None
    # The statements an idiom ties a rival to are quoted for the main day, guessed or not.
    shown = {d.entry.article_id for d in backing}
    backing += [
        d
        for d in placed
        if d.day == main
        and not d.night
        and d.entry.article_id not in shown
        and any(tying_articles(r.forms, r.language, "", [_peer(d)]) for r in rivals)
    ][:1]
    claims = [_claim(main, backing)]
    for day in sorted({d.day for d in rivals}):
        claims.append(_claim(day, [d for d in rivals if d.day == day]))
    return Discrepancy(
        "date",
        "the main event's day",
        tuple(claims),
        note="an article dates the act, written beside the words the others date it with, "
        "to another day than most articles do",
    )


def _peer(dated: _Dated) -> tuple[str, str, frozenset[str]]:
    """A statement of the main day as :func:`.tying_articles` reads it."""
    return dated.entry.article_id, dated.language, dated.near_forms


def _written(statements: Sequence[_Dated], bound: _Dated) -> list[_Dated]:
    """The first statement of the article writing ``bound``'s day itself, when ``bound`` has
    it from its context: the quote must show the day the article gives."""
    if bound.entry.resolution != "context":
        return []
    return [d for d in statements if d.day == bound.day and d.entry.resolution != "context"][:1]
