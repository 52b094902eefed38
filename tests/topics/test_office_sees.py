"""A place named only as the see of someone's office is no key topic (written fixtures).

Made-up reports about a flood in a made-up town: the bishop of another town and a foreign
prime minister are named by their offices; the town whose bishop is also the town of the
story stays.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.office_sees import office_sees


def _at(text: str, name: str, nth: int = 0) -> Occurrence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Occurrence("a", 0, start, start + len(name), name)


def _sees(text: str, name: str, nth: int = 0) -> bool:
    o = _at(text, name, nth)
    return o in office_sees([o], {("a", 0): text})


def test_a_title_and_of_before_a_place_makes_it_a_see() -> None:
    assert _sees("The Bishop of Varnholm blessed the boats.", "Varnholm")
    assert _sees("L’archevêque de Varnholm a prié pour les victimes.", "Varnholm")
    assert _sees("Der Erzbischof von Varnholm, Jan Holt, sprach.", "Varnholm")
    assert _sees("l'arcivescovo di Varnholm lo invita alla preghiera", "Varnholm")
    assert _sees("o primeiro-ministro de Norvia, Tor Lund, chegou", "Norvia")
    assert _sees("the prime minister of Norvia, Tor Lund, said", "Norvia")
    assert _sees("приехал премьер Норвии Тор Лунд", "Норвии")


def test_a_place_or_its_adjective_before_an_english_title_is_a_see() -> None:
    assert _sees("as did Norvian Prime Minister Tor Lund", "Norvian")
    assert _sees("Norvia's president flew in on Monday.", "Norvia")


def test_a_place_written_as_a_setting_is_no_see() -> None:
    assert not _sees("The river rose in Varnholm on Sunday.", "Varnholm")
    assert not _sees("Rescuers from Norvia arrived by boat.", "Norvia")
    # A title elsewhere in the sentence says nothing of the place.
    assert not _sees("The bishop prayed as the water rose in Varnholm.", "Varnholm")
    assert not _sees("The prime minister visited Varnholm.", "Varnholm")


def _in(n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language="en")


def _names(*articles: Article) -> list[str]:
    topics: tuple[Topic, ...] = extract_topics(list(articles))
    return [t.name for t in topics]


def test_a_see_only_is_dropped_and_a_see_that_is_also_the_setting_stays() -> None:
    """Ostrava is only ever its bishop's see: no topic. Varnholm is a see once, and the
    town the flood struck everywhere else: it stays. Asked in packets of eight articles or
    more, as a single use is (a short packet's few uses say little)."""
    names = _names(
        _in(0, "The river flooded Varnholm on Sunday. Prayers came from the bishop of Ostrava."),
        _in(1, "Homes in Varnholm were swept away, and the bishop of Ostrava sent aid."),
        _in(2, "The bishop of Varnholm said the town would rebuild after the flood in Varnholm."),
        _in(3, "Rescuers reached Varnholm by boat; the bishop of Ostrava visited on Tuesday."),
        *(_in(n, f"Water stood a metre deep in Varnholm on day {n}.") for n in range(4, 8)),
    )
    assert "Varnholm" in names
    assert "Ostrava" not in names


def test_in_a_short_packet_a_see_stays() -> None:
    names = _names(
        _in(0, "The river flooded Varnholm on Sunday. Prayers came from the bishop of Ostrava."),
        _in(1, "Homes in Varnholm were swept away, and the bishop of Ostrava sent aid."),
    )
    assert "Ostrava" in names
