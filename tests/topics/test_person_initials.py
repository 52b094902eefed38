"""A person's initials or nickname given beside the name are that person (own text, invented
names): "Tomas Vell-Rann, TVR", "(Mara Quist, MQ)", "Odile Brun, dite OB", "Kwan “KL” Lorr".
Look-alikes: letters that are no initials of the name ("Mara Quist, CEO"), letters that open a
company's name ("Jane Dorsa, JD Sports"), a capitalised word between ("Mara Quist, Paris, MQ"),
letters beside two different people, letters that are a place."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.naming import name_key, person_key
from briefing.topics.person_initials import initial_pairs, initials_of


def _pairs(text: str, names: list[str], letters: set[str]) -> list[tuple[str, str]]:
    people = {
        person_key(n): [Occurrence("1", 0, text.find(n), text.find(n) + len(n), n)] for n in names
    }
    return initial_pairs(people, {("1", 0): text}, person_key, name_key, letters.__contains__)


def test_initials_count_the_parts_of_a_hyphenated_name() -> None:
    assert initials_of("Tomas Vell-Rann") == "TVR"
    assert initials_of("Kwan Lorr") == "KL"
    assert initials_of("Odile de Brun") == ""  # a particle in lower case: no initials read


def test_initials_after_a_comma_or_bracket_or_a_lower_case_gloss_are_the_person() -> None:
    tvr = [(person_key("Tomas Vell-Rann"), "n:tvr")]
    assert _pairs("Founder Tomas Vell-Rann, TVR, left.", ["Tomas Vell-Rann"], {"n:tvr"}) == tvr
    assert _pairs("的创始人(Tomas Vell-Rann,TVR)宣布", ["Tomas Vell-Rann"], {"n:tvr"}) == tvr
    glossed = "Tomas Vell-Rann, noto anche come TVR, lascia."
    assert _pairs(glossed, ["Tomas Vell-Rann"], {"n:tvr"}) == tvr
    quoted = "Rival chief Kwan “KL” Lorr said he would not buy."
    assert _pairs(quoted, ["Kwan Lorr"], {"n:kl"}) == [(person_key("Kwan Lorr"), "n:kl")]


def test_letters_that_are_no_initials_or_open_a_name_join_nothing() -> None:
    assert _pairs("Mara Quist, CEO, resigned.", ["Mara Quist"], {"n:ceo"}) == []
    assert _pairs("Jane Dorsa, JD Sports said.", ["Jane Dorsa"], {"n:jd"}) == []
    assert _pairs("Mara Quist, Paris, MQ said.", ["Mara Quist"], {"n:mq"}) == []
    assert _pairs("Mara Quist, MQ, left.", ["Mara Quist"], set()) == []  # no topic of its own


def test_letters_beside_two_people_go_to_neither() -> None:
    text = "Mara Quist, MQ, met Milo Quade (MQ) today."
    assert _pairs(text, ["Mara Quist", "Milo Quade"], {"n:mq"}) == []


def test_a_founders_initials_are_one_topic_in_a_packet() -> None:
    found = extract_topics(
        [
            article("001", "Tomas Vell-Rann, TVR, resigned from Korvex on Friday."),
            article("002", "Korvex founder Tomas Vell-Rann stepped down, the firm said."),
            article("003", "TVR said Korvex would keep trading. TVR apologised."),
            article("004", "Korvex lost its founder Tomas Vell-Rann; TVR left on Friday."),
        ]
    )
    holders = holding(found, "Tomas Vell-Rann")
    assert len(holders) == 1 and "TVR" in holders[0].aliases, holders
    assert not [t for t in found if t.name == "TVR"]
