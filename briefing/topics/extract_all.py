"""Key-topic extraction, run in order: the body of :func:`briefing.topics.extract_topics`.

Kept apart from the package's ``__init__`` so that importing any one module of the package
(the export's lede reader needs a word list of :mod:`.event_deposed`; the cross-reference
needs :mod:`.xref` and :mod:`.lookup`) does not import the whole extraction with it: that
was most of a warm ``briefing export``'s second, for topics already read from the cache.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from briefing import gcpause, stored_articles
from briefing.model import Article, Topic
from briefing.topics.assemble import build
from briefing.topics.city_ports import with_city_ports
from briefing.topics.disease_names import diseases_as_themes
from briefing.topics.event_days_credit import remembered, with_dated_place_credit
from briefing.topics.event_forms import with_act_forms
from briefing.topics.event_kin import with_event_kin
from briefing.topics.event_loans import with_event_loans
from briefing.topics.event_storm import with_storm_joined
from briefing.topics.event_timeline import story_share, timeline_share
from briefing.topics.event_tongues import with_event_tongues
from briefing.topics.event_when import remember_stems
from briefing.topics.events import CONTEXT, with_main_event_dated
from briefing.topics.island_names import islands_as_places
from briefing.topics.judged_share import judge_texts, judged_counts
from briefing.topics.languages import briefing_languages
from briefing.topics.lead_stems import lead_stems, lead_texts
from briefing.topics.named_events import with_named_events_joined
from briefing.topics.period_events import with_period_events
from briefing.topics.period_share import period_share, period_texts
from briefing.topics.photo_credits import without_credit_names
from briefing.topics.shares import Cores
from briefing.topics.state_names import states
from briefing.topics.storm_names import with_storms_named
from briefing.topics.tolls import with_tolls
from briefing.topics.vessel_names import vessels_as_themes
from briefing.topics.xref import cooccurring, passages

__all__ = ["cooccurring", "extract_topics", "extract_topics_named", "passages"]


def extract_topics(
    articles: Sequence[Article], limit: int | None = None, jobs: int = 1
) -> tuple[Topic, ...]:
    """The briefing's key topics, best first, aliases merged, with every mention.

    Only body-ish paragraphs are read: captions, credits and footers
    (``Paragraph.foldable``) repeat the same names and would dominate the counts.
    ``limit`` (0 or more) keeps the best so many: exactly ``extract_topics(articles)[:limit]``;
    every candidate still competes, but only the kept ones become :class:`Topic` objects
    with their mentions (10,000 articles yield about 170,000 topics and a million mentions).
    The packet's main event comes first, named as an analyst would
    (:func:`~briefing.topics.events.with_main_event`). The first pass (reading every
    paragraph for candidates) runs on up to ``jobs`` processes, with the same result
    (:mod:`briefing.topics.shares`).
    """
    return extract_topics_named(articles, limit, jobs)[0]


def extract_topics_named(
    articles: Sequence[Article], limit: int | None = None, jobs: int = 1
) -> tuple[tuple[Topic, ...], str | None]:
    """:func:`extract_topics`, and the main event's one-line name
    (:func:`~briefing.topics.events.main_event`) worked out on the way, so that a caller
    who shows both does not read every lead and the timeline a second time."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")
    ordered = sorted(articles, key=lambda a: a.id)
    # Every round reads each article's body again: its paragraphs stay built till the end.
    # The workers serve every round and the main event's timeline, then stop.
    with stored_articles.all_kept(), Cores(jobs) as cores:
        # Millions of small objects that form no cycles and live until extraction returns:
        # the collector would walk them again and again (a quarter of the time at 1,000
        # articles).
        with gcpause.paused():
            cores.prestart(len(ordered))  # they start while the languages are read
            languages = briefing_languages(ordered)
            # The timeline the main event is dated from needs only the articles: a worker
            # reads it while this process ranks (:mod:`.event_timeline`). So do the stems of
            # the leads' words the main event compares (:mod:`.lead_stems`), the texts the
            # secondary events are read from (:mod:`.period_share`) and the words the
            # languages naming the event write (:mod:`.judged_share`); lent in the order
            # they are asked for, each answered as soon as it is done.
            stems = cores.after_rounds(
                lead_stems, functools.partial(lead_texts, ordered, languages)
            )
            timeline = cores.after_rounds(timeline_share, functools.partial(story_share, ordered))
            periods = cores.after_rounds(
                period_share, functools.partial(period_texts, ordered, languages)
            )
            judged = cores.after_rounds(
                judged_counts, functools.partial(judge_texts, ordered, languages)
            )
            # The main event is read from the best topics (:data:`~.events.CONTEXT`), so
            # a short limit still names it as the full list does.
            limited = None if limit is None else max(limit, CONTEXT)
            found = build(ordered, limited, languages, cores)
            found = without_credit_names(found, ordered)  # :mod:`.photo_credits`
            found = diseases_as_themes(found, ordered)  # "COVID-19": :mod:`.disease_names`
            found = vessels_as_themes(found, ordered)  # "the ferry X": :mod:`.vessel_names`
            found = islands_as_places(found, ordered)  # "isla de X": :mod:`.island_names`
            # "Paris Olympics", "Olympic Games", "JO": one event (:mod:`.named_events`).
            found = with_named_events_joined(found, ordered)
        remember_stems(stems())
        try:
            read = remembered(timeline, ordered)  # once: the event's days, then its credit
            topics, event, days = with_main_event_dated(ordered, found, states(), languages, read)
        finally:
            remember_stems(None)
        topics = with_period_events(ordered, topics, languages, periods)  # :mod:`.period_events`
        topics = with_tolls(ordered, topics, languages)  # :mod:`.tolls`
        topics = with_city_ports(ordered, topics, languages)  # :mod:`.city_ports`
        if event is not None and topics and topics[0].name == event:
            # The act's word in the packet's other languages (:mod:`.event_tongues`),
            # read beside the toll the line above lists.
            topics = with_event_tongues(topics, ordered, languages, judged)
            # Its head word in the other Latin-script languages (:mod:`.event_kin`).
            topics = with_event_kin(topics, ordered, languages)
            topics = with_act_forms(topics, ordered, languages)  # "resigned": :mod:`.event_forms`
            # Its place and one of its days, in any language's words (:mod:`.event_days_credit`).
            if days is not None:
                topics = with_dated_place_credit(topics, ordered, languages, days, read())
            # The storm the leads name ("tempestade DANA") is the event (:mod:`.event_storm`);
            # joined last, so that its name says nothing of the act's word in each language.
            topics = with_storm_joined(topics, ordered)
        # Each event's head word borrowed by sound into another script (:mod:`.event_loans`).
        topics = with_event_loans(topics, ordered, languages)
        # A given name after a weather word ("tempête Daniel") is a storm: one event topic,
        # beside the main event (:mod:`.storm_names`).
        topics = with_storms_named(topics, ordered, event)
    return (topics if limit is None else topics[:limit]), event
