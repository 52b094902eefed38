"""The country of the main event's town names the event's place in What happened: an event
named by its town ("Capsize in Velmora") happened in that town's country too (made-up
texts and town; real countries, as the rule reads ISO's)."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.brief_lede import find_lede
from briefing.brief_lede_country import town_countries
from briefing.brief_when import event_when
from briefing.model import Topic

EVENT = "Capsize in Velmora, 4 Mar 2031"


def _topic(name: str, kind: str, aliases: tuple[str, ...]) -> Topic:
    return Topic(name.casefold(), name, kind, aliases, ())


TOWN = _topic("Velmora", "place", ("Velmora",))
PORTUGAL = _topic("Portugal", "place", ("Portugal",))
SPAIN = _topic("Spain", "place", ("Spain", "Espagne"))


def test_a_lede_naming_the_towns_country_and_the_act_is_what_happened() -> None:
    # A poetic opener names the town and a day; the French lede names the act and the
    # country, not the town: without the town's country the two tie and the first wins.
    poetic = "El martes amaneció gris sobre Velmora, con su puerto en silencio."
    a = in_language("es", "a", f"{poetic} Barcos de Velmora, en Portugal, buscan a los otros.")
    lede = "Le Portugal poursuit ses recherches, au lendemain du chavirement d'un bateau."
    b = in_language("fr", "b", f"{lede} Le bateau a coulé au large de Velmora, au Portugal.")
    topics = [_topic(EVENT, "event", ("capsize", "chavirement")), TOWN, PORTUGAL]
    found = find_lede([a, b], topics, when=event_when(EVENT), main_event=EVENT)
    assert found is not None and found.text == lede


def test_the_towns_country_is_the_one_written_with_it_most() -> None:
    named = [_topic(EVENT, "event", ("capsize",)), TOWN]
    openings = [
        "The boat sank off Velmora, Portugal, on Tuesday.",
        "Survivors were taken to Velmora in Portugal.",
        "The boat had sailed from Spain.",
    ]
    assert town_countries(named, [*named, PORTUGAL, SPAIN], openings) == [PORTUGAL]


def test_a_country_written_once_with_the_town_or_as_often_as_another_is_none() -> None:
    named = [_topic(EVENT, "event", ("capsize",)), TOWN]
    once = ["The boat sank off Velmora, Portugal.", "Velmora mourns."]
    assert town_countries(named, [*named, PORTUGAL, SPAIN], once) == []
    two = [
        "The boat from Spain sank off Velmora, Portugal.",
        "Velmora's boat, Spain's crew: Portugal mourns.",
    ]
    assert town_countries(named, [*named, PORTUGAL, SPAIN], two) == []


def test_a_town_of_geonames_table_has_its_country_without_the_texts() -> None:
    libya = _topic("Libya", "place", ("Libya",))
    named = [_topic("Storm in Darnah, 10 Sep 2023", "event", ("storm",))]
    darnah = _topic("Darnah", "place", ("Darnah", "Derna"))
    assert town_countries([*named, darnah], [darnah, libya, SPAIN], []) == [libya]
    # A country already in the event's name is not added twice; a country is no town.
    assert town_countries([*named, libya], [libya, SPAIN], []) == []
