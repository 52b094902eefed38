"""A long name one text writes with a double letter halved is one name ("Vestrafjall",
"Vestrafjal"). Every word and text here is written for the test."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.doubled_letters import doubled_letter_groups, halved


def test_halved_double_letters() -> None:
    assert halved("vestrafjall") == {"vestrafjal"}
    assert halved("ballotta") == {"balotta", "ballota"}
    assert halved("ostrana") == set()


def test_words_one_halved_double_letter_apart_are_joined_under_the_most_written() -> None:
    uses = {"Vestrafjal": [1], "Vestrafjall": [2, 3], "Ostrana": [4]}
    assert doubled_letter_groups(uses) == {"Vestrafjall": [1, 2, 3], "Ostrana": [4]}


def test_look_alikes_stay_apart() -> None:
    # Short words: one letter makes another word.
    assert doubled_letter_groups({"Pollo": [1], "Polo": [2]}) == {"Pollo": [1], "Polo": [2]}
    # A changed letter, a plural or case ending, a deleted single letter: other words.
    for a, b in (
        ("Carolinas", "Carolines"),
        ("Brandenburg", "Brandenburgs"),
        ("Velmorenta", "Velmoreta"),
    ):
        assert doubled_letter_groups({a: [1], b: [2]}) == {a: [1], b: [2]}


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_name_each_article_spells_its_own_way_is_one_topic() -> None:
    articles = [
        _in(
            "en",
            0,
            "The new fissure is a few kilometres west of Vestrafjall, which slept for years.",
        ),
        _in(
            "fr", 1, "Le volcan Vestrafjal avait ouvert une fissure en décembre, selon les experts."
        ),
        _in("en", 2, "Rain fell over the harbour of Velmora all day, and the roads were shut."),
    ]
    found = holding(extract_topics(articles), "Vestrafjall")
    assert len(found) == 1 and "Vestrafjal" in found[0].aliases
    assert {m.article_id for m in found[0].mentions} == {"000", "001"}
