"""The main event's act is a noun the text uses, never a verb (made-up texts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_noun import act_forms, act_noun, object_preposition, on_target
from briefing.topics.events import main_event

TRIED_EN = [
    "A gunman tried to assassinate Governor Okafor in Brenvik.",
    "The assassination attempt shocked the town.",
    "The assassin fled; police said the assassination attempt was planned.",
]


def test_an_english_verb_gives_way_to_the_noun_of_the_attempt() -> None:
    assert act_noun("assassinate", TRIED_EN) == "assassination attempt"


def test_an_agent_noun_of_the_same_root_is_not_the_act() -> None:
    texts = ["A man tried to assassinate Okafor.", "The assassin fled.", "The assassin hid."]
    assert act_noun("assassinate", texts) is None


@pytest.mark.parametrize(
    ("word", "texts", "noun"),
    [
        (
            "stormed",
            [
                "Protesters stormed the palace.",
                "The storming of the palace lasted hours.",
                "After the storming, calm.",
            ],
            "storming",
        ),
        (
            "attacked",
            ["Gunmen attacked the hall.", "The attack killed ten.", "After the attack, mourning."],
            "attack",
        ),
    ],
)
def test_a_participle_gives_way_to_its_noun(word: str, texts: list[str], noun: str) -> None:
    assert act_noun(word, texts) == noun


def test_a_verb_without_a_noun_in_the_text_names_nothing() -> None:
    assert act_noun("stormed", ["Protesters stormed the palace.", "They stormed it twice."]) is None


@pytest.mark.parametrize(
    ("word", "texts"),
    [
        ("attack", ["The attack on the bank.", "They attack at night.", "An attack again."]),
        ("heist", ["The heist at the museum.", "Thieves planned a heist."]),
        ("blockade", ["Talks on the grain blockade stalled.", "Grain blockade costs rose."]),
    ],
)
def test_a_noun_or_a_word_never_written_as_a_verb_stays(word: str, texts: list[str]) -> None:
    assert act_noun(word, texts) == word


@pytest.mark.parametrize(
    ("word", "texts", "language", "noun"),
    [
        (
            "assassiner",
            [
                "Un homme a tenté d'assassiner le maire.",
                "La tentative d'assassinat a choqué la ville.",
                "Après la tentative d’assassinat, le maire est à l'hôpital.",
            ],
            "fr",
            "tentative d'assassinat",
        ),
        (
            "asesinar",
            [
                "Un hombre intentó asesinar al alcalde.",
                "El intento de asesinato conmocionó a la ciudad.",
                "Tras el intento de asesinato, el alcalde sigue en el hospital.",
            ],
            "es",
            "intento de asesinato",
        ),
        (
            "штурмовали",
            ["Протестующие штурмовали дворец.", "Штурм дворца длился час.", "После штурма тихо."],
            "ru",
            "штурм",
        ),
    ],
)
def test_other_languages_name_the_act_by_their_noun(
    word: str, texts: list[str], language: str, noun: str
) -> None:
    assert act_noun(word, texts, language) == noun


def test_a_russian_noun_stays_and_an_unrelated_noun_is_no_act_of_the_verb() -> None:
    assert act_noun("штурм", ["Штурм дворца.", "После штурма."], "ru") == "штурм"
    # "покушение" (an attempt) is no noun of "застрелить" (to shoot dead): nothing is said.
    texts = ["Он пытался застрелить мэра.", "Покушение на мэра.", "После покушения."]
    assert act_noun("застрелить", texts, "ru") is None


def test_the_person_the_act_was_done_to_is_its_target() -> None:
    leads = ["An attempt on Governor Ama Okafor's life failed.", "The attempt on Okafor’s life."]
    assert on_target(leads, "attempt", "Okafor") == " on Okafor’s life"
    assert on_target(["The attack on Okafor."], "attack", "Okafor") == " on Okafor"
    # "Okafor's attack on the city": her act, not one done to her.
    assert on_target(["Okafor's attack on the city."], "attack", "Okafor") is None


def _dated(n: int, day: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, day))


def test_the_main_event_is_never_a_person_s_verb() -> None:
    articles = [
        _dated(
            0,
            3,
            "Gunman tries to assassinate Governor Okafor",
            "A gunman tried to assassinate Governor Ama Okafor on Monday, police said.",
        ),
        _dated(
            1,
            3,
            "Governor Okafor wounded",
            "Ama Okafor was wounded when a man tried to assassinate her outside a library. "
            "The assassination attempt on Governor Okafor stunned the region.",
        ),
        _dated(
            2,
            4,
            "Okafor stable after attempt to assassinate her",
            "Doctors said Ama Okafor was stable a day after the man tried to assassinate her.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name == "Assassination attempt on Okafor, 3–4 Mar 2031"


def test_a_french_noun_shaped_like_an_infinitive_stays_a_noun() -> None:
    texts = ["Le dîner officiel a eu lieu au palais.", "Après le dîner, un discours."]
    assert act_noun("dîner", texts, "fr") == "dîner"
    # Written only after "de", an infinitive with no noun of its root names nothing.
    assert act_noun("assassiner", ["Il a tenté d'assassiner le maire."], "fr") is None


def _french(n: int, day: int, title: str, text: str) -> Article:
    return replace(_dated(n, day, title, text), language="fr")


def test_a_french_packet_names_the_attempt_not_the_infinitive() -> None:
    """Before: "Garnier’s d'assassiner in Lyon" (an infinitive with its elided "de")."""
    articles = [
        _french(
            0,
            3,
            "Un homme tente d'assassiner Amélie Garnier",
            "Un homme a tenté d'assassiner Amélie Garnier lundi soir à Lyon.",
        ),
        _french(
            1,
            3,
            "Il voulait assassiner Amélie Garnier",
            "Un homme a voulu assassiner Amélie Garnier lundi à Lyon. "
            "La tentative d'assassinat a choqué la ville.",
        ),
        _french(
            2,
            4,
            "Tentative d'assassiner Garnier: le suspect parle",
            "Amélie Garnier est hospitalisée à Lyon. L'homme voulait assassiner Garnier; "
            "la tentative d'assassinat était préparée.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Tentative d'assassinat")
    assert "assassiner" not in name


def test_an_attempt_on_a_life_is_not_the_person_s_attempt() -> None:
    """Before: "Okafor’s attempt in Plovdiv", as if she had attempted something."""
    articles = [
        _dated(
            0,
            3,
            "Attempt on Governor Okafor's life in Plovdiv",
            "A gunman made an attempt on Governor Ama Okafor's life in Plovdiv on Monday.",
        ),
        _dated(
            1,
            3,
            "Okafor survives attempt on her life",
            "Ama Okafor survived an attempt on her life outside a library in Plovdiv.",
        ),
        _dated(
            2,
            4,
            "Suspect charged over attempt",
            "Police charged a man over the attempt on Okafor's life in Plovdiv.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name == "Attempt on Okafor’s life in Plovdiv, 3–4 Mar 2031"


def test_the_other_forms_of_the_act_share_its_stem() -> None:
    texts = ["Crowds stormed the hall in Varna.", "After the storming, stones lay about."]
    forms = act_forms("storming", texts)
    assert "stormed" in forms and "storming" not in forms and "stones" not in forms


def test_a_noun_shaped_like_a_participle_stays_where_the_text_writes_it_as_one() -> None:
    texts = ["L'attentato contro il sindaco.", "Dopo l'attentato, la città tace."]
    assert act_noun("attentato", texts, "it") == "attentato"
    assert act_noun("seabed", ["The seabed shook.", "A seabed survey."]) == "seabed"


def test_the_object_preposition_is_the_leads_own_and_of_when_they_write_none() -> None:
    hostile = ["Police called it an attempt on the governor.", "The attempt on the convoy failed."]
    assert object_preposition(hostile, "attempt") == "on"
    assert object_preposition(hostile, "assassination attempt") == "on"
    # "of" outweighs a stray "on" ("the arrest on Monday" is a day, not an object).
    arrests = ["The arrest of the mayor on Monday.", "After the arrest of Ama Okafor, protests."]
    assert object_preposition(arrests, "arrest") == "of"
    # The English leads write only the verb ("was enthroned"): the general preposition.
    assert object_preposition(["The queen was enthroned in the cathedral."], "enthronement") == "of"
    # … but a noun English joins with "on" keeps it: "an attempt on the governor".
    assert (
        object_preposition(["Gunmen tried to kill the governor."], "assassination attempt") == "on"
    )
