"""One person across scripts when the spelling follows the sound (made-up names): an English
short "u" is Cyrillic "а", a Cyrillic surname that is also a common word's plural is not
lemmatised into that word, Arabic script writes a Latin name's consonants, and a run ending
in a plural acronym is a group of people, never a person."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.arabic_names import arabic_uses, consonants
from briefing.topics.naming import person_key
from briefing.topics.person_spellings import same_person, short_u


def test_an_english_short_u_is_a_cyrillic_a() -> None:
    assert short_u("trus") == "tras" and short_u("hunt") == "hant"
    assert short_u("louvre") == "louvre"  # "ou" is no short "u"
    assert same_person(person_key("Джереми Хант"), person_key("Jeremy Hunt"), across=True)
    assert same_person(person_key("Мэри Таллс"), person_key("Mary Tulls"), across=True)
    # the given names must be one name; written in one script, no sound is heard
    assert not same_person(person_key("Роберт Таллс"), person_key("Mary Tulls"), across=True)
    assert not same_person(person_key("Mary Talls"), person_key("Mary Tulls"))


def test_a_surname_that_is_a_common_plural_keeps_its_letters() -> None:
    # "Трасс" is also the genitive plural of "трасса" (a road): a name is singular
    assert person_key("Мэри Трасс") == "p:meri tras"
    assert person_key("Ивана Петрова") == person_key("Иван Петров")  # names still decline


def test_one_person_named_in_latin_and_cyrillic_letters() -> None:
    arts = [
        article("a1", "Mary Tulls resigned on Monday. Mary Tulls spoke outside parliament."),
        article("a2", "Мэри Таллс ушла в отставку в понедельник. Мэри Таллс выступила."),
    ]
    found = holding(extract_topics(arts), "Mary Tulls")
    assert len(found) == 1 and "Мэри Таллс" in found[0].aliases


def test_arabic_script_writes_the_consonants_of_a_latin_name() -> None:
    assert consonants("Starmer") == consonants("ستارمر") == "strmr"
    assert consonants("Graham") == consonants("جراهام")
    text = "وقال زعيم الحزب السير كيث دارمر، إن الانتخابات ضرورية."
    found = arabic_uses({"p:k": ["Keith Darmer"], "p:x": ["Tom Lee"]}, [("ar1", 0, text)])
    assert [(o.article, o.surface) for o in found["p:k"]] == [("ar1", "كيث دارمر")]
    assert "p:x" not in found
    # a surname alone, or a name whose words are not side by side, is not looked for
    assert arabic_uses({"p:k": ["Darmer"]}, [("ar1", 0, text)]) == {}
    apart = "كيث، دارمر"
    assert arabic_uses({"p:k": ["Keith Darmer"]}, [("ar1", 0, apart)]) == {}


def test_two_people_of_one_skeleton_are_not_looked_for() -> None:
    text = "كيث دارمر"
    assert arabic_uses({"p:a": ["Keith Darmer"], "p:b": ["Kath Dormer"]}, [("x", 0, text)]) == {}


def test_a_plural_acronym_ends_no_persons_name() -> None:
    arts = [
        article("a1", "Dozens of Velmar MPs voted against the plan on Tuesday night."),
        article("a2", "The Velmar MPs met again; Velmar MPs said they would vote."),
    ]
    topics = extract_topics(arts)
    assert not [t for t in topics if t.kind == "person" and "MPs" in t.name]


def test_a_joined_preposition_is_no_part_of_the_name() -> None:
    text = "وقالت لكيث دارمر إن الحزب"
    found = arabic_uses({"p:k": ["Keith Darmer"]}, [("ar1", 0, text)])
    assert [o.surface for o in found["p:k"]] == ["كيث دارمر"]


def test_an_arabic_article_adds_a_use_to_a_person_named_once_in_latin_letters() -> None:
    latin = [
        article(f"e{n}", f"Officials met on Monday in the capital to discuss item {n}.")
        for n in range(8)
    ]
    arts = [
        *latin,
        article("e8", "Opposition leader Keith Darmer demanded an early election at once."),
        article("a1", "طالب زعيم المعارضة كيث دارمر بإجراء انتخابات مبكرة."),
    ]
    found = holding(extract_topics(arts), "Keith Darmer")
    assert len(found) == 1 and found[0].kind == "person"
    assert "كيث دارمر" in found[0].aliases


def test_a_given_name_of_vowels_only_meets_an_arabic_one_of_none() -> None:
    text = "كما غنت آية توميكورا على الجسر"
    found = arabic_uses({"p:a": ["Aya Tomikura"]}, [("ar1", 0, text)])
    assert [o.surface for o in found["p:a"]] == ["آية توميكورا"]
    # the vowel-only word must be a word without consonants there too, and side by side
    assert arabic_uses({"p:a": ["Aya Tomikura"]}, [("ar1", 0, "ثم توميكورا")]) == {}
    # a surname with no consonants is never looked for ("Ayo Oyaa")
    assert arabic_uses({"p:o": ["Tomikura Oya"]}, [("ar1", 0, "توميكورا أيا")]) == {}
