"""A place the texts write without "City" is named so (:mod:`.city_word`).

Invented names: the topic of "Tavora City" whose texts write only "Tavora" (and another
spelling) is named "Tavora"; look-alikes keep the city's name: a text that writes "Tavora
City", a topic whose texts write neither the bare name nor the full one, and a place whose
name has no "City" at all.
"""

from __future__ import annotations

from briefing.topics.city_word import written_base


def test_the_bare_name_the_texts_write_names_the_place() -> None:
    assert written_base("Tavora City", ["Tavora", "Chavora", "Тавора"]) == "Tavora"


def test_a_text_that_writes_the_city_keeps_its_name() -> None:
    assert written_base("Tavora City", ["Tavora", "Tavora City"]) == "Tavora City"
    assert written_base("Tavora City", ["Chavora", "Тавора"]) == "Tavora City"
    assert written_base("Cityville", ["Cityville"]) == "Cityville"
    assert written_base("Port Tavora", ["Tavora"]) == "Port Tavora"
