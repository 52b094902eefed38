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
  with a proclitic, is not found: nothing there says where the name ends;
- **when**: a date the story's timeline finds in the article on one of the days the event's
  name gives (:func:`.story_days.event_days`): written in full ("16 января", "1月16日"), without
  a year ("16 janvier"), or, in an article with no date of its own or one written within
  :data:`WEEK` days of the event, as the weekday of one of those days ("Mittwoch",
  "الأربعاء": a weekday names one day in the week the coverage follows). A caption's or
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

from briefing.analysis.locales import weekday_names
from briefing.analysis.model import TimelineEntry
from briefing.model import Article, Mention, Topic, in_text_order

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


def _names_place(article: Article, keys: set[str], longest: int) -> bool:
    for _index, paragraph in article.body_paragraphs:
        for run in _runs(paragraph.text, longest):
            key = sound_key(run)
            if key in keys:
                return True
            if _HANGUL.search(run) and any(key.startswith(k) for k in keys):
                return True  # a particle glued after the name ("인아메나스에서")
    return False


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
    if len(span) > WEEK or (
        article.date is not None and not first <= article.date <= last + dt.timedelta(WEEK)
    ):
        return False
    weekday = _weekday(entry.phrase, language)
    return weekday is not None and any(d.weekday() == weekday for d in span)


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
    named = {m.article_id for m in place.mentions}
    names = {place.name, *place.aliases}
    keys = {k for k in map(sound_key, names) if len(k) >= MIN_CONSONANTS}
    longest = max(len(_WORD.findall(n)) for n in names)
    by_article: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.article_id not in credited:
            by_article[entry.article_id].append(entry)
    added: list[Mention] = []
    for article in articles:
        dated = by_article.get(article.id)
        if not dated:
            continue
        language = languages.get(article.id, "en")
        on_day = [e for e in dated if _on_the_day(e, article, language, days)]
        if not on_day:
            continue
        if article.id not in named and not (keys and _names_place(article, keys, longest)):
            continue
        added.extend(Mention(article.id, e.phrase_span, e.phrase) for e in on_day)
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
