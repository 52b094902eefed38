"""A hyphenated surname whose first part is a town's name stays one name (made-up texts and
people; the towns are the gazetteer's)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Topic
from briefing.topics import extract_topics


def _topics(texts: list[str], language: str) -> tuple[Topic, ...]:
    articles = [replace(article(f"a{i}", t), language=language) for i, t in enumerate(texts)]
    return extract_topics(articles)


@pytest.mark.parametrize(
    ("texts", "language", "surname"),
    [
        (
            [
                "The writer Anton Nice-Varlot was freed on Monday. "
                "Nice-Varlot thanked his lawyers.",
                "Anton Nice-Varlot spoke in Lyon.",
                "Friends of Nice-Varlot said he was tired.",
            ],
            "en",
            "Nice-Varlot",
        ),
        (
            # Kara is a town of Togo, whose towns a French text loads.
            [
                "L'écrivain Anton Kara-Murza a été libéré lundi. "
                "Kara-Murza a remercié ses avocats.",
                "Anton Kara-Murza a parlé à Lyon.",
                "Les amis de Kara-Murza disent qu'il est fatigué.",
            ],
            "fr",
            "Kara-Murza",
        ),
    ],
)
def test_a_surname_opening_with_a_town_s_name_is_one_name(
    texts: list[str], language: str, surname: str
) -> None:
    """Before: "Anton Nice" (a person) and "Nice" (a place) were read from "Nice-Varlot"."""
    topics = _topics(texts, language)
    town = surname.split("-")[0]
    assert any(t.kind == "person" and t.name == f"Anton {surname}" for t in topics)
    assert not any(t.name in (town, f"Anton {town}") for t in topics)


@pytest.mark.parametrize(
    "texts",
    [
        [
            "The Paris-Berlin train left at noon. The Paris-Berlin line is new.",
            "Passengers on the Paris-Berlin train were late.",
        ],
        [
            "The Lyon-Turin tunnel opened on Monday. The Lyon-Turin tunnel cost billions.",
            "Work on the Lyon-Turin tunnel ended.",
        ],
    ],
)
def test_two_towns_joined_by_a_hyphen_stay_two_places(texts: list[str]) -> None:
    """Look-alike: both parts are places, so the compound is a route between them."""
    names = {t.name for t in _topics(texts, "en") if t.kind == "place"}
    first, second = texts[0].split("The ", 1)[1].split()[0].split("-")
    assert {first, second} <= names
