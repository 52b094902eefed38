"""The multilingual gazetteer remembers each surface's answer: the same answer as working it out.

The first pass and the late rules ask the same place names many times a packet; the memo must
answer exactly what the lookup does, for a place, an inflected form and a word that is none.
"""

from __future__ import annotations

import pytest

from briefing.topics import multilingual_gazetteer as mg
from briefing.topics.multilingual_gazetteer import gazetteer_for

SURFACES = [
    "Wien",  # another language's name of a city
    "Москвы",  # an inflected Cyrillic form
    "Rusya'nın",  # a Turkish suffix after an apostrophe
    "Vienna",
    "Tischlampe",  # no place at all
    "Wienerwald",  # a look-alike that starts like a place
]


@pytest.fixture(scope="module")
def gazetteer():
    return gazetteer_for(frozenset({"de", "ru", "tr", "en"}))


@pytest.mark.parametrize("surface", SURFACES)
def test_a_remembered_answer_is_the_worked_out_one(gazetteer, surface: str) -> None:
    gazetteer._memo.pop(surface, None)
    worked_out = gazetteer._place(surface)
    assert gazetteer.place(surface) == worked_out  # first ask: worked out and kept
    assert gazetteer.place(surface) == worked_out  # second ask: from the memo
    assert gazetteer._memo[surface] == worked_out


def test_a_non_place_is_remembered_as_none(gazetteer) -> None:
    assert gazetteer.place("Tischlampe") is None
    assert "Tischlampe" in gazetteer._memo
    assert gazetteer.place("Wienerwald") != "Vienna"


def test_the_memo_is_emptied_when_full(gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mg, "_MEMO_SIZE", 2)
    gazetteer._memo.clear()
    gazetteer.place("Wien")
    gazetteer.place("Vienna")
    assert len(gazetteer._memo) == 2
    assert gazetteer.place("Москвы") == gazetteer._place("Москвы")
    assert len(gazetteer._memo) == 1


def test_two_gazetteers_still_compare_by_their_tables() -> None:
    one = gazetteer_for(frozenset({"de", "en"}))
    one.place("Wien")
    assert one == mg.MultilingualGazetteer(
        places=one.places,
        demonyms=one.demonyms,
        folded=one.folded,
        cases=one.cases,
        languages=one.languages,
        qualifiers=one.qualifiers,
        shared=one.shared,
    )
