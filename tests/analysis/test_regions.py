"""Where in a country a named town lies: two parts with nothing in common disagree.

Fixtures are written for these tests (no article text).
"""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.regions import region_discrepancies


def test_one_town_in_two_parts_of_a_country_disagrees() -> None:
    a = in_language(
        "en", "a", "The ferry sank near the port of Varnel in western Norland on Friday."
    )
    b = in_language("en", "b", "Rescuers reached Varnel in eastern Norland by noon.")
    (found,) = [d for d in find_discrepancies([a, b]) if d.subject == "where Varnel is"]
    assert {c.value: c.article_ids for c in found.claims} == {
        "western Norland": ("a",),
        "eastern Norland": ("b",),
    }
    ru = [
        in_language("ru", "c", "Паром затонул у города Варнель на западе Норланда."),
        in_language("ru", "d", "Спасатели прибыли в Варнель на востоке Норланда."),
    ]
    assert [d.subject for d in region_discrepancies(ru)] == ["where Варнель is"]


def test_look_alikes_of_a_region_disagreement_stay_silent() -> None:
    articles = [
        # Overlapping parts: north and north-west.
        in_language("en", "a", "The ferry sank off Varnel in northern Norland."),
        in_language("en", "b", "Divers searched the bay of Varnel in north-western Norland."),
        # Two towns, two parts.
        in_language("en", "c", "Crews came from Orbe in southern Norland."),
        # A translation: each language writes its own parts and names.
        in_language("ru", "d", "Паром затонул у Варнеля на юге Норланда."),
        # No town: a sentence's first word.
        in_language("en", "e", "Fighting in eastern Norland stopped."),
        in_language("en", "f", "Fighting in western Norland went on."),
    ]
    assert region_discrepancies(articles) == []
    # One writer placing the town in two parts: the town straddles them.
    both = [
        in_language(
            "en", "g", "Maps put Tamsel in eastern Norland, others put Tamsel in western Norland."
        ),
        in_language("en", "h", "The ferry left Tamsel in western Norland."),
    ]
    assert [d.subject for d in region_discrepancies(both)] == []
