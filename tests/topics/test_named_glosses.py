"""A name glossed by another name in brackets right after it is one thing (invented names
and texts): "Zorblax (Zorb Locker)". Look-alikes: a place in brackets, a person's name
glossed by a body, an acronym in brackets, a bracket holding more than the name."""

from __future__ import annotations

from collections import Counter

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.named_glosses import gloss_name_pairs


def _pairs(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """The pairs in one paragraph ``text`` whose names are ``names`` (surface → kind)."""
    occurrences: dict[str, list[Occurrence]] = {}
    kinds: dict[str, Counter[str]] = {}
    for surface, kind in names.items():
        start = text.index(surface)
        key = ("g:" if kind == "place" else "n:") + surface.lower()
        occurrences[key] = [Occurrence("a", 0, start, start + len(surface), surface)]
        kinds[key] = Counter({kind: 1})
    return gloss_name_pairs(occurrences, kinds, {("a", 0): text}, lambda k: k)


def test_a_bracketed_name_glosses_the_name_before_it() -> None:
    names = {"Zorblax": "organisation", "Zorb Locker": "organisation"}
    assert _pairs("Das Programm Zorblax (Zorb Locker) sperrt Rechner.", names) == [
        ("n:zorblax", "n:zorb locker")
    ]


def test_no_place_no_person_no_acronym_no_longer_bracket() -> None:
    body = {"Vornholt": "organisation"}
    assert _pairs("Die Firma Vornholt (Ostmark) wuchs.", body | {"Ostmark": "place"}) == []
    lina = {"Lina Varga": "person", "Zorbcorp": "organisation"}
    assert _pairs("Sprecherin Lina Varga (Zorbcorp) sagte das.", lina) == []
    assert _pairs("Die Firma Vornholt (VHT) wuchs.", body | {"VHT": "organisation"}) == []
    more = body | {"Zorbcorp": "organisation"}
    assert _pairs("Die Firma Vornholt (früher Zorbcorp) wuchs.", more) == []
    assert _pairs("Die Firma Vornholt (Zorbcorp und andere) wuchs.", more) == []


def test_the_two_names_make_one_topic() -> None:
    topics = extract_topics(
        (
            article("001", "The malware Zorblax (Zorb Locker) spread quickly on Friday."),
            article("002", "Experts said Zorblax had hit hospitals across the region."),
            article("003", "A program called Zorb Locker locked files on many computers."),
            article("004", "Security firms traced Zorblax to an old flaw, officials said."),
        )
    )
    held = [t for t in topics if {"Zorblax", "Zorb Locker"} & set(t.aliases)]
    assert len(held) == 1, [(t.name, t.aliases) for t in topics]
