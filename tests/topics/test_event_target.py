"""Whom the main event's act was done to, which word is no act, and the packet's own towns
(made-up texts and names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article, holding

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_noun import act_noun
from briefing.topics.event_target import done_to
from briefing.topics.events import main_event
from briefing.topics.local_towns import towns_as_places


@pytest.mark.parametrize(
    "leads",
    [
        ["A man tried to assassinate Prime Minister Ama Okafor on Monday."],
        ["Okafor was attacked outside the library."],
        ["The attack against Governor Okafor shocked the town."],
    ],
)
def test_the_person_written_as_the_act_s_object_is_its_target(leads: list[str]) -> None:
    assert done_to(leads, ["assassination", "attack"], "Ama Okafor")


@pytest.mark.parametrize(
    ("leads", "act"),
    [
        (["Putin visited Dushanbe on Tuesday.", "The visit of Putin lasted two days."], "visit"),
        (["Okafor attacked the city's budget.", "Her attack was sharp."], "attack"),
        # "of" says neither who did it nor to whom: nothing is decided by it.
        (["The killing of Okafor's dog.", "The killing shocked people."], "killing"),
        # Another person after the verb is not the target.
        (["Okafor tried to assassinate Mayor Brell."], "assassination"),
    ],
)
def test_a_doer_or_an_unrelated_object_is_no_target(leads: list[str], act: str) -> None:
    assert not done_to(leads, [act], "Okafor")


def test_a_noun_the_text_writes_as_tried_names_the_attempt() -> None:
    texts = ["The assassination attempt on Okafor.", "After the assassination attempt, calm."]
    assert act_noun("assassination", texts) == "assassination attempt"
    # No attempt written: the act as the leads write it.
    texts = ["The attack on the hall.", "After the attack, mourning."]
    assert act_noun("attack", texts) == "attack"


def _dated(n: int, day: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, day))


def test_a_body_the_leads_all_name_is_no_act_and_the_target_is_named_after_it() -> None:
    """Before: "Okafor’s police" (the word most leads share was the body that acted)."""
    articles = [
        _dated(
            0,
            3,
            "Okafor shooting: police charge man over assassination attempt",
            "Police charged a man over the assassination attempt on Monday.",
        ),
        _dated(
            1,
            3,
            "Police arrest gunman",
            "A man tried to assassinate Governor Ama Okafor on Monday, police said. "
            "The police arrested him after the assassination attempt.",
        ),
        _dated(
            2,
            4,
            "Police name suspect",
            "The man who attempted to assassinate Governor Ama Okafor was named by police.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None
    assert "police" not in name.casefold()
    assert name.startswith("Assassination attempt on Okafor")


def _topic(ident: str, name: str, kind: str, articles: int, *aliases: str) -> Topic:
    mentions = tuple(Mention(f"a{i}", Span(0, 0, 1), name) for i in range(articles))
    return Topic(ident, name, kind, (name, *aliases), mentions)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("country", "town", "written"),
    [
        ("Slovakia", "Handlová", "Handlova"),  # diacritics dropped by the outlet
        ("Slovakia", "Zvolen", "Zvolen"),
        ("Poland", "Jasło", "Jaslo"),
        ("Germany", "Lüdenscheid", "Ludenscheid"),
    ],
)
def test_a_town_of_the_packet_s_country_is_a_place(country: str, town: str, written: str) -> None:
    topics = [
        _topic("c", country, "place", 6),
        _topic("t", written, "organisation", 3, town),
        _topic("p", "Ama Okafor", "person", 5),
    ]
    found = towns_as_places(topics, 12)
    assert [t.kind for t in found] == ["place", "place", "person"]
    assert found[1].name == town and found[1].id == "t"


def test_a_town_name_stays_a_person_when_it_is_a_given_name_or_another_country_s() -> None:
    topics = [
        _topic("c", "Slovakia", "place", 6),
        _topic("m", "Martin", "person", 3),  # a Slovak town, and a given name
        _topic("l", "Ludenscheid", "organisation", 3),  # Germany's, not the packet's
    ]
    assert [t.kind for t in towns_as_places(topics, 12)] == ["place", "person", "organisation"]
    # A country named by one article of twelve is not what the packet is about.
    few = [_topic("c", "Slovakia", "place", 1), _topic("z", "Zvolen", "organisation", 3)]
    assert towns_as_places(few, 12)[1].kind == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "paper"),
    [
        ("According to Vranovske Noviny, the mayor resigned on Monday.", "en", "Vranovske Noviny"),
        ("Selon Vranovske Noviny, le maire a démissionné lundi.", "fr", "Vranovske Noviny"),
        ("Jak podaje Kurier Podhalański, burmistrz odszedł.", "pl", "Kurier Podhalański"),
        ("The Kelso Gazette reported that the mayor resigned on Monday.", "en", "Kelso Gazette"),
    ],
)
def test_a_newspaper_s_title_is_an_organisation(text: str, language: str, paper: str) -> None:
    """Before: "Vranovske Noviny" was a person (two capitalised words, no given name)."""
    texts = [replace(article(f"00{i}", text), language=language) for i in (1, 2)]
    topics = extract_topics(texts)
    found = holding(topics, paper)
    assert found and all(t.kind == "organisation" for t in found)


def test_a_person_beside_a_newspaper_stays_a_person() -> None:
    text = "Milan Kovar told Vranovske Noviny that he would resign. Milan Kovar left on Monday."
    topics = extract_topics([article("001", text), article("002", text)])
    assert all(t.kind == "person" for t in holding(topics, "Milan Kovar"))


def _in(language: str, n: int, day: int, title: str, text: str) -> Article:
    return replace(_dated(n, day, title, text), language=language)


def test_a_body_in_another_language_is_no_act_either() -> None:
    """Before: "Polizia, 3 Mar 2031" (Italian) and "Ermittelt, 3–4 Mar 2031" (German: its
    nouns are capitalised, so none counted as a common noun and a verb won)."""
    italian = [
        _in(
            "it",
            0,
            3,
            "Brenvik, la polizia arresta un uomo",
            "La polizia ha arrestato lunedì "
            "l'autore dell'attentato contro la governatrice Ama Okafor a Brenvik.",
        ),
        _in(
            "it",
            1,
            3,
            "Attentato a Brenvik: la polizia indaga",
            "La polizia indaga "
            "sull'attentato di lunedì a Brenvik. La governatrice Ama Okafor è ferita.",
        ),
        _in(
            "it",
            2,
            4,
            "La polizia: l'attentato era preparato",
            "Secondo la polizia "
            "l'attentato contro Ama Okafor a Brenvik era preparato da settimane.",
        ),
    ]
    german = [
        _in(
            "de",
            0,
            3,
            "Polizei nimmt Mann fest",
            "Die Polizei hat am Montag nach dem "
            "Attentat auf die Gouverneurin Ama Okafor in Brenvik einen Mann festgenommen.",
        ),
        _in(
            "de",
            1,
            3,
            "Attentat in Brenvik: Polizei ermittelt",
            "Die Polizei ermittelt nach dem Attentat in Brenvik. Ama Okafor wurde verletzt.",
        ),
        _in(
            "de",
            2,
            4,
            "Polizei: Attentat war geplant",
            "Laut Polizei war das Attentat auf Ama Okafor in Brenvik seit Wochen geplant.",
        ),
    ]
    for articles, act in ((italian, "Attentato"), (german, "Attentat")):
        name = main_event(articles, extract_topics(articles))
        assert name is not None and name.startswith(act)
        assert "Okafor’s" not in name
