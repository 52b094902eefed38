"""A firm's class noun before a name that is also a town makes it the firm
(:mod:`briefing.topics.class_before`).

Every text here is written for the test (invented people and firms).
"""

from __future__ import annotations

from topics.helpers import kinds_of

from briefing.topics.class_before import class_noun_before


def test_the_class_noun_of_each_language() -> None:
    assert class_noun_before("Fue atacado el banco Sabadell ayer", 21, "es")
    assert class_noun_before("Пострадал банка Sabadell вчера", 16, "ru")  # a case form
    assert class_noun_before("La société Bilbao a réagi", 11, "fr")
    assert not class_noun_before("Fue atacado el banco, Sabadell ayer", 22, "es")  # a comma
    assert not class_noun_before("La ciudad Sabadell está tranquila", 10, "es")  # a town
    assert not class_noun_before("el banco Sabadell", 9, "de")  # not German's word


def test_a_bank_named_after_its_town_is_the_bank_in_every_use() -> None:
    kinds = kinds_of(
        ("es", "Entre las víctimas están Norbanco y Sabadell, según Pedro Gálvez Ruiz."),
        ("ru", "Пострадали банк Sabadell и компания Norbanco, сообщил Иван Петров."),
        ("en", "The outage hit Norbanco, said Pedro Gálvez Ruiz in London."),
    )
    assert kinds.get("Sabadell") == "organisation"


def test_a_town_without_the_noun_stays_a_town() -> None:
    kinds = kinds_of(
        ("es", "La tormenta llegó a Sabadell y a Bilbao, según Pedro Gálvez Ruiz."),
        ("es", "En Sabadell cerraron las escuelas, dijo Pedro Gálvez Ruiz."),
        ("en", "The storm reached Sabadell, said Pedro Gálvez Ruiz in London."),
    )
    assert kinds.get("Sabadell") == "place"
