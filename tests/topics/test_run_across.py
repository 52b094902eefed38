"""Capitals carried across a preposition from a place into an acronym ("Reino Unido de la
UE") are two names, no body; a body named "<noun> de la <name>" stays one (invented text)."""

from __future__ import annotations

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.languages import function_words
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.run_across import across_preposition

GAZ = gazetteer_for(frozenset({"es", "en"}))
ES = function_words("es")


def test_place_preposition_acronym_is_two_names() -> None:
    assert across_preposition("Reino Unido de la UE", ES, GAZ.place, {"UE"})
    assert across_preposition("Francia de la OTAN", ES, GAZ.place, {"OTAN"})


def test_bodies_with_de_la_stay_names() -> None:
    assert not across_preposition("Banco de la Nación", ES, GAZ.place, {"UE"})
    assert not across_preposition("Universidad de la República", ES, GAZ.place, set())
    # an acronym the briefing never writes alone is part of the name
    assert not across_preposition("Reino Unido de la UEFA", ES, GAZ.place, {"UE"})


def test_no_body_is_listed_for_the_run() -> None:
    text = "El voto sacó a Reino Unido de la UE, dijo el ministro de Velra. La UE calla."
    more = "Según el ministro, la salida de Reino Unido de la UE no cambia nada para los puertos."
    names = {t.name for t in extract_topics([article("e1", text), article("e2", more)])}
    assert "Reino Unido de la UE" not in names
    assert "UE" in names
