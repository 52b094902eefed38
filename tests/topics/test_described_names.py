"""A theme every use of which describes a listed name beside it is that name again.

Every text is written for the test: a made-up exchange (Varnok) and its made-up token (VRT).
"""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.described_names import NameIndex, describes_names


def _at(texts: dict[tuple[str, int], str], place: tuple[str, int], word: str) -> Occurrence:
    at = texts[place].index(word)
    return Occurrence(place[0], place[1], at, at + len(word), word)


def test_a_phrase_in_apposition_or_owned_by_a_name_describes_it() -> None:
    texts = {
        ("a", 0): "Prices of the exchange's native settlement token, VRT, plummeted.",
        ("b", 0): "Its rival planned to sell Varnok's settlement token within days.",
        ("c", 0): "The freighter Ondal, a bulk freighter, ran aground.",
    }
    names = [_at(texts, ("a", 0), "VRT"), _at(texts, ("b", 0), "Varnok")]
    uses = [_at(texts, ("a", 0), "settlement token"), _at(texts, ("b", 0), "settlement token")]
    assert describes_names(uses, NameIndex(names), texts)
    ondal = [_at(texts, ("c", 0), "Ondal")]
    assert describes_names([_at(texts, ("c", 0), "bulk freighter")], NameIndex(ondal), texts)


def test_one_free_use_keeps_the_theme() -> None:
    texts = {
        ("a", 0): "Prices of the exchange's native settlement token, VRT, plummeted.",
        ("b", 0): "Regulators asked who held the settlement token before the slump.",
    }
    names = [_at(texts, ("a", 0), "VRT")]
    uses = [_at(texts, ("a", 0), "settlement token"), _at(texts, ("b", 0), "settlement token")]
    assert not describes_names(uses, NameIndex(names), texts)


def test_a_name_qualifying_the_phrase_is_no_apposition() -> None:
    # "Varnok settlement token" and "the settlement token of Varnok": qualified, not described.
    texts = {
        ("a", 0): "The Varnok settlement token fell.",
        ("b", 0): "Holders of the settlement token of Varnok sold.",
    }
    names = [_at(texts, ("a", 0), "Varnok"), _at(texts, ("b", 0), "Varnok")]
    uses = [_at(texts, ("a", 0), "settlement token"), _at(texts, ("b", 0), "settlement token")]
    assert not describes_names(uses, NameIndex(names), texts)
