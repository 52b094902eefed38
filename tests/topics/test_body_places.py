"""A place written as the first word of a body's name ("the Norland Geological Survey") weighs
as an item of a list (:mod:`briefing.topics.body_places`). Every name and sentence is invented
here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics.body_places import naming_bodies
from briefing.topics.candidates import Occurrence
from briefing.topics.rank import Cluster, rank
from briefing.topics.single_use import SINGLE_USE_ARTICLES


def _occ(key: tuple[str, int], text: str, name: str) -> Occurrence:
    start = text.index(name)
    return Occurrence(key[0], key[1], start, start + len(name), name)


def _weak(text: str, place: str, body: str) -> bool:
    key = ("a0", 1)
    found = naming_bodies([_occ(key, text, place)], [_occ(key, text, body)], {key: text})
    return bool(found)


def test_a_place_right_before_a_bodys_name_opens_that_name() -> None:
    assert _weak(
        "Tremors were recorded, the Norland Geological Survey said.", "Norland", "Geological Survey"
    )
    assert _weak("La Varela Protección Civil pidió calma.", "Varela", "Protección Civil")
    # A no-break space is a space.
    assert _weak("The Ostrava\u00a0Water Board closed the dam.", "Ostrava", "Water Board")


def test_a_possessive_a_comma_or_a_word_between_keeps_the_place_a_full_mention() -> None:
    assert not _weak("Norland's Geological Survey said so.", "Norland", "Geological Survey")
    assert not _weak("In Norland, Geological Survey staff left.", "Norland", "Geological Survey")
    assert not _weak("In Norland the Geological Survey said so.", "Norland", "Geological Survey")
    assert not _weak("Norland – Geological Survey: a report.", "Norland", "Geological Survey")
    # The body before the place is no place opening a name.
    assert not _weak("Geological Survey Norland said so.", "Norland", "Geological Survey")


def test_a_person_after_the_place_is_no_body() -> None:
    key = ("a0", 1)
    text = "In Varna Ivan Petrov said the dam held."
    place = _occ(key, text, "Varna")
    # Only organisations' uses are bodies: a person's name after the place leaves it whole.
    assert naming_bodies([place], [], {key: text}) == set()
    body = _occ(key, "The Varna Port Authority said the dam held.", "Port Authority")
    assert naming_bodies([place], [body], {key: text}) == set()  # elsewhere in another text


def test_a_country_named_only_in_a_far_agencys_name_ranks_below_a_town_of_the_story() -> None:
    articles = [
        replace(article(f"a{n}", "x"), source=f"Outlet {n}") for n in range(SINGLE_USE_ARTICLES)
    ]
    paragraphs = {
        ("a0", 1): "The quake hit at dawn, the Norland Geological Survey said.",
        ("a1", 1): "Its depth was 10 km, according to the Norland Weather Office.",
        ("a2", 1): "Rescuers reached Brenna at noon.",
        ("a3", 1): "In Brenna, two blocks fell.",
    }
    places = {
        "Norland": [_occ(k, t, "Norland") for k, t in paragraphs.items() if "Norland" in t],
        "Brenna": [_occ(k, t, "Brenna") for k, t in paragraphs.items() if "Brenna" in t],
    }
    bodies = [
        Cluster(
            "organisation",
            "Geological Survey",
            [_occ(("a0", 1), paragraphs[("a0", 1)], "Geological Survey")],
        ),
        Cluster(
            "organisation",
            "Weather Office",
            [_occ(("a1", 1), paragraphs[("a1", 1)], "Weather Office")],
        ),
    ]
    clusters = [Cluster("place", name, occs) for name, occs in places.items()] + bodies
    ranked = {t.name: t.score for t in rank(articles, clusters, paragraphs)}
    # Each body is written once and dropped, but still makes "Norland" a weak mention twice.
    assert set(ranked) == {"Norland", "Brenna"}
    assert ranked["Norland"] < ranked["Brenna"] / 2
