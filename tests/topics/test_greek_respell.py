"""A Spanish or Portuguese name written in Greek letters by ear is the name in Latin letters;
two people who share a surname stay two. Invented people, texts written for the test."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.greek_respell import greek_keys, greek_pairs
from briefing.topics.person_spellings import same_person


def test_greek_sounds_are_spelled_the_latin_ways() -> None:
    assert "p:mateo chamizo" in greek_keys("Ματέο Τσαμίθο")  # τσ = "ch", θ = "z"
    assert "p:julia montegordo" in greek_keys("Χούλια Μοντεγκόρδο")  # χ = "j", ντ, γκ
    assert "p:nikos papadakis" in greek_keys("Νίκος Παπαδάκης")  # plain letters stay
    assert greek_keys("Mateo Chamizo") == set()  # Latin letters: nothing to respell


def _occ(n: int, surface: str) -> Occurrence:
    return Occurrence(f"{n:03d}", 0, 0, len(surface), surface)


def test_a_greek_name_pairs_with_the_one_latin_person_it_spells() -> None:
    sightings = {
        "p:mateo tsamitho": [_occ(0, "Ματέο Τσαμίθο")],
        "p:mateo chamizo": [_occ(1, "Mateo Chamizo")],
        "p:andres chamizo": [_occ(2, "Andrés Chamizo")],  # his brother: another person
        "p:serxio tsamitho": [_occ(3, "Σέρχιο Τσαμίθο")],  # no Sergio in Latin letters
    }
    pairs = greek_pairs(sightings, sightings, same_person)
    assert pairs == [("p:mateo tsamitho", "p:mateo chamizo")]


def test_two_latin_people_the_greek_could_spell_make_no_pair() -> None:
    sightings = {
        "p:luka tsamitho": [_occ(0, "Λούκα Τσαμίθο")],
        "p:luca chamizo": [_occ(1, "Luca Chamizo")],
        "p:luka chamiso": [_occ(2, "Luka Chamiso")],
    }
    assert greek_pairs(sightings, sightings, same_person) == []


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _owners(topics: tuple[Topic, ...], *surfaces: str) -> set[str]:
    return {t.id for s in surfaces for t in holding(topics, s)}


def test_one_person_in_greek_spanish_and_english_is_one_topic() -> None:
    articles = [
        _in("es", n, "El ministro Mateo Chamizo visitó Velmora el martes.") for n in range(3)
    ]
    articles += [_in("en", 3, "Minister Mateo Chamizo and his brother Andrés Chamizo spoke.")]
    articles += [
        _in("el", n, "Ο υπουργός της Ισπανίας Ματέο Τσαμίθο επισκέφθηκε τη Βελμόρα.")
        for n in range(4, 6)
    ]
    topics = extract_topics(articles)
    greek = _owners(topics, "Ματέο Τσαμίθο")
    assert greek and greek == _owners(topics, "Mateo Chamizo"), [t.aliases for t in topics]
    assert not _owners(topics, "Andrés Chamizo") & _owners(topics, "Ματέο Τσαμίθο")
