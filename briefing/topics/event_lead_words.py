"""Which words of a packet's leads may name its main event's act, before any is counted.

Split from :mod:`.event_action` (which chooses the act among these words) so that the
choice reads as a choice: two questions asked of every lead before counting. An act is a
common noun or verb, so its word is written in lower case somewhere (:func:`common_words`);
and some words may stand before the act and say which it is ("state visit"), yet never are
the act themselves (:func:`qualifiers`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from briefing.model import Article
from briefing.topics.event_noun import DETERMINERS
from briefing.topics.event_refused import BODIES, function_words, numerals_of
from briefing.topics.event_when import inflected_common
from briefing.topics.lexicon import MONTHS, ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS, WEEKDAYS
from briefing.topics.not_acts import NOT_ACTS
from briefing.topics.themes import GENERIC_MODIFIERS, QUANTITIES, VERBS


def qualifiers(languages: dict[str, str]) -> frozenset[str]:
    """Words that are never the act but may stand before it: function words and numerals of
    the packet's languages (article id → language), verbs, quantities, generic modifiers,
    months, weekdays, roles, bodies and a toll's words. A title's modifier ("state",
    "presidential") may say which act it is, so :data:`.ROLE_MODIFIERS` are left out."""
    return (
        STOPWORDS
        | VERBS
        | QUANTITIES
        | GENERIC_MODIFIERS
        | MONTHS
        | WEEKDAYS
        | ROLE_HEADS
        | BODIES
        | NOT_ACTS
        | function_words(frozenset(languages.values()))
        | numerals_of(frozenset(languages.values()) | {"en"})
    ) - ROLE_MODIFIERS


def common_words(
    words_of_leads: list[list[str]], english: Sequence[Article], languages: dict[str, str]
) -> set[str]:
    """The words of the leads (one word list per article of ``english``) that are common
    nouns or verbs: written in lower case somewhere, since headlines capitalise."""
    common = {w for lead in words_of_leads for w in lead if w.islower()}
    # German writes every noun capitalised: one after an article is a common noun all the
    # same ("das Attentat"), as a name seldom is.
    common |= {
        b.casefold()
        for lead, article in zip(words_of_leads, english, strict=True)
        if languages.get(article.id) == "de"
        for a, b in itertools.pairwise(lead)
        if a.casefold() in DETERMINERS["de"]
    }
    # A headline's capitals hide an inflection the leads write in lower case ("Crashes").
    common |= inflected_common(common, {w.casefold() for lead in words_of_leads for w in lead})
    return common
