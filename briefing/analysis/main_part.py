"""The part of the main day an article dates the act to, against the story's main moment.

Most outlets give the act a time of day ("the first call came at 2:51 p.m.", "a las 14:51"),
and :mod:`.main_time` compares every time of day with that main moment. An outlet may instead
write only a part of the day beside the day of the act: "У середу вранці … спалахнула
пожежа" (on Wednesday morning … a fire broke out) when the others say 14:51. A morning that
ends hours before the main moment cannot be the same moment, in any language.

Read only when all of these hold, each for precision:

- **the main moment** is :func:`.main_time.main_moment` (the local time most articles give),
  and **the main day** :func:`.main_day.story_statements`' (the day most articles date);
- the part of the day is written right beside a phrase dating the main day (the word after
  it or the one before: "Wednesday morning", "mercredi matin", "w środę rano", "в среду
  утром"), named by CLDR's day periods (babel; the adverbs Russian and Ukrainian make of
  them, "утром", "вранці", are listed below) — never a night, which may be the night before;
- it is the article's first statement of the main day (its account of the act, not of the
  aftermath), and its sentence writes a word that another article writes beside the main
  day (:mod:`.main_day`'s act words: "спалахнула" / "спалахнула в середу вдень");
- the part ends at least :data:`MARGIN` minutes **before** the main moment: an act has no
  aftermath before it, while an evening after it is full of the act's aftermath ("on
  Wednesday evening firefighters were still battling the fire");
- the article gives no time of day of its own in that sentence, nor one near the main moment
  (then it tells a sequence, or the moment itself).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from briefing.analysis.clocks import told_times
from briefing.analysis.day_words import PREFIX
from briefing.analysis.inflection import folded
from briefing.analysis.locales import locale_for
from briefing.analysis.main_time import main_moment
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import WORD, word_set
from briefing.model import Span

#: The part of the day ends at least this many minutes before the main moment ("morning"
#: stretches loosely towards noon).
MARGIN = 60
#: Words after the day phrase read for the part ("miércoles por la mañana"), and before it.
_AFTER, _BEFORE = 3, 1
#: Adverbs Russian and Ukrainian make of CLDR's day periods (CLDR lists the nouns "утро",
#: "ранок"): "в среду утром", "у середу вранці".
_ADVERBS: dict[str, dict[str, str]] = {
    "ru": {"утром": "morning1", "днём": "afternoon1", "днем": "afternoon1",
           "вечером": "evening1"},
    "uk": {"вранці": "morning1", "зранку": "morning1", "вдень": "afternoon1",
           "ввечері": "evening1", "увечері": "evening1"},
}  # fmt: skip
_SHORT = word_set("de la del di du da das der the in at of en el le por am im nel на по за")


def main_part_discrepancies(
    placed: Sequence[Any], main: dt.date | None, times: Sequence[Sequence[Any]]
) -> list[Discrepancy]:
    """The parts of the main day that end before the main moment (module docstring).
    ``placed``: :func:`.main_day.story_statements`' statements; ``times``: each article's
    :func:`.main_time.main_times_of`."""
    moment = main_moment(times) if main is not None else None
    if moment is None:
        return []
    minutes, backing = moment
    near_moment = {
        t.quote.article_id for ts in times for t in ts if abs(t.told.minutes - minutes) <= MARGIN
    }
    acts: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, Any] = {}
    for dated in placed:
        if dated.day != main or dated.night:
            continue
        for word in dated.near:
            acts[word].add(dated.entry.article_id)
        entry = dated.entry
        known = firsts.get(entry.article_id)
        if known is None or _where(entry) < _where(known.entry):
            firsts[entry.article_id] = dated
    rivals: dict[str, list[Quote]] = defaultdict(list)
    for article_id, dated in firsts.items():
        if article_id in near_moment:
            continue
        part = _part(dated.entry, dated.language)
        if part is None or _ends(dated.language, part[1]) > minutes - MARGIN:
            continue
        entry = dated.entry
        if told_times(entry.sentence, dated.language):
            continue
        keys = {folded(w)[:PREFIX] for w in WORD.findall(entry.sentence) if len(w) >= PREFIX}
        if not any(acts.get(k, set()) - {article_id} for k in keys):
            continue
        label = f"{part[0]} ({part[1].rstrip('12')})"
        where = entry.sentence_span
        span = Span(where.paragraph, where.start, where.end)
        rivals[label].append(Quote(entry.article_id, entry.source, span, entry.sentence))
    if not rivals:
        return []
    main_quotes = tuple(dict.fromkeys(t.quote for t in backing))
    claims = [Claim(backing[0].told.value, main_quotes)]
    claims += [Claim(label, tuple(quotes)) for label, quotes in sorted(rivals.items())]
    return [
        Discrepancy(
            "date",
            "at what time of the main day (the main moment)",
            tuple(claims),
            note="most articles give the act this time of day; another dates it, beside the "
            "same day, to a part of the day that ends hours before it",
        )
    ]


def _part(entry: Any, language: str) -> tuple[str, str] | None:
    """(the words as written, the CLDR period) of the part of the day right beside the
    entry's date phrase, else None."""
    names = _periods(language)
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    for word in WORD.findall(entry.phrase):  # "on Wednesday afternoon"
        if word.casefold() in names:
            return entry.phrase, names[word.casefold()]
    text = entry.sentence
    after = _clause_words(text, end, len(text), backwards=False)[:_AFTER]
    before = _clause_words(text, 0, start, backwards=True)[::-1][:_BEFORE]
    for side in (after, before):
        for match in side:
            word = match.group().casefold()
            if word in names:
                lo, hi = min(start, match.start()), max(end, match.end())
                return text[lo:hi], names[word]
            if word not in _SHORT:
                break  # another word between the day and the part
    return None


def _where(entry: Any) -> tuple[int, int]:
    return entry.phrase_span.paragraph, entry.phrase_span.start


def _clause_words(text: str, start: int, end: int, backwards: bool) -> list[re.Match[str]]:
    """The words of ``text[start:end]`` that no punctuation parts from the day phrase (which
    is at ``end`` when ``backwards``, else at ``start``)."""
    piece = text[start:end]
    marks = [m.start() for m in re.finditer(r"[,;:.!?()\[\]—–]", piece)]
    if backwards:
        first = start + (marks[-1] + 1 if marks else 0)
        return list(WORD.finditer(text, first, end))
    return list(WORD.finditer(text, start, start + marks[0] if marks else end))


def _ends(language: str, period: str) -> int:
    """Minutes after midnight at which ``period`` ends in ``language`` (CLDR's rules)."""
    return _rules(language).get(period, 24 * 60)


@cache
def _rules(language: str) -> dict[str, int]:
    """Each day period's end (minutes), for periods that do not cross midnight."""
    locale = locale_for(language)
    rules = locale.day_period_rules.get(None) if locale and locale.day_period_rules else None
    ends: dict[str, int] = {}
    for period, spans in (rules or {}).items():
        if all("from" in r and "before" in r and r["from"] < r["before"] for r in spans):
            ends[period] = max(r["before"] for r in spans) // 60
    return ends


@cache
def _periods(language: str) -> dict[str, str]:
    """Lower-cased word → CLDR day period (morning, afternoon, evening; never a night, nor a
    word two periods share, like French "matin"), from babel and :data:`_ADVERBS`."""
    locale = locale_for(language)
    owners: dict[str, set[str]] = defaultdict(set)
    for context in locale.day_periods.values() if locale else ():
        for names in context.values():
            for key, name in dict(names).items():
                for word in WORD.findall(str(name)):
                    if len(word) >= 3 and word.casefold() not in _SHORT:
                        owners[word.casefold()].add(key)
    periods = {w: next(iter(k)) for w, k in owners.items() if len(k) == 1}
    periods |= _ADVERBS.get(language, {})
    return {
        w: k
        for w, k in periods.items()
        if k.startswith(("morning", "afternoon", "evening")) and k in _rules(language)
    }
