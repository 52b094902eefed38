"""A generational suffix and a middle initial name no other person (own text, invented
names): "Owen K. Dalby III", "Owen Dalby III" and "Owen Dalby" are one man. Look-alikes:
"Ines Dalby" (another given name), "Owen A. Dalby" / "Owen B. Dalby" (two initials),
"Owen Dalby Jr." / "Owen Dalby Sr." (father and son), "Edmund IV" (a monarch's number)."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.generational import bare_surname, core_pairs, generational_name
from briefing.topics.naming import person_key, surname


def _keys(*names: str) -> list[str]:
    return [person_key(n) for n in names]


def test_the_surname_is_read_before_the_suffix() -> None:
    assert surname("Owen K. Dalby III") == "Dalby"
    assert surname("Owen Dalby Jr.") == "Dalby"
    assert surname("Edmund IV") == "IV"  # a monarch's number is not cut from one word
    assert bare_surname(["Edmund", "IV"]) == ["Edmund", "IV"]


def _generational(name: str) -> bool:
    return generational_name(name.split())


def test_a_generation_is_told_from_a_reign() -> None:
    assert _generational("Owen K. Dalby III")
    assert _generational("Owen Luther Dalby Jr.")
    assert not _generational("Seine Majestät König Edmund IV")  # titles, then a reign
    assert not _generational("Queen Edmunda II")
    assert not _generational("Owen Dalby")


def test_initial_and_suffix_forms_of_one_name_pair() -> None:
    keys = _keys("Owen K. Dalby III", "Owen Dalby III", "Owen Dalby", "Owen K Dalby III")
    joined = {k for pair in core_pairs(keys) for k in pair}
    assert joined == set(keys)


def test_two_initials_two_suffixes_or_two_given_names_stay_apart() -> None:
    assert core_pairs(_keys("Owen A. Dalby", "Owen B. Dalby", "Owen Dalby")) == []
    assert core_pairs(_keys("Owen Dalby Jr.", "Owen Dalby Sr.")) == []
    assert core_pairs(_keys("Owen Dalby", "Ines Dalby")) == []
    assert core_pairs(_keys("Edmund IV", "Edmund")) == []


def test_the_suffixed_name_is_one_topic_in_a_packet() -> None:
    found = extract_topics(
        [
            article("001", "Owen K. Dalby III was named chief executive of Korvex on Friday."),
            article("002", "Korvex appointed Owen K. Dalby III to run the firm."),
            article("003", "The new chief, Owen Dalby, said Korvex would pay its debts."),
            article("004", "Dalby told staff that Korvex would go on trading."),
        ]
    )
    holders = holding(found, "Owen K. Dalby III")
    assert len(holders) == 1, holders
    assert holders[0].name == "Owen K. Dalby III"
    assert "Owen Dalby" in holders[0].aliases, holders[0].aliases
