"""A ship's name is a theme and an island's a place, by the class noun before it
(:mod:`.vessel_names`, :mod:`.island_names`).

Made-up texts and names: "the ferry Marlowe", "el buque Marlowe", "паром «Марлоу»" make a
ship; "the island of Tavora", "l'île de Tavora", "die Insel Tavora" an island. Look-alikes stay
bodies: a noun after the name ("a Northway ferry": the owner's ship), a noun with another noun
before the name ("the ferry operator Northway"), one article only, an acronym, and an island's
noun before a name in too few of its articles.
"""

from __future__ import annotations

from topics.helpers import organisation_topic as _topic

from briefing.topics.island_names import islands_as_places
from briefing.topics.vessel_names import noun_before, vessels_as_themes


def test_a_name_after_a_vessel_noun_in_two_articles_is_a_theme() -> None:
    topic, articles = _topic(
        "Marlowe",
        [
            "Rescuers reached the ferry Marlowe before noon.",
            "El buque Marlowe zarpó del puerto el lunes.",
            'Die Fähre "Marlowe" lag auf der Seite.',
        ],
    )
    assert vessels_as_themes([topic], articles)[0].kind == "theme"


def test_a_russian_vessel_noun_is_read_by_its_lemma() -> None:
    assert noun_before("Спасатели подошли к парому «Марлоу»", 28, {"паром"})


def test_no_ship_by_a_noun_after_the_name_or_another_noun_between() -> None:
    topic, articles = _topic(
        "Northway",
        [
            "Passengers boarded a Northway ferry at dawn.",
            "The ferry operator Northway said it would pay.",
            "Northway ships sail twice a day.",
        ],
    )
    assert vessels_as_themes([topic], articles)[0].kind == "organisation"


def test_one_article_or_an_acronym_is_no_ship() -> None:
    topic, articles = _topic(
        "Marlowe",
        ["Rescuers reached the ferry Marlowe before noon.", "Marlowe said it was sorry."],
    )
    assert vessels_as_themes([topic], articles)[0].kind == "organisation"
    topic, articles = _topic(
        "MSC", ["The tanker MSC lost a container.", "The ship MSC chartered was late."]
    )
    assert vessels_as_themes([topic], articles)[0].kind == "organisation"


def test_a_name_after_an_island_noun_is_a_place() -> None:
    topic, articles = _topic(
        "Tavora",
        [
            "The wreck lies off the southern island of Tavora.",
            "Le navire a coulé près de l'île de Tavora.",
            "Die Insel Tavora ist nur per Boot erreichbar.",
        ],
    )
    assert islands_as_places([topic], articles)[0].kind == "place"


def test_an_island_noun_before_a_name_in_too_few_of_its_articles() -> None:
    topic, articles = _topic(
        "Tavora",
        [
            "The island of Tavora was the firm's first market.",
            "La isla de Tavora compró dos aviones.",
            "Tavora reported higher profits.",
            "Shares in Tavora fell.",
            "Tavora hired a new chief.",
        ],
    )
    assert islands_as_places([topic], articles)[0].kind == "organisation"
    # A comma between the noun and the name: no class noun of it.
    assert not noun_before("They sailed to the island, Tavora said", 27, {"island"})
