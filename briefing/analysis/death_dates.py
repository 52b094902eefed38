"""One person's death dated to two months: "убитого 8 июня" against "shot dead on July 8".

A story told after a killing or a death recalls its day as background ("Abe was shot dead in
Nara on July 8", "安倍晋三7月8日…枪击身亡", "am 8. Juli … erschossen", "убитого 8 июня"). The
timeline keeps each as a past event, but a background date is compared nowhere else: the
main day's rules (:mod:`.main_day`) read the story's own week only. Two sources giving one
person's death two days are a disagreement the reader should see, whatever the languages.

A sentence dates a person's death when all of these hold, none of them one story's words:

- it writes a word of death or killing, a closed class of news language in every language:
  the dead casualties' words (:func:`.casualties.kind_words`: "killed", "убит*", "getötet*"),
  the nouns of death of :mod:`.death_spans` ("death", "Tod", "смерт*") and :data:`_KILLED`,
  the verbs of a fatal attack the casualty counts do not need ("shot dead", "erschossen",
  "身亡", "اغتيال"), for the languages casualty counts do not cover as well;
- the date it gives for that word is the day-precise date nearest the word in the sentence
  (a sentence dating the story and its background, "Сегодня, 27 сентября … убитого 8 июня",
  or an earlier event in a background clause, gives each word its own date);
- it names a person of the packet's person topics (:mod:`briefing.topics`, merged across
  scripts): a full name of the topic, or its surname (the last word of a full name of two
  words or more; a surname two topics share names either, never both as one).

Flagged only in the shape of a slip, for precision: one person's death dated by at least
:data:`LEAST` articles to one day (the majority) and by fewer to **the same day of another
month** (8 June / 8 July), no article giving both (an article giving two days tells two
acts: "shot on July 8 … died on July 9"). Days of one month that differ are never compared:
"shot on the 8th, died on the 9th" or a date in a time zone a day apart are two days told
right. A date the main event has is :mod:`.main_day`'s, not a background death's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from briefing.analysis.casualties import kind_words, word_matcher
from briefing.analysis.death_spans import _DEATH
from briefing.analysis.model import Claim, Discrepancy, Quote, TimelineEntry
from briefing.analysis.text import WORD
from briefing.model import Article, Span, Topic

#: The majority day is given by at least this many articles.
LEAST = 3
#: Words of a fatal attack per language ("*" any ending, "_" a space), beside the casualty
#: counts' words for the dead; Chinese, Japanese, Korean and Arabic are matched inside words.
_KILLED: dict[str, str] = {
    "en": "shot fatally assassinated assassination murdered slain",
    "fr": "assassiné* assassinat abattu*", "de": "erschossen ermordet* tod",
    "es": "asesinad* asesinato baleado*", "it": "assassinat* ucciso uccisa",
    "pt": "assassinad* assassinato baleado*", "nl": "doodgeschoten vermoord*",
    "pl": "zastrzel* zamordowan*", "ru": "застрел* убийств*", "uk": "застрел* вбит* вбивств*",
    "tr": "suikast* vuruldu*",
    "zh": "身亡 遇刺 遇害 枪杀 槍殺 枪击 槍擊 去世 逝世", "ja": "死亡 死去 銃撃 殺害 亡くな",
    "ko": "피살 사망 총격 숨지 숨진 숨졌", "ar": "اغتيال مقتل قتل وفاة توفي إطلاق_النار",
}  # fmt: skip
_INSIDE_WORDS = frozenset({"zh", "ja", "ko", "ar"})
#: Topics source: the packet's topics, asked only when a slip's shape is there.
Topics = Callable[[Sequence[Article]], Iterable[Topic]]


def death_date_discrepancies(
    articles: Sequence[Article],
    entries: Iterable[TimelineEntry],
    main: dt.date | None,
    topics: Topics,
) -> list[Discrepancy]:
    """One person's death dated to the same day of two months (module docstring)."""
    languages = {a.id: a.language for a in articles}
    dated = _death_dates(entries, languages, main)
    days = {day for _entry, day in dated}
    if not any((m2, d) in days for (m, d) in days for m2 in range(1, 13) if m2 != m):
        return []  # no slip's shape: the topics are not asked for
    people = _people(topics(articles))
    by_person: dict[str, dict[tuple[int, int], list[TimelineEntry]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for entry, day in dated:
        for person in _named(entry.sentence, languages[entry.article_id], people):
            by_person[person][day].append(entry)
    flags: dict[tuple[tuple[str, tuple[str, ...]], ...], Discrepancy] = {}
    for found in by_person.values():
        flag = _slip(found)
        if flag is not None:
            flags.setdefault(tuple((c.value, c.article_ids) for c in flag.claims), flag)
    return list(flags.values())


def _death_dates(
    entries: Iterable[TimelineEntry], languages: dict[str, str], main: dt.date | None
) -> list[tuple[TimelineEntry, tuple[int, int]]]:
    """Each death word's date: the day-precise entry of its sentence nearest the word."""
    by_sentence: dict[tuple[str, int, int], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.event and entry.article_id in languages and _month_day(entry) is not None:
            key = (entry.article_id, entry.sentence_span.paragraph, entry.sentence_span.start)
            by_sentence[key].append(entry)
    out: dict[tuple[str, int, int, int], tuple[TimelineEntry, tuple[int, int]]] = {}
    for (article_id, paragraph, start), group in by_sentence.items():
        sentence = group[0].sentence
        for word in _death_words(languages[article_id]).finditer(sentence):
            nearest = min(group, key=lambda e: _distance(e, word))
            day = _month_day(nearest)
            if day is None or (main is not None and day == (main.month, main.day)):
                continue
            out[(article_id, paragraph, start, nearest.phrase_span.start)] = (nearest, day)
    return list(out.values())


def _month_day(entry: TimelineEntry) -> tuple[int, int] | None:
    if entry.precision != "day" or entry.until is not None or entry.day_until is not None:
        return None
    if entry.date is not None:
        return entry.date.month, entry.date.day
    if entry.month and entry.day:
        return entry.month, entry.day
    return None


def _distance(entry: TimelineEntry, word: re.Match[str]) -> int:
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    return max(start - word.end(), word.start() - end, 0)


@cache
def _death_words(language: str) -> re.Pattern[str]:
    """Words of a death or a killing in ``language`` (module docstring); never matching in a
    language with none listed."""
    killed = _KILLED.get(language, "")
    if language in _INSIDE_WORDS:
        parts = [re.escape(w).replace("_", r"\s*") for w in killed.split()]
        return re.compile("|".join(parts) or r"(?!)")
    nouns = " ".join(f"{n}*" for n in _DEATH.get(language, ()))
    words = " ".join(w for w in (kind_words(language, "dead"), nouns, killed) if w)
    return word_matcher(words) if words else re.compile(r"(?!)")


def _people(topics: Iterable[Topic]) -> dict[str, set[str]]:
    """Each name a person topic is written with (a full name, or the surname of one of two
    words or more), folded, → the topics it may name."""
    names: dict[str, set[str]] = defaultdict(set)
    for topic in topics:
        if topic.kind != "person":
            continue
        for alias in topic.aliases:
            names[alias.casefold()].add(topic.id)
            if len(alias.split()) >= 2:
                names[alias.split()[-1].casefold()].add(topic.id)
    return names


def _named(sentence: str, language: str, people: dict[str, set[str]]) -> set[str]:
    """The person topics ``sentence`` names: a full name's topic alone, else a surname's
    topics (each is a possible reading of it)."""
    folded = sentence.casefold()
    words = {m.group().casefold() for m in WORD.finditer(sentence)}
    found: set[str] = set()
    for name, owners in people.items():
        written = name in folded if language in _INSIDE_WORDS else _has(folded, words, name)
        if written:
            found |= owners
    return found


def _has(folded: str, words: set[str], name: str) -> bool:
    if " " in name:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded) is not None
    return name in words


def _slip(found: dict[tuple[int, int], list[TimelineEntry]]) -> Discrepancy | None:
    """The majority day and the same day of other months, each told by articles that tell
    no other of these days."""
    told = {day: {e.article_id for e in group} for day, group in found.items()}
    ranked = sorted(told, key=lambda d: (-len(told[d]), d))
    if not ranked or len(told[ranked[0]]) < LEAST:
        return None
    first = ranked[0]
    rivals = [
        day
        for day in ranked[1:]
        if day[1] == first[1]
        and day[0] != first[0]
        and len(told[day]) < len(told[first])
        and not told[day] & told[first]
    ]
    if not rivals:
        return None
    claims = [_claim(first, found[first])]
    claims += [_claim(day, found[day]) for day in rivals]
    return Discrepancy(
        "date",
        "the date of a death",
        tuple(claims),
        note="the sources date one person's death or killing to the same day of two months",
    )


def _claim(day: tuple[int, int], entries: Sequence[TimelineEntry]) -> Claim:
    quotes = []
    for entry in entries:
        span = Span(
            entry.sentence_span.paragraph, entry.sentence_span.start, entry.sentence_span.end
        )
        quotes.append(Quote(entry.article_id, entry.source, span, entry.sentence))
    label = dt.date(2001, day[0], day[1]).strftime("%B") if day != (2, 29) else "February"
    return Claim(f"{day[1]} {label}", tuple(dict.fromkeys(quotes)))
