"""One body defined under two acronyms in two languages, its long names translations.

Every text here is written for the test (invented bodies, people and places).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.acronym_translations import acronym_translations, one_left
from briefing.topics.languages import function_words
from briefing.topics.naming import name_key

_CLOSED = function_words("en") | function_words("fr") | function_words("es") | {"of", "for"}
_PEOPLES = {"russian", "russe", "rusa", "swiss", "suisse", "ukraine", "europeenne", "european"}


def _place(word: str) -> bool:
    return word in _PEOPLES


def _pairs(definitions: list[tuple[str, str, str]]) -> set[frozenset[str]]:
    seen_in = {name_key(long): {language} for long, _, language in definitions}
    found = acronym_translations(
        [(long, short) for long, short, _ in definitions],
        seen_in,
        name_key,
        lambda key: key,
        _place,
        frozenset(_CLOSED),
    )
    return {frozenset(pair) for pair in found}


def _one(a: str, b: str) -> frozenset[str]:
    return frozenset((name_key(a), name_key(b)))


def test_two_acronyms_of_one_translated_body_join() -> None:
    pairs = _pairs(
        [
            ("Tribunal of Mediation for Rowing", "TMR", "en"),
            ("Cour de médiation du rowing", "CMR", "fr"),
        ]
    )
    assert pairs == {_one("Tribunal of Mediation for Rowing", "Cour de médiation du rowing")}
    # Another script: the words romanised ("Олимпийский" / "Olympic").
    pairs = _pairs(
        [
            ("Velmoran Olympic Council", "VOC", "en"),
            ("Вельморанский олимпийский совет", "ВОС", "ru"),
        ]
    )
    assert pairs == {_one("Velmoran Olympic Council", "Вельморанский олимпийский совет")}


def test_a_national_body_never_joins_the_world_one() -> None:
    # The word left over is a people's: "rusa" is no "mondial".
    assert not _pairs(
        [
            ("Agence mondiale antirowing", "AMA", "fr"),
            ("Agencia Rusa Antirowing", "ARA", "es"),
        ]
    )
    assert one_left(["agence", "suisse", "rowing"], ["agency", "russian", "rowing"], _place) is None


def test_one_word_alike_in_three_or_two_words_is_not_enough() -> None:
    # "Bank" / "Banque" alike, the other two words not: two banks.
    assert not _pairs(
        [
            ("Velmora Central Bank", "VCB", "en"),
            ("Banque nationale ostrienne", "BNO", "fr"),
        ]
    )
    # Two words with one translated: too few words to tell.
    assert not _pairs([("Rowing Court", "RC", "en"), ("Tribunal Rowing", "TR", "fr")])


def test_one_language_or_the_same_letters_or_two_partners_join_nothing() -> None:
    # Within one language two names are two bodies.
    assert not _pairs(
        [
            ("Tribunal of Mediation for Rowing", "TMR", "en"),
            ("Court of Mediation for Rowing", "CMR", "en"),
        ]
    )
    # Two candidates for one body: a doubt.
    assert not _pairs(
        [
            ("Tribunal of Mediation for Rowing", "TMR", "en"),
            ("Cour de médiation du rowing", "CMR", "fr"),
            ("Sala de mediación del rowing", "SMR", "es"),
        ]
    )


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_body_is_one_topic_under_both_acronyms() -> None:
    english = [
        _in(
            "en",
            n,
            f"On day {n} the Tribunal of Mediation for Rowing (TMR) heard Marek Ostrowin.",
            f"The TMR said on day {n} that Ostrowin would row again in Velmora.",
        )
        for n in range(3)
    ]
    french = [
        _in(
            "fr",
            n,
            f"Le jour {n}, la Cour de médiation du rowing (CMR) a entendu Marek Ostrowin.",
            f"La CMR a dit le jour {n} qu'Ostrowin ramerait de nouveau à Velmora.",
        )
        for n in range(3, 6)
    ]
    topics = extract_topics(english + french)
    held = {t.id for t in holding(topics, "TMR")}
    assert len(held) == 1
    assert held == {t.id for t in holding(topics, "CMR")}
