"""The topics made ready before the main event is named (part of :mod:`briefing.topics.events`).

Naming the event reads the topics for who acted and where: a town the gazetteer alone does
not know, a fragment of a longer name, a title glued to a person, an office written for its
holder or two bodies run together would each give the event a wrong "who" or "where". So
each is settled first, in this order, and the event is named from what is left.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Article, Topic
from briefing.topics.body_heads import short_names_joined
from briefing.topics.local_towns import towns_as_places
from briefing.topics.name_fragments import numbered_joined, titles_cut, without_fragments
from briefing.topics.named_things import things_named_after
from briefing.topics.office_holders import holders_joined
from briefing.topics.place_kinds import places_not_people
from briefing.topics.run_together import codes_with_their_noun, without_run_together

__all__ = ["ready_for_event"]


def ready_for_event(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` with the packet's towns as places and names, titles, offices and bodies
    settled (see the module's docstring)."""
    # The packet's own towns are places before the event is named: where it happened may
    # be a town the gazetteer alone does not know (:mod:`.local_towns`).
    found: Sequence[Topic] = towns_as_places(topics, len(articles), articles)
    # A surname written as a bridge's or a prize's is the thing (:mod:`.named_things`).
    found = things_named_after(found, articles)
    # "Gold" of "the Gold State Coach" is no topic; "Charles" is the one "Charles III".
    found = numbered_joined(without_fragments(found, articles), articles)
    found = titles_cut(found, articles)  # "Queen Consort Camilla" is "Camilla"
    # An airport or a district read as a person is a place, never the event's "who".
    found = places_not_people(found, articles)
    # "Archbishop of Canterbury Justin Welby": the office alone is he (:mod:`.office_holders`).
    found = holders_joined(found, articles)
    found = without_run_together(found)  # "Air India Boeing": two bodies, no third
    found = short_names_joined(found)  # "Delta" is the "Delta Airlines" named whole
    return codes_with_their_noun(found, articles)  # "Flight AI171" is "AI171"
