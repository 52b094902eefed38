"""A body's name cut after its country's short form joins the acronym that keeps it (nkfrag46).

Every text here is written for the test (invented bodies, places and people).
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.place_acronyms import place_acronym_pairs, place_letters

_PLACES = {"U.S.", "US", "U.K.", "UK"}


def _is_place(short: str) -> bool:
    return short in _PLACES


def test_the_letters_of_a_place_short_form_right_before_a_name() -> None:
    text = "the U.S. Marsh Office said; the UK Marsh Office; the ABC Marsh Office; DU.S. Marsh"
    assert place_letters(text, text.index("Marsh"), _is_place) == "us"
    start = text.index("Marsh", text.index("UK"))
    assert place_letters(text, start, _is_place) == "uk"
    start = text.index("Marsh", text.index("ABC"))
    assert place_letters(text, start, _is_place) is None  # no place
    assert place_letters(text, text.rindex("Marsh"), _is_place) is None  # glued to a word
    assert place_letters("the U.S., Marsh Office", 10, _is_place) is None  # a comma between


def _occ(article: str, start: int, surface: str) -> Occurrence:
    return Occurrence(article, 0, start, start + len(surface), surface)


def _content(key: str) -> list[str]:
    return [w for w in key[2:].split() if w not in {"of", "the", "for"}]


def test_a_cut_name_pairs_with_the_acronym_its_place_letters_spell() -> None:
    texts = {("a", 0): "The U.S. Marsh Office said the UMO and USMO agree.", ("b", 0): "USMO."}
    body = {"n:marsh office": [_occ("a", 9, "Marsh Office")]}
    both = {"n:usmo": [_occ("a", 39, "USMO")], "n:umo": [_occ("a", 30, "UMO")]}
    assert place_acronym_pairs(body, both, texts, _is_place, _content) == [
        ("n:usmo", "n:marsh office")
    ]
    # The acronym written only where the name is not: the letters alone are a guess.
    apart = {"n:usmo": [_occ("b", 0, "USMO")]}
    assert place_acronym_pairs(body, apart, texts, _is_place, _content) == []
    # No acronym with the place's letters: the name stays as it is.
    assert place_acronym_pairs(body, {"n:umo": both["n:umo"]}, texts, _is_place, _content) == []


def _packet(opening: str) -> list:
    return [
        article(
            "001",
            f"A tremor shook Velmora on Sunday, and {opening} Geodetic Survey measured it. "
            "The USGS put its depth at ten kilometres.",
            "Velmora officials said little. The USGS will report again.",
        ),
        article(
            "002",
            f"{opening} Geodetic Survey recorded a shallow tremor in Velmora. "
            "The USGS said it was strong.",
            "In Velmora, the mayor Ilona Berski spoke. The USGS did not comment.",
        ),
    ]


def test_the_survey_cut_after_the_dotted_place_is_the_acronym() -> None:
    for opening in ("the U.S.", "the US"):
        topics = extract_topics(_packet(opening))
        held = {t.id for t in holding(topics, "Geodetic Survey")}
        assert held and held == {t.id for t in holding(topics, "USGS")}, opening


def test_a_name_after_another_place_keeps_apart() -> None:
    # "U.K. Geodetic Survey" spells "ukgs": no such acronym, the letters do not fit "USGS".
    topics = extract_topics(_packet("the U.K."))
    assert {t.id for t in holding(topics, "USGS")}.isdisjoint(
        {t.id for t in holding(topics, "Geodetic Survey")}
    )
