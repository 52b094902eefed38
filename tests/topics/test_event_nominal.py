"""The act's derived noun before a bare noun that names a thing (:mod:`.event_nominal`)."""

from __future__ import annotations

import pytest

from briefing.topics.event_nominal import derived, names_a_thing, skeleton, verb_forms
from briefing.topics.event_noun import act_noun

#: A made-up investiture: the verb "mitred", the bare noun "mitre" also a named thing
#: ("the Great Mitre of Ostrava"), and the act's Latin noun "mitration" (invented).
MITRE = [
    "Bishop Orlo Vanek was mitred on Sunday in the cathedral of Ostrava.",
    "He was mitred before a crowd of 3,000 people.",
    "The mitre was set on his head, and he later wore the Great Mitre during the procession.",
    "The mitration service lasted two hours; every mitration since 1700 has used it.",
    "Vanek had been mitred after a vote of the chapter; the mitre weighs two kilograms.",
    "A mitre of silver was made for him.",
]


@pytest.mark.parametrize(
    ("word", "letters"), [("crown", "crn"), ("coronation", "crntn"), ("display", "dspl")]
)
def test_a_skeleton_keeps_consonants_and_reads_a_digraph_w_as_a_vowel(
    word: str, letters: str
) -> None:
    assert skeleton(word) == letters


@pytest.mark.parametrize(
    ("noun", "base", "related"),
    [
        ("coronation", "crown", True),
        ("crowning", "crown", True),
        ("caring", "crown", False),  # c-r less its suffix: shorter than c-r-n
        ("coronet", "crown", False),  # no suffix of an act
        ("landing", "land", True),
        ("election", "elect", True),
        ("attacking", "attack", True),
        ("eat", "ea", False),
        ("lining", "line", False),  # two consonants are too few to tell a root
    ],
)
def test_a_derived_noun_opens_with_the_verb_s_consonants(
    noun: str, base: str, related: bool
) -> None:
    assert derived(noun, base) is related


def test_a_name_s_head_is_a_thing_but_a_sentence_s_first_word_is_not() -> None:
    assert names_a_thing("mitre", ["He wore the Great Mitre."])
    assert not names_a_thing("mitre", ["Mitre and crozier were set down. The mitre shone."])
    assert not names_a_thing("attack", ["The attack began at noon.", "Attack on Lyon."])


def test_a_bare_noun_that_names_a_thing_gives_way_to_the_act_s_derived_noun() -> None:
    assert act_noun("mitred", MITRE) == "mitration"


def test_without_a_named_thing_the_bare_noun_stays() -> None:
    texts = [t.replace("the Great Mitre", "it") for t in MITRE]
    assert act_noun("mitred", texts) == "mitre"


def test_a_derived_noun_written_once_does_not_win() -> None:
    texts = [t.replace("; every mitration since 1700 has used it", "") for t in MITRE]
    assert act_noun("mitred", texts) == "mitre"


def test_an_attack_stays_an_attack() -> None:
    texts = [
        "Gunmen attacked a market in Lusca on Friday.",
        "The attack killed four people, and the attack was condemned by the Lusca Council.",
        "Police said the attackers attacked from two sides.",
    ]
    assert act_noun("attacked", texts) == "attack"


@pytest.mark.parametrize(
    ("head", "verbs", "forms"),
    [
        ("coronation", ["crowned"], (("en", "crowned"),)),
        ("mitration", ["mitred"], ()),  # "mitr-": the stem's forms join it already
        ("shooting", ["shot"], ()),  # no bare form before an inflection
        ("attack", ["attacked"], ()),  # the verb's own noun
    ],
)
def test_a_verb_whose_derived_noun_has_a_stem_of_its_own_is_the_event_s_too(
    head: str, verbs: list[str], forms: tuple[tuple[str, str], ...]
) -> None:
    assert verb_forms(head, verbs) == forms
