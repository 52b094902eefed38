"""Kinds of names that look like people's and are not, and of people that looked like bodies.

Every text here is written for the test (invented craft, towns and people): a one-word name
in apposition to a thing's noun in two languages ("the probe Tarsen", "la sonda Tarsen") is
no person; a Latin word that only a non-Latin language's frequency list counts as common
(romanised Hindi) says nothing of a Latin-script name; a small town's name that the packet
writes as a lower-case word is that word; a given name with an accent the table lacks is
still a given name.
"""

from __future__ import annotations

from briefing.topics.apposed_things import thing_apposed
from briefing.topics.candidates import Occurrence
from briefing.topics.given_names import latin_written, person_or_not
from briefing.topics.head_nouns import thing_named
from briefing.topics.place_kinds import word_not_town


def _uses(name: str, lines: dict[str, str]) -> tuple[list[Occurrence], dict, dict]:
    """Occurrences of ``name`` in one paragraph per article ({article id: text}); the
    language is the article id's prefix ("en1" → "en")."""
    texts = {(a, 0): t for a, t in lines.items()}
    occs = []
    for a, t in lines.items():
        start = t.index(name)
        occs.append(Occurrence(a, 0, start, start + len(name), name))
    return occs, texts, {a: a[:2] for a in lines}


def test_a_name_after_a_things_noun_in_two_languages_is_no_person() -> None:
    occs, texts, languages = _uses(
        "Tarsen",
        {
            "en1": "The probe (Tarsen) released the rover on the plain.",
            "en2": "Engineers said its probe 'Tarsen' was working.",
            "es1": "La sonda Tarsen envió las primeras imágenes.",
        },
    )
    assert thing_apposed(occs, texts, languages)


def test_a_name_after_a_title_or_a_verb_stays_a_person() -> None:
    # A title ("empress") is a person's noun, and "said" is no noun (never after "the").
    occs, texts, languages = _uses(
        "Tarsen",
        {
            "en1": "The empress Tarsen opened the bridge.",
            "en2": "Reporters said Tarsen was tired.",
            "es1": "La emperatriz habló; luego Tarsen se fue.",
        },
    )
    assert not thing_apposed(occs, texts, languages)


def test_one_language_or_no_english_is_not_enough() -> None:
    # French alone: "la reine Tarsen" may be a queen, a title the English list cannot see.
    occs, texts, languages = _uses(
        "Tarsen",
        {
            "fr1": "La reine Tarsen a visité la ville.",
            "fr2": "Selon la reine Tarsen, tout va bien.",
            "es1": "La reina Tarsen llegó ayer.",
        },
    )
    assert not thing_apposed(occs, texts, languages)


def test_most_uses_must_be_constructions() -> None:
    occs, texts, languages = _uses(
        "Tarsen",
        {
            "en1": "The probe Tarsen landed.",
            "es1": "La sonda Tarsen aterrizó.",
            "en2": "Tarsen smiled at the crowd.",
            "en3": "Later Tarsen spoke again.",
            "en4": "Tarsen thanked the team.",
        },
    )
    assert not thing_apposed(occs, texts, languages)


def test_only_latin_written_languages_lend_everyday_words() -> None:
    assert latin_written("en") and latin_written("it") and latin_written("tr")
    assert not latin_written("hi") and not latin_written("ru")
    # "Narendra" is frequent in romanised Hindi only: no Latin-script text's everyday word.
    assert person_or_not(["Narendra", "Velkovar"], "fr", ["hi", "en"]) == "person"
    # An everyday word of Italian in a Spanish text still heads a body.
    assert person_or_not(["Curia", "Vaticana"], "es", ["it"]) == "organisation"


def test_a_small_towns_name_written_as_a_word_is_the_word() -> None:
    # "Lander" is a town of some 20,000 in a Spanish-speaking country, and an English noun.
    assert word_not_town("Lander", "Lander", {"lander", "rover"})
    assert not word_not_town("Lander", "Lander", {"rover"})  # never written lower case
    assert not word_not_town("London", "London", {"london"})  # a city the gazetteer knows
    assert not word_not_town("Nuevo Lander", "Nuevo Lander", {"lander"})  # two words
    assert not word_not_town("Landres", "London", {"landres"})  # another language's name


def test_an_accented_given_name_keeps_a_person() -> None:
    # "Puerta" is an everyday Spanish word; "Vladímir" is "Vladimir" with an accent.
    assert not thing_named(["Vladímir", "Puerta"], "es")
    assert thing_named(["Torre", "Puerta"], "es")
