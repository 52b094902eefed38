"""A one-word name's uses that end a longer listed name are pieces of it (:mod:`.name_tails`).

Every text is written for the test: a made-up firm (Ondal Analytics) in Chinese and English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.topics.candidates import Occurrence
from briefing.topics.name_tails import cut_tails

KINDS = frozenset(["person", "organisation", "place"])


@dataclass
class _Cluster:
    kind: str
    occurrences: list[Occurrence] = field(default_factory=list)


def _at(texts: dict[tuple[str, int], str], place: tuple[str, int], word: str) -> Occurrence:
    at = texts[place].index(word)
    return Occurrence(place[0], place[1], at, at + len(word), word)


def test_the_second_word_of_a_glued_latin_name_is_cut() -> None:
    texts = {
        ("a", 0): "The trading firm Ondal Analytics owes the exchange money.",
        ("b", 0): "申请包括其子公司Ondal Analytics,后者是调查目标。",
    }
    whole = _Cluster("organisation", [_at(texts, ("a", 0), "Ondal Analytics")])
    piece = _Cluster("person", [_at(texts, ("b", 0), "Analytics")])
    cut_tails([whole, piece], KINDS, texts)
    assert piece.occurrences == []
    assert len(whole.occurrences) == 1


def test_a_word_the_packet_writes_alone_or_after_another_word_stays() -> None:
    texts = {
        ("a", 0): "The trading firm Ondal Analytics owes the exchange money.",
        ("b", 0): "Analytics said on Friday it would appeal.",
        ("c", 0): "报告由Brelnik Analytics发布。",
    }
    whole = _Cluster("organisation", [_at(texts, ("a", 0), "Ondal Analytics")])
    alone = _Cluster(
        "organisation", [_at(texts, ("b", 0), "Analytics"), _at(texts, ("c", 0), "Analytics")]
    )
    cut_tails([whole, alone], KINDS, texts)
    assert len(alone.occurrences) == 2


def test_a_longer_form_of_the_same_topic_cuts_nothing() -> None:
    texts = {("a", 0): "Founder Arno Veldt resigned.", ("b", 0): "报道称Arno Veldt已辞职。"}
    person = _Cluster("person", [_at(texts, ("a", 0), "Arno Veldt"), _at(texts, ("b", 0), "Veldt")])
    cut_tails([person], KINDS, texts)
    assert len(person.occurrences) == 2
