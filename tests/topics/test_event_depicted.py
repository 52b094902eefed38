"""What an event made of a thing names it whole ("First photo of a comet"), never the thing
alone nor a noun cut from its complement (:mod:`briefing.topics.event_depicted`,
:func:`briefing.topics.sequence_events.of_a_kind`). Invented texts."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.event_depicted import depicted
from briefing.topics.events import main_event, with_main_event
from briefing.topics.sequence_events import of_a_kind, sequence_events

_LEADS = [
    "Astronomers unveiled the first-ever map of a rogue comet on Tuesday.",
    "Team shows map\nA team in Varno has shown the first map of a rogue comet to the press.",
    "A sketch of a rogue comet went round the world. Nobody had seen a rogue comet before.",
]


def test_the_noun_a_thing_completes_names_the_event_with_it() -> None:
    assert depicted("rogue comet", _LEADS) == "first map of a rogue comet"
    # Without a modifier two leads share, the noun and its complement alone.
    assert depicted("rogue comet", [_LEADS[0], _LEADS[2], "A map of a rogue comet."]) == (
        "map of a rogue comet"
    )
    # An adjective may stand between the article and the thing; "an" before a vowel.
    leads = ["The first image of an icy orbiter.", "Their first image of an orbiter."]
    assert depicted("orbiter", leads) == "first image of an orbiter"


def test_look_alikes_stay_silent() -> None:
    # One lead is no agreement.
    assert depicted("rogue comet", _LEADS[:1]) is None
    # An act is brought in as what happened; a noun before it with "of the" is definite.
    quake = [
        "A strong earthquake struck Varno on Tuesday.",
        "Victims of the earthquake were buried in Varno.",
        "The earthquake destroyed the victims of a quarry.",
    ]
    assert depicted("earthquake", quake) is None
    # Most leads write the thing first otherwise: it is no complement of a made thing.
    leads = [
        "The first map of a rogue comet was shown.",
        "The first map of a rogue comet was shown.",
        "A rogue comet passed Varno. It was mapped.",
        "A rogue comet lit the sky.",
    ]
    assert depicted("rogue comet", leads) is None
    # A plural or a function word before "of" names nothing.
    assert depicted("quarry", ["Victims of a quarry.", "Victims of a quarry."]) is None
    assert depicted("quarry", ["Some of a quarry.", "Most of a quarry."]) is None


def test_a_first_of_a_kind_is_no_numbered_step_of_the_story() -> None:
    text = "la toute première carte d’une comète"
    assert of_a_kind(text, text.index("carte") + 5, "fr")
    text = "la primera carta real de un cometa"
    assert of_a_kind(text, text.index("carta") + 5, "es")
    text = "die erste Karte eines Kometen"
    assert of_a_kind(text, text.index("Karte") + 5, "de")
    # The story's own step: a definite complement, or none.
    text = "the first round of the election"
    assert not of_a_kind(text, text.index("round") + 5, "en")
    text = "le premier tour, dimanche"
    assert not of_a_kind(text, text.index("tour") + 4, "fr")
    # A language without a closed class here is not read.
    assert not of_a_kind("первая карта кометы", 12, "ru")
    texts = {
        "a": ("fr", "La première carte d’une comète a été montrée le 9 juin."),
        "b": ("es", "La primera carta de un cometa se mostró el 9 de junio."),
    }
    articles = [article(k, text) for k, (_language, text) in texts.items()]
    languages = {k: language for k, (language, _text) in texts.items()}
    assert sequence_events(articles, languages, frozenset(), "en") == []


def _packet() -> list:
    texts = [
        (
            "en",
            "Astronomers unveil the first-ever map of a rogue comet",
            "Astronomers unveiled the first-ever map of a rogue comet on Tuesday in Varno and "
            "in Tarsk.",
            "The map was drawn by the Kestrel Array, which began in 2012 to find a rogue comet "
            "near Tarsk.",
        ),
        (
            "en",
            "The first map of a rogue comet",
            "A team of the Kestrel Array has shown the first map of a rogue comet in Varno.",
            "The rogue comet lies far beyond Neptune.",
        ),
        (
            "en",
            "A map of a rogue comet is out",
            "A map of a rogue comet was shown in Varno on Tuesday by the Kestrel Array.",
            "Astronomers in Tarsk cheered.",
        ),
        (
            "fr",
            "La première carte d’une comète errante",
            "Le Kestrel Array a montré à Varno la première carte d’une comète errante.",
        ),
    ]
    return [
        replace(article(f"{n:03d}", *body), title=title, language=language)
        for n, (language, title, *body) in enumerate(texts)
    ]


def test_the_main_event_is_what_was_made_of_the_thing() -> None:
    articles = _packet()
    topics = extract_topics(articles)
    name = main_event(articles, topics)
    assert name is not None and name.startswith("First map of a rogue comet"), name
    assert "Varno" not in name  # where it was shown, not where the comet is
    found = with_main_event(articles, topics)
    assert found[0].kind == "event"
    # No earlier event of the thing's head cut from its modifier ("Comet near Tarsk, 2012").
    assert not any(t.kind == "event" and t.name.startswith("Comet") for t in found)
