"""One person's ages across scripts, joined by the packet's person topics.

Fixtures are written for these tests (no article text). The topics are given, as the reader
gives its cached ones, so that what is tested is the joining, not the topic extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.age_topics import one_person_by_topic, read_once
from briefing.model import Article, Topic


def _person(topic_id: str, *aliases: str) -> Topic:
    return Topic(topic_id, aliases[0], "person", aliases, ())


def _ages(topics: list[Topic], *articles: Article) -> list[Discrepancy]:
    def given(_: Sequence[Article]) -> Iterable[Topic]:
        return topics

    found = find_discrepancies(articles, topics=given)
    return [d for d in found if d.kind == "figure" and "age of" in d.subject]


_MARSK = _person("marsk", "Lena Marsk", "Лена Марск", "Λένα Μαρσκ", "Marsk")
_LATIN = in_language("en", "a", "Mayor Lena Marsk, aged 61, opened the bridge on Friday.")
_CYRILLIC = in_language("ru", "b", "Мост открыла 64-летняя мэр Лена Марск.")


def test_one_person_in_two_scripts_with_two_ages_disagrees() -> None:
    (found,) = _ages([_MARSK], _LATIN, _CYRILLIC)
    assert {frozenset(c.article_ids) for c in found.claims} == {frozenset("a"), frozenset("b")}
    assert {re.sub(r"\D", "", c.value) for c in found.claims} == {"61", "64"}
    # Without a topic that holds both names, the scripts stay apart (a surname is another
    # word in another script).
    assert _ages([], _LATIN, _CYRILLIC) == []
    assert _ages([_person("marsk", "Lena Marsk")], _LATIN, _CYRILLIC) == []


def test_two_people_of_two_scripts_are_never_joined() -> None:
    dar = _person("dar", "Ivo Dar", "Ίβο Νταρ")
    greek = in_language("el", "c", "Ο 64χρονος Ίβο Νταρ εγκαίνιασε τη γέφυρα.")
    assert _ages([_MARSK, dar], _LATIN, greek) == []
    # The Greek age is read, and would be compared if one topic held both names.
    joined = _person("marsk", "Lena Marsk", "Ίβο Νταρ")
    assert len(_ages([joined], _LATIN, greek)) == 1


def test_the_same_age_in_two_scripts_is_silent() -> None:
    same = in_language("ru", "d", "Мост открыла 61-летняя мэр Лена Марск.")
    assert _ages([_MARSK], _LATIN, same) == []


def test_a_surname_of_two_person_topics_or_of_a_lone_alias_stays_apart() -> None:
    ages = [("LATIN marsk", frozenset({"marsk"})), ("CYRILLIC марск", frozenset({"марск"}))]
    other = _person("other", "Olga Marsk", "Ольга Марск")
    # Two person topics share the surname: whose ages these are is a guess.
    people = one_person_by_topic(ages, [_MARSK, other])
    assert people == {"LATIN marsk": "LATIN marsk", "CYRILLIC марск": "CYRILLIC марск"}
    # A one-word alias ("Марск") is no full name: it may be anyone's.
    lone = _person("marsk", "Lena Marsk", "Марск")
    people = one_person_by_topic(ages, [lone])
    assert people["CYRILLIC марск"] == "CYRILLIC марск"
    # A full name that is not the topic's ("Olga Марск") is not the topic's person.
    olga = [
        ("LATIN marsk", frozenset({"lena", "marsk"})),
        ("CYRILLIC марск", frozenset({"ольга", "марск"})),
    ]
    people = one_person_by_topic(olga, [_MARSK])
    assert people["CYRILLIC марск"] == "CYRILLIC марск"
    # Places are not people, however they are spelt.
    place = Topic("p", "Marsk", "place", ("Lena Marsk", "Лена Марск"), ())
    assert len(set(one_person_by_topic(ages, [place]).values())) == 2
    # One person topic: both keys map to one.
    assert len(set(one_person_by_topic(ages, [_MARSK]).values())) == 1


def test_the_topics_are_asked_once_per_set_of_articles() -> None:
    asked: list[int] = []

    def counted(articles: Sequence[Article]) -> Iterable[Topic]:
        asked.append(len(articles))
        return [_MARSK]

    once = read_once(counted)
    assert once([_LATIN, _CYRILLIC]) == (_MARSK,)
    assert once([_LATIN, _CYRILLIC]) == (_MARSK,)
    assert asked == [2]
    once([_LATIN])
    assert asked == [2, 1]
    # The whole finder asks once, though ages of two scripts need the topics.
    asked.clear()
    (_found,) = [
        d for d in find_discrepancies([_LATIN, _CYRILLIC], topics=counted) if "age of" in d.subject
    ]
    assert asked == [2]
