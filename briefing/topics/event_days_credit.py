"""The main event in articles that name its place and its day, whatever word they use for it.

The event topic holds the act's word as the English leads write it ("hostage crisis") and,
where the languages agree on a root, its cognates (:mod:`.event_tongues`, :mod:`.event_kin`,
:mod:`.event_loans`). An act whose words share no root across languages ("prise d'otages",
"Geiselnahme", "захват заложников", "人質") stays credited to the English texts alone,
although every article about it says where and when it happened. Those two facts are the
event's own, read from the packet, not from a list of words:

- **where**: the place its name holds ("Hostage crisis in In Amenas"), as that place's topic
  lists it (its mentions: every article its names stand in), or written in another script
  under the same sounds: romanised (anyascii), its consonants in order, doubled ones once
  (:func:`sound_key`: "In Amenas", "Ин-Аменас", "イナメナス", "인아메나스" and "عين أميناس" all
  keep "nmns"). Only a key of :data:`MIN_CONSONANTS` consonants or more is compared (short
  names collide by chance), only against runs of one non-Latin script (Latin spellings are
  the place topic's own; kana, Han and Hangul runs apart), and a Hangul run may carry a
  particle after the name ("에서"). A Han name glued among other Han words, or an Arabic one
  with a proclitic, is not found so: nothing there says where the name ends. The names
  GeoNames gives a town of the place's name in other scripts are looked for as well
  (:mod:`.event_place_scripts`: "Виндзор", "ウィンザー", "윈저", "溫莎", which no sound key
  meets), and a listed building or body whose name holds the place's ("Windsor Castle")
  names it too;
- **when**: a date the story's timeline finds in the article on one of the days the event's
  name gives (:func:`.story_days.event_days`): written in full ("16 января", "1月16日"), without
  a year ("16 janvier"), or, in an article with no date of its own or one written within
  :data:`WEEK` days of the event, as the weekday of one of those days ("Mittwoch",
  "الأربعاء": a weekday names one day in the week the coverage follows). An article that
  states only its month (a page label "2018-05") counts as undated when the event's days
  fall in that month. In such an article, or an undated one, a day of the month written
  alone ("19日", "19일": :mod:`briefing.analysis.bare_days`), which the timeline drops for
  want of a month, is one of the event's days when it is one of theirs. A caption's or
  aside's date (not an event of the story) says nothing.

An article with both writes of the event: the event gains the date's use there as a mention
(the sentence that dates the event, highlighted on its day), not as a name: its aliases stay
the words it is named by. An article with the place alone (a later visit, a map, another
incident there), or the day alone (another story that week), gains nothing, and nor does
any article in a packet whose event names no place or no day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from anyascii import anyascii

from briefing.analysis.bare_days import with_bare_days
from briefing.analysis.locales import weekday_names
from briefing.analysis.model import TimelineEntry
from briefing.model import Article, Mention, Span, Topic, in_text_order
from briefing.topics.event_place_scripts import names_written, script_names

__all__ = ["remembered", "sound_key", "with_dated_place_credit"]

#: The fewest consonants a place's key must keep to be compared across scripts.
MIN_CONSONANTS = 4
#: An undated article's weekday, or one written this many days after the event at most,
#: names a day of the event's week.
WEEK = 6
#: A word of letters; runs of these joined by a space or hyphen are read as one name.
_WORD = re.compile(r"[^\W\d_]+")
#: A word of one script: kana, Han and Hangul runs apart from each other and the rest, so
#: that a name in katakana stands alone among the Japanese words glued around it.
_SCRIPT_WORD = re.compile(
    r"[\u30a0-\u30ff]+|[\u3040-\u309f]+|[\u3400-\u9fff]+|[\uac00-\ud7af]+"
    r"|[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
)
_JOIN = frozenset(" -‐‑")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def sound_key(name: str) -> str:
    """``name`` romanised (anyascii), casefolded, its vowels, marks and signs dropped and
    doubled consonants written once: the sounds every script keeps ("Ин-Аменас" → "nmns")."""
    letters = "".join(ch for ch in anyascii(name).casefold() if "a" <= ch <= "z")
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", letters))


def _latin(word: str) -> bool:
    return anyascii(word) == word


def _runs(text: str, longest: int) -> list[str]:
    """Runs of one to ``longest`` non-Latin words in ``text``, joined only by a space or a
    hyphen ("عين أميناس", "Ин-Аменаса")."""
    words = [m for m in _SCRIPT_WORD.finditer(text) if not _latin(m.group())]
    runs: list[str] = []
    for i, first in enumerate(words):
        run = first.group()
        runs.append(run)
        end = first.end()
        for nxt in words[i + 1 : i + longest]:
            if nxt.start() - end != 1 or text[end] not in _JOIN:
                break
            run += text[end] + nxt.group()
            runs.append(run)
            end = nxt.end()
    return runs


def _names_place(article: Article, keys: set[str], longest: int, name: str) -> bool:
    """``article`` writes the place ``name`` in another script: under its sound ``keys``,
    or as GeoNames writes it there (:mod:`.event_place_scripts`)."""
    written = script_names(name)
    for _index, paragraph in article.body_paragraphs:
        if written and names_written(paragraph.text, written):
            return True
        if not keys:
            continue
        for run in _runs(paragraph.text, longest):
            key = sound_key(run)
            if key in keys:
                return True
            if _HANGUL.search(run) and any(key.startswith(k) for k in keys):
                return True  # a particle glued after the name ("인아메나스에서")
    return False


def _named_after(place: Topic, topics: Sequence[Topic]) -> list[Topic]:
    """The listed buildings and bodies whose name holds the place's as a word ("Windsor
    Castle" of Windsor): an article writing one names the place, as the castle stands there,
    though the place topic does not list the use (the longer name took it)."""
    pattern = re.compile(rf"(?<!\w){re.escape(place.name)}(?!\w)")
    return [
        t
        for t in topics
        if t is not place
        and t.kind in ("place", "organisation")
        and t.name != place.name
        and pattern.search(t.name)
    ]


def _place_of(event: Topic, topics: Sequence[Topic]) -> Topic | None:
    """The place the event's name holds (before its days), the longest name first."""
    called = event.name.split(",")[0]
    return max(
        (
            t
            for t in topics
            if t.kind == "place" and re.search(rf"(?<!\w){re.escape(t.name)}(?!\w)", called)
        ),
        key=lambda t: len(t.name),
        default=None,
    )


def _weekday(phrase: str, language: str) -> int | None:
    folded = phrase.casefold()
    found = {n for name, n in weekday_names(language).items() if name in folded}
    return found.pop() if len(found) == 1 else None


def _on_the_day(
    entry: TimelineEntry,
    article: Article,
    language: str,
    days: tuple[dt.date, dt.date],
) -> bool:
    first, last = days
    if not entry.event:
        return False  # a caption's or an aside's date
    if entry.date is not None:
        return entry.precision == "day" and first <= entry.date <= last
    span = [first + dt.timedelta(d) for d in range((last - first).days + 1)]
    if entry.month is not None and entry.day is not None:
        return any((d.month, d.day) == (entry.month, entry.day) for d in span)
    if len(span) > WEEK or not _written_near(article, first, last):
        return False
    weekday = _weekday(entry.phrase, language)
    return weekday is not None and any(d.weekday() == weekday for d in span)


def _written_near(article: Article, first: dt.date, last: dt.date) -> bool:
    """``article`` may be written in the event's week: it has no date of its own, is dated
    from the event's first day to :data:`WEEK` days after its last, or states only a month
    those days fall in (a page label "2018-05" says no day, as no label says none)."""
    if article.date is None:
        return True
    after = last + dt.timedelta(WEEK)
    if article.date_precision == "month":
        month = (article.date.year, article.date.month)
        return (first.year, first.month) <= month <= (after.year, after.month)
    return first <= article.date <= after


def _bare_days(article: Article, language: str, days: tuple[dt.date, dt.date]) -> list[Mention]:
    """The event's days of the month written alone ("19日", "19일": :mod:`.bare_days`) in an
    article that may be written in its week (:func:`_written_near`) and states no day of
    its own: the timeline drops such a day, having no month to place it in, but the month
    can only be the event's when the article is written in its week."""
    first, last = days
    if (last - first).days + 1 > WEEK or (
        article.date is not None and article.date_precision == "day"
    ):
        return []
    if not _written_near(article, first, last):
        return []
    wanted = {(first + dt.timedelta(d)).day for d in range((last - first).days + 1)}
    found: list[Mention] = []
    for index, paragraph in article.body_paragraphs:
        for phrase in with_bare_days((), paragraph.text, language):
            if phrase.day in wanted:
                found.append(
                    Mention(article.id, Span(index, phrase.start, phrase.end), phrase.text)
                )
    return found


def with_dated_place_credit(
    topics: Sequence[Topic],
    articles: Sequence[Article],
    languages: Mapping[str, str],
    days: tuple[dt.date, dt.date] | None,
    entries: Sequence[TimelineEntry] | None,
) -> tuple[Topic, ...]:
    """``topics`` with the main event (first, of kind ``event``) credited in every article
    that names its place and dates one of its ``days`` (see the module's doc), the dates'
    uses as its mentions there. Unchanged without an event, a place in its name, days or a
    timeline (``entries``)."""
    if not topics or topics[0].kind != "event" or days is None or not entries:
        return tuple(topics)
    event = topics[0]
    place = _place_of(event, topics[1:])
    if place is None:
        return tuple(topics)
    credited = {m.article_id for m in event.mentions}
    named = {m.article_id for t in (place, *_named_after(place, topics[1:])) for m in t.mentions}
    names = {place.name, *place.aliases}
    keys = {k for k in map(sound_key, names) if len(k) >= MIN_CONSONANTS}
    longest = max(len(_WORD.findall(n)) for n in names)
    by_article: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.article_id not in credited:
            by_article[entry.article_id].append(entry)
    added: list[Mention] = []
    for article in articles:
        if article.id in credited:
            continue
        language = languages.get(article.id, "en")
        on_day: list[Mention] = [
            Mention(article.id, e.phrase_span, e.phrase)
            for e in by_article.get(article.id, ())
            if _on_the_day(e, article, language, days)
        ]
        on_day = on_day or _bare_days(article, language, days)
        if not on_day:
            continue
        if article.id not in named and not _names_place(article, keys, longest, place.name):
            continue
        added.extend(on_day)
    if not added:
        return tuple(topics)
    mentions = in_text_order((*event.mentions, *added))
    return (replace(event, mentions=mentions), *topics[1:])


Timeline = Callable[[], Sequence[TimelineEntry] | None]


def remembered(timeline: Timeline | None, articles: Sequence[Article]) -> Timeline:
    """``timeline`` read once: the entries :func:`.story_days.story_days` dates the event
    from, kept for :func:`with_dated_place_credit`. A worker's answer is given once
    (:class:`.lending.Later`); without one, the timeline of the story's articles is read
    here, as :func:`.story_days.story_days` would read it, and only when asked."""
    from briefing.analysis.timeline import extract_timeline
    from briefing.topics.story_days import story_articles, story_window

    memo: list[Sequence[TimelineEntry] | None] = []

    def read() -> Sequence[TimelineEntry] | None:
        if not memo:
            entries = timeline() if timeline is not None else None
            if entries is None:
                found = story_window(articles)
                if found is not None:
                    entries = extract_timeline(story_articles(articles, found[1], found[2]))
            memo.append(entries)
        return memo[0]

    return read
