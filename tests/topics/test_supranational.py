"""Unions of countries (the EU, the UN) are one topic whatever language names or shortens them.

Every text here is written for the test (invented people, places and bodies).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.naming import name_key
from briefing.topics.supranational import initials, union_groups, union_names


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_initials_are_read_in_the_names_own_language() -> None:
    assert initials("Uniunea Europeană", "ro") == "UE"
    assert initials("Unión Europea", "es") == "UE"
    assert initials("European Union", "en") == "EU"
    assert initials("Organizacja Narodów Zjednoczonych", "pl") == "ONZ"
    assert initials("Ευρωπαϊκή Ένωση", "el") == "ΕΕ"  # no accent on a capital initial
    assert initials("Eurozone", "en") is None  # one word: nothing to shorten
    assert initials("strefa euro", "pl") is None  # a noun phrase, not a name


def test_every_language_of_the_packet_names_the_union() -> None:
    names = union_names(["ro", "fr"])
    assert {"European Union", "EU", "Uniunea Europeană", "UE", "Union européenne"} <= names["EU"]
    assert {"United Nations", "UN"} <= names["UN"]
    assert "Unia Europejska" not in names["EU"]  # Polish is not read here


def test_a_union_s_names_and_short_forms_group_but_unions_stay_apart() -> None:
    keys = [name_key(n) for n in ("European Union", "UE", "Unión Europea", "UN", "ONU")]
    groups = union_groups(keys, ["es", "en"], name_key)
    # "UN" is the only name of the United Nations here: a group of one, so none.
    assert groups == [sorted(name_key(n) for n in ("European Union", "UE", "Unión Europea"))]


def test_a_short_form_the_text_defines_as_another_body_is_that_body() -> None:
    keys = [name_key(n) for n in ("Unión Europea", "UE")]
    definitions = [("Unidad de Emergencias", "UE")]
    assert union_groups(keys, ["es"], name_key, definitions) == []


def test_the_eu_written_in_three_languages_is_one_topic() -> None:
    english = [
        _in("en", n, f"On day {n}, the European Union said it would send aid to Oster.")
        for n in range(3)
    ]
    romanian = [
        _in("ro", n, f"În ziua {n}, oficialii din UE au spus că vor trimite ajutor la Oster.")
        for n in range(3, 6)
    ]
    spanish = [
        _in("es", n, f"El día {n}, la Unión Europea dijo que enviará ayuda a Oster.")
        for n in range(6, 9)
    ]
    topics = extract_topics(english + romanian + spanish)
    held = {
        t.id
        for surface in ("European Union", "UE", "Unión Europea")
        for t in holding(topics, surface)
    }
    assert len(held) == 1
    assert {"European Union", "UE"} <= set(holding(topics, "UE")[0].aliases)


def test_two_different_bodies_sharing_a_short_form_are_not_the_union() -> None:
    spanish = [
        _in(
            "es",
            n,
            "La Unidad de Emergencias (UE) de Oster rescató a diez vecinos, dijo la UE.",
            "La Unión Europea envió ayuda a Oster.",
        )
        for n in range(3)
    ]
    english = [
        _in("en", n, "The European Union sent aid to Oster, the European Union said.")
        for n in range(3, 6)
    ]
    topics = extract_topics(spanish + english)
    union = {t.id for t in holding(topics, "European Union")}
    assert union and not union & {t.id for t in holding(topics, "UE")}
