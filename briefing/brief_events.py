"""Which dated statements of one day are one event (for :mod:`briefing.brief_timeline`).

Split from the brief's timeline, which lays the days out: here the statements of a day are
grouped into texts (one wire text carried by several outlets) and the texts into events (the
same event told in other words, in the same language by shared content stems, in any
language by shared names and figures, ``analysis.same_event``, by a name and another
month both name, ``brief_months``, or in another language by the thing named beside the
day, ``brief_dated_words``). See the timeline module's docstring for the grades of "the
same".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_event import one_event
from briefing.analysis.text import WORD
from briefing.brief import cluster_by_text
from briefing.brief_dated_words import same_dated_word
from briefing.brief_months import same_backstory
from briefing.brief_topic_events import Topical

#: Two timeline sentences of one day sharing this share of their words are one text (wire
#: copy, lightly edited); below it they may still report one event (see ``_same_event``).
SAME_TEXT = 0.6
#: Content stems (names aside) two reports in other words must share, and their share of
#: the shorter report's.
SHARED_STEMS = 3
SHARED_SHARE = 0.2


def event_groups(
    entries: Sequence[TimelineEntry],
    languages: Mapping[str, str] | None = None,
    *,
    past: bool = False,
    common: frozenset[str] = frozenset(),
    topical: Topical | None = None,
) -> list[list[list[TimelineEntry]]]:
    """Entries of one day as events: each event is a list of texts, each text the entries
    (one per outlet) that carry it; the first text is the one quoted. On a ``past`` day the
    statements that write the date in full are one event (see the module docstring).
    With ``topical``, statements naming one key topic may be one event too
    (:mod:`briefing.brief_topic_events`)."""
    languages = languages or {}
    unique: dict[tuple[str, int, int], TimelineEntry] = {}
    for entry in entries:
        span = entry.sentence_span
        unique.setdefault((entry.article_id, span.paragraph, span.start), entry)
    items = list(unique.values())
    texts = [
        [items[i] for i in group]
        for group in cluster_by_text([(e.article_id, without_date(e)) for e in items], SAME_TEXT)
    ]
    events: list[list[list[TimelineEntry]]] = []
    if past:
        written = [t for t in texts if all(e.resolution == "stated" for e in t)]
        if len(written) > 1:
            written.sort(key=lambda t: languages.get(t[0].article_id, "en") != "en")
            events.append(written)
            texts = [t for t in texts if t not in written]
    for text in texts:
        home = next(
            (event for event in events if _same_event(event, text, languages, common, topical)),
            None,
        )
        if home is None:
            events.append([text])
        else:
            home.append(text)
    return _rejoined(events, topical) if topical is not None else events


def _rejoined(
    events: list[list[list[TimelineEntry]]], topical: Topical
) -> list[list[list[TimelineEntry]]]:
    """Events joined when a text of one and a text of a later one name one key topic (the
    grouping above goes in order: a report read before the text it matches had joined an
    event stays apart; here it joins it)."""
    joined: list[list[list[TimelineEntry]]] = []
    for event in events:
        ids = {e.article_id for text in event for e in text}
        home = next(
            (
                other
                for other in joined
                if not ids & {e.article_id for text in other for e in text}
                and any(
                    topical.one_event(t[0], without_date(t[0]), u[0], without_date(u[0]))
                    for t in other
                    for u in event
                )
            ),
            None,
        )
        if home is None:
            joined.append(event)
        else:
            home += event
    return joined


def _same_event(
    event: list[list[TimelineEntry]],
    text: list[TimelineEntry],
    languages: Mapping[str, str],
    common: frozenset[str] = frozenset(),
    topical: Topical | None = None,
) -> bool:
    """Another outlet's report, in the same language, sharing enough content words; or in
    any language, sharing names and figures (or a telling one and another month named in
    words), or a key topic and a figure or the main day; or in another language, naming the
    same thing beside the same numbered day ("the election of 8 August").
    It is compared with the quoted first text of each text the event has gathered: a report
    that matches a text joined in another language through a key topic belongs there too."""
    ids = {e.article_id for group in event for e in group}
    if ids & {e.article_id for e in text}:
        return False  # two statements of one article are two statements
    return any(_same_text(group[0], text[0], languages, common, topical) for group in event)


def _same_text(
    first: TimelineEntry,
    other: TimelineEntry,
    languages: Mapping[str, str],
    common: frozenset[str],
    topical: Topical | None,
) -> bool:
    """:func:`_same_event` for the quoted statements of two texts."""
    language = languages.get(first.article_id, "en")
    other_language = languages.get(other.article_id, "en")
    if one_event(without_date(first), language, without_date(other), other_language, common):
        return True  # the same names and figures, in any two languages
    if same_backstory(without_date(first), language, without_date(other), other_language, common):
        return True  # a telling name and another month in common: one text, translated
    if topical is not None and topical.one_event(
        first, without_date(first), other, without_date(other)
    ):
        return True  # one key topic, however each language spells it
    if same_dated_word(first, language, other, other_language):
        return True  # one thing named beside the day: "the election of 8 August"
    if other_language != language:
        return False
    a, b = _stems(without_date(first), language), _stems(without_date(other), language)
    shared = len(a & b)
    return shared >= SHARED_STEMS and shared >= SHARED_SHARE * min(len(a), len(b))


def _stems(text: str, language: str) -> frozenset[str]:
    from briefing.analysis.stems import stem_word

    skip = _function_words(language)
    return frozenset(
        stem_word(m.group(), language)
        for m in WORD.finditer(text)
        if len(w := m.group()) > 2
        and w.casefold() not in skip
        and (not w[0].isupper() or _common_opening(text, m.start(), w, language))
    )


#: A capitalised word this common in its language (wordfreq's Zipf scale) that opens the
#: statement or follows a colon is an ordinary word ("WEBDESK: Electricity has been
#: restored"), not a name; elsewhere a capital marks a name, left to ``one_event``.
COMMON_OPENING = 4.0
_OPENING = re.compile(r"(?:^|:)[\s\"“„«'‘]*$")


def _common_opening(text: str, at: int, word: str, language: str) -> bool:
    from wordfreq import zipf_frequency

    from briefing.analysis.names import is_place
    from briefing.given_name_table import given_name

    if not _OPENING.search(text, 0, at) or not word[1:].islower():
        return False
    if is_place(word) or given_name(word, language):
        return False  # "Madrid was dark", "Maria said": names, however common
    return zipf_frequency(word.casefold(), language) >= COMMON_OPENING


@cache
def _function_words(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


def without_date(entry: TimelineEntry) -> str:
    """The statement with its date phrase blanked out: what it says, not when."""
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    return entry.sentence[:start] + " " + entry.sentence[end:]
