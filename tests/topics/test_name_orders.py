"""One person's name run together or turned round (:mod:`briefing.topics.name_orders`), on
made-up names, with the look-alikes that stay two people."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.name_orders import given_name_key, glued_pairs, swapped_pairs


def test_two_words_run_together_and_turned_round_are_one_name() -> None:
    keys = ["p:harishchandra lal meghwal", "p:meghwal harishchandralal", "p:lal meghwal"]
    # Not "p:lal meghwal": no run-together word (a cut name is another rule's).
    assert glued_pairs(keys) == [("p:harishchandra lal meghwal", "p:meghwal harishchandralal")]


def test_one_more_family_name_and_one_letter_of_difference_are_allowed() -> None:
    keys = ["p:anandkishor patel", "p:anand kishore patel", "p:patel anandkishor trivedi"]
    assert glued_pairs(keys) == [
        ("p:anand kishore patel", "p:anandkishor patel"),
        ("p:anand kishore patel", "p:patel anandkishor trivedi"),
    ]


def test_people_sharing_a_surname_or_a_common_pair_stay_apart() -> None:
    assert glued_pairs(["p:raj kumar singh", "p:rajkumar rao"]) == []
    assert glued_pairs(["p:raj kumar singh", "p:rajkumar singh yadav"]) == []  # too common
    # Two words more than the other name: a family of names, not one.
    assert glued_pairs(["p:anandkishor patel", "p:anand kishore patel joshi trivedi"]) == []
    # The run-together word alone is not enough: another word must agree.
    assert glued_pairs(["p:anandkishor", "p:anand kishore mehta"]) == []


def test_a_name_in_the_other_order_when_one_word_is_a_given_name() -> None:
    keys = ["p:viktor orban", "p:orban viktor", "p:ramesh kumar", "p:kumar ramesh"]
    # "Ramesh" and "Kumar" are both given names: two men may be called so.
    assert swapped_pairs(keys, given_name_key) == [("p:orban viktor", "p:viktor orban")]


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_the_forms_are_one_topic_in_a_packet() -> None:
    found = extract_topics(
        [
            _in("en", 1, "The driver Harishchandra Lal Meghwal survived the crash in Jaipur."),
            _in("en", 2, "Doctors said Harishchandra Lal Meghwal was recovering in Jaipur."),
            _in("es", 3, "El conductor Meghwal Harishchandralal sobrevivió al accidente."),
            _in("it", 4, "Il conducente Meghwal Harishchandralal è sopravvissuto a Jaipur."),
        ]
    )
    people = [t for t in found if t.kind == "person"]
    holders = [t for t in people if {"Harishchandra Lal Meghwal"} & set(t.aliases)]
    assert len(holders) == 1
    assert "Meghwal Harishchandralal" in holders[0].aliases
