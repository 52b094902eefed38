"""A party the packet names in capitals joins its name written in lower case in another
language (:mod:`briefing.topics.lowercase_parties`).

Every text here is written for the test (invented places, parties and people).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.lowercase_parties import lowercase_parties, party_name
from briefing.topics.naming import name_key

_LANGUAGES = {"fr1": "fr", "it1": "it", "ru1": "ru", "en1": "en", "de1": "de", "es1": "es"}
_AGRARIAN = name_key("Agrarian Party")


def _found(text: str, article_id: str, targets: dict[str, set[str]]) -> list[tuple[str, str]]:
    found = lowercase_parties([(article_id, 0, text)], _LANGUAGES, targets)
    return [(key, occ.surface) for key, occ in found]


def test_a_party_name_is_two_words_one_a_partys_noun() -> None:
    assert party_name("Agrarian Party") and party_name("Partito Agrario")
    assert not party_name("Agrarian League") and not party_name("Velmora Agrarian Party")


def test_the_listed_party_in_lower_case_in_other_languages() -> None:
    targets = {_AGRARIAN: {"en"}}
    text = "Le congrès du parti agrarien se tiendra à Velmora en mars."
    assert _found(text, "fr1", targets) == [(_AGRARIAN, "parti agrarien")]
    text = "Il leader del partito agrario ha parlato a Velmora."
    assert _found(text, "it1", targets) == [(_AGRARIAN, "partito agrario")]
    text = "Лидер аграрная партия выступил в Вельморе."
    assert _found(text, "ru1", targets) == [(_AGRARIAN, "аграрная партия")]


def test_an_adjective_of_a_person_or_another_party_is_no_party() -> None:
    targets = {_AGRARIAN: {"en"}}
    # "agrarian" describing a person, and a party of another adjective
    assert _found("Un député agrarien a parlé à Velmora.", "fr1", targets) == []
    assert _found("Le parti socialiste a parlé à Velmora.", "fr1", targets) == []
    # a language that capitalises names: lower case there is any such party
    assert _found("They hope to found an agrarian party in Velmora.", "en1", targets) == []
    assert _found("Sie wollen eine agrarische Partei gründen.", "de1", targets) == []
    # a language the name is written in: it writes the name when it means it
    assert _found("Le parti agrarien a parlé.", "fr1", {_AGRARIAN: {"fr"}}) == []
    # two listed parties fit: a doubt, nothing joined
    two = {_AGRARIAN: {"en"}, name_key("Agrarian Parti"): {"en"}}
    assert _found("Le parti agrarien a parlé.", "fr1", two) == []


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_party_one_english_article_names_is_a_topic_with_its_french_name() -> None:
    topics = extract_topics(
        [
            _in("en", 0, "The Agrarian Party will choose a new leader in Velmora by March."),
            _in("fr", 1, "Le congrès du parti agrarien aura lieu à Velmora en mars."),
            _in("fr", 2, "La ville de Velmora a voté dimanche, selon les résultats."),
        ]
    )
    party = [t for t in topics if "Agrarian Party" in t.aliases]
    assert len(party) == 1 and "parti agrarien" in party[0].aliases
