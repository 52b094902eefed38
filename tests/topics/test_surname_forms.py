"""A person's other forms (made-up names): a three-word name and another script's two-word
spelling of it are one person, so the bare surname is theirs; in Arabic script a Turkish "c"
is ج, and the surname alone is found as the packet's own full-name match spelled it."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.arabic_names import arabic_uses
from briefing.topics.crossnames import middle_names
from briefing.topics.naming import person_key


def test_a_respelled_given_name_without_the_middle_name_is_the_full_name() -> None:
    full = person_key("Celal Tayfun Korkmazer")
    cyrillic = person_key("Джелал Коркмазер")  # Turkish "c" is Cyrillic "дж"
    assert middle_names([cyrillic, full], {cyrillic}) == [(cyrillic, full)]


def test_a_cut_name_two_full_names_fit_or_another_given_name_joins_none() -> None:
    cyrillic = person_key("Джелал Коркмазер")
    two = [cyrillic, person_key("Celal Tayfun Korkmazer"), person_key("Celal Okan Korkmazer")]
    assert middle_names(two, {cyrillic}) == []
    other = person_key("Tomasz Korkmazer")  # the same surname, another given name
    assert middle_names([other, person_key("Celal Tayfun Korkmazer")], set()) == []


def test_the_bare_surname_is_credited_once_the_spellings_are_one_person() -> None:
    arts = [
        article(
            "en1",
            "Prime Minister Celal Tayfun Korkmazer visited the harbour on Monday.",
            "Korkmazer said the harbour would reopen soon. Korkmazer then left by train.",
        ),
        article("de1", "Ministerpräsident Korkmazer sagte, der Hafen werde bald geöffnet."),
        article("ru1", "Премьер Джелал Коркмазер посетил порт в понедельник."),
    ]
    found = holding(extract_topics(arts), "Korkmazer")
    assert len(found) == 1
    assert "Джелал Коркмазер" in found[0].aliases
    assert set(found[0].articles) == {"en1", "de1", "ru1"}


def test_two_people_sharing_a_surname_stay_two_and_the_surname_alone_is_neither() -> None:
    arts = [
        article(
            "en1",
            "Prime Minister Celal Tayfun Korkmazer visited the harbour on Monday.",
            "His rival Nurcan Korkmazer spoke in the port town on Tuesday.",
            "Korkmazer said the harbour would reopen soon.",
        ),
        article(
            "en2",
            "Celal Tayfun Korkmazer met dockers. Nurcan Korkmazer met teachers.",
            "Korkmazer later thanked the crowd.",
        ),
    ]
    topics = extract_topics(arts)
    celal = holding(topics, "Celal Tayfun Korkmazer")
    nurcan = holding(topics, "Nurcan Korkmazer")
    assert celal and nurcan and celal[0].id != nurcan[0].id
    assert not holding(topics, "Korkmazer")


def test_a_turkish_c_is_an_arabic_jim_and_the_surname_alone_follows_the_match() -> None:
    full = "قال رئيس الوزراء جلال كوركمازر إن الميناء سيفتح."
    alone = "وأضاف كوركمازر أن العمال بخير."
    found = arabic_uses(
        {"p:k": ["Celal Korkmazer"]}, [("ar1", 0, full), ("ar2", 0, alone)], {"p:k"}
    )
    assert [(o.article, o.surface) for o in found["p:k"]] == [
        ("ar1", "جلال كوركمازر"),
        ("ar2", "كوركمازر"),
    ]


def test_no_arabic_surname_alone_without_a_full_match_or_of_few_consonants() -> None:
    alone = "وأضاف كوركمازر أن العمال بخير."
    assert arabic_uses({"p:k": ["Celal Korkmazer"]}, [("ar2", 0, alone)], {"p:k"}) == {}
    # "حسن" (three root letters, also "good") is never looked for alone
    full = "قال الوزير مصطفى حسن إن الوضع حسن."
    found = arabic_uses({"p:h": ["Mustafa Hassan"]}, [("ar1", 0, full)], {"p:h"})
    assert [o.surface for o in found["p:h"]] == ["مصطفى حسن"]
    # the "c" of "ch" is no ج: "Christa" is not "جريستا"
    text = "جريستا دولمنتر"
    assert arabic_uses({"p:c": ["Christa Dolmenter"]}, [("x", 0, text)], {"p:c"}) == {}


def test_a_family_name_with_the_arabic_article_is_never_looked_for_alone() -> None:
    full = "قال الوزير سليم بن راشد الفاروقي إن الميناء سيفتح."
    alone = "وأضاف الفاروقي أن العمال بخير."  # a brother or a father bears it too
    found = arabic_uses(
        {"p:s": ["Salim bin Rashid Al Farouqi"]}, [("ar1", 0, full), ("ar2", 0, alone)], {"p:s"}
    )
    assert {o.article for o in found.get("p:s", [])} <= {"ar1"}
