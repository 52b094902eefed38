"""A formal name that holds a possessive ("Democratic People's Republic of Korea") is read
whole, the country it names; an owner before a body keeps the cut (made-up texts)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics.first_pass import read


def _places(text: str) -> dict[str, str]:
    out = read([replace(article("001", text), language="en")])
    return {occ.surface: place for place, occ in out.places}


def _names(text: str) -> set[str]:
    out = read([replace(article("001", text), language="en")])
    return {occ.surface for _kind, occ, _attested in out.names}


def test_the_two_koreas_stay_two_when_the_north_is_named_formally() -> None:
    text = (
        "The team was announced as the Democratic People’s Republic of Korea, though it came "
        "from the Republic of Korea, officials in the hall said on Monday."
    )
    places = _places(text)
    assert places["Democratic People’s Republic of Korea"] == "North Korea"
    assert places["Republic of Korea"] == "South Korea"
    assert "Democratic People" not in _names(text)


def test_the_formal_name_may_open_inside_a_run() -> None:
    text = "Officials of the People's Republic of China met the envoys on Monday in the hall."
    assert _places(text)["People's Republic of China"] == "China"


def test_an_owner_before_a_body_keeps_the_cut() -> None:
    text = "Korea's Unification Ministry and Velmar's Harbour Board said so on Monday night."
    places, names = _places(text), _names(text)
    assert not any("Ministry" in surface for surface in places)
    assert "Unification Ministry" in names and "Harbour Board" in names
