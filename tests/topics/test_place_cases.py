"""Case endings glued to a place's name (Hungarian, Estonian, Romanian, Greek) are the place.

Every text here is written for the test; the toy gazetteers name invented places.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.place_cases import case_rules, uninflected

_KNOWN = {"Velmora": "Velmora", "Ostrana": "Ostrana", "Kardest": "Kardest", "Βελμόρα": "Velmora"}


def _place(surface: str, *languages: str) -> str | None:
    return uninflected(surface, case_rules(frozenset(languages)), _KNOWN.get)


def test_hungarian_endings_with_the_lengthened_vowel_and_the_doubled_consonant() -> None:
    assert _place("Kardestben", "hu") == "Kardest"
    assert _place("Velmorában", "hu") == "Velmora"  # a → á before the ending
    assert _place("Velmorát", "hu") == "Velmora"
    assert _place("Kardesttel", "hu") == "Kardest"  # -vel after t: "tt"
    # One letter after a consonant is no ending: a name that happens to start like a place.
    assert _place("Kardestt", "hu") is None
    assert _place("Kardesti", "hu") is None


def test_romanian_articles_and_genitives() -> None:
    assert _place("Kardestului", "ro") == "Kardest"
    assert _place("Ostranei", "ro") == "Ostrana"
    assert _place("Kardestul", "ro") == "Kardest"
    assert _place("Ostrei", "ro") is None  # "Ostra" is no place: nothing is guessed


def test_estonian_endings_and_no_greek_ones() -> None:
    assert _place("Βελμόρας", "el") is None
    assert _place("Velmoras", "et") == "Velmora"
    assert _place("Velmorasse", "et") == "Velmora"


def test_only_the_briefing_s_languages_apply_and_only_to_a_capitalised_word() -> None:
    assert _place("Kardestben", "en", "de") is None
    assert _place("Kardestben", "ro") is None
    assert _place("kardestben", "hu") is None  # lower case: an adjective or a common word
    assert _place("Velmorában Ostra", "hu") is None  # one word only


def test_the_gazetteer_reads_case_forms_of_real_places_in_the_packet_s_languages() -> None:
    hungarian = gazetteer_for(frozenset({"en", "hu"}))
    assert hungarian.place("Bukarestben") == hungarian.place("Bucharest")
    assert hungarian.place("Romániában") == "Romania"
    assert gazetteer_for(frozenset({"en", "de"})).place("Bukarestben") is None


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_city_in_a_hungarian_case_form_is_the_city() -> None:
    english = [
        _in("en", n, f"On day {n}, Dara Velkin spoke to voters in Budapest.") for n in range(3)
    ]
    hungarian = [
        _in("hu", n, f"A {n}. napon a választók Budapesten várták a jelöltet.") for n in range(3, 6)
    ]
    topics = extract_topics(english + hungarian)
    assert {t.id for t in holding(topics, "Budapesten")} == {
        t.id for t in holding(topics, "Budapest")
    }
    assert holding(topics, "Budapest")[0].kind == "place"


def test_a_person_s_name_in_greek_letters_stays_that_person() -> None:
    """A name in Greek letters with no title before it, whose words are no Greek given name,
    is still the person the Latin-script articles name so."""
    english = [
        _in("en", n, f"On day {n}, the mayor Sorin Dan met the press, and Sorin Dan smiled.")
        for n in range(3)
    ]
    greek = [_in("el", n, f"Την ημέρα {n} μίλησε ο Σορίν Νταν στον Τύπο.") for n in range(3, 6)]
    topics = extract_topics(english + greek)
    people = holding(topics, "Sorin Dan")
    assert len(people) == 1 and people[0].kind == "person"
    assert "Σορίν Νταν" in people[0].aliases


def test_a_greek_name_like_no_latin_person_is_not_made_one() -> None:
    from briefing.topics.candidates import Candidates, Occurrence
    from briefing.topics.greek_respell import latin_keys
    from briefing.topics.head_nouns import _latin_people

    cands = Candidates()
    cands.names.append(("person", Occurrence("a", 0, 0, 9, "Sorin Dan"), False))
    cands.names.append(("person", Occurrence("b", 0, 0, 10, "Sorin Danescu"), False))
    known = _latin_people(cands)
    assert latin_keys("Σορίν Νταν") & known
    assert not latin_keys("Σορίν Ντόλε") & known  # another surname: another person
    assert not latin_keys("Σορίν") & known  # a given name alone is no full name
