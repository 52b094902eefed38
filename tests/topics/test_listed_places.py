"""A name listed among others after a noun of place is a place (made-up lines): "the hill
villages of Morvan, Tessly, Ardun and Quell" writes each after "villages of"; a list after a
noun of a body stays a body; Greek writes the noun too ("τα χωριά Άρντουν")."""

from __future__ import annotations

from briefing.topics.place_nouns import use_kind


def _kind(text: str, name: str) -> str | None:
    start = text.index(name)
    return use_kind(text, start, start + len(name), lambda _x: None)


def test_each_name_of_a_list_after_a_noun_of_place_is_a_place() -> None:
    text = "Smoke reached the hill villages of Morvan, Tessly, Ardun and Quell by noon."
    assert [_kind(text, n) for n in ("Morvan", "Tessly", "Ardun", "Quell")] == ["place"] * 4


def test_a_list_after_a_body_noun_or_none_says_nothing_of_place() -> None:
    assert _kind("The company Velco, Nordan and Ardun said", "Ardun") == "body"
    assert _kind("Velco, Nordan and Ardun signed the deal.", "Ardun") is None


def test_a_greek_noun_of_village_before_the_name() -> None:
    assert _kind("οι φλόγες κινήθηκαν προς τα χωριά Άρντουν και Τέσλι", "Άρντουν") == "place"
