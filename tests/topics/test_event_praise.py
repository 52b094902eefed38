"""What the event is called is not what happened (:mod:`briefing.topics.event_praise`), and
an act done on another body of the Solar System happened there (:mod:`.event_body`)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.event_body import body_of
from briefing.topics.event_praise import praised
from briefing.topics.events import main_event, with_main_event


def test_an_attained_evaluation_gives_way_to_the_act_its_sentence_reports() -> None:
    found = praised(
        "Norway achieved a historic breakthrough on Friday as the Kestrel probe of the "
        "national agency made a landing on the Martian plains at 9:12 pm."
    )
    assert found == {
        "breakthrough": ("landing", frozenset({"achieved", "historic", "breakthrough"}))
    }
    # The act as a verb in "-ed": the clause's own verb.
    assert praised("The club marked a new chapter when its divers surfaced near the reef.") == {
        "chapter": ("surfaced", frozenset({"marked", "new", "chapter"}))
    }
    # What the event is said to be, with the act in a clause of its own.
    assert praised("It was a triumph as the crew carried out a docking at dawn.")["triumph"][0] == (
        "docking"
    )


def test_an_evaluation_without_a_clause_of_the_act_is_left_alone() -> None:
    # Nothing else happened in the sentence: the word may be what the story is about.
    assert praised("The miners achieved a record for the region this year.") == {}
    # A clause too far from the evaluation is another sentence's business.
    assert praised("Ferries marked the anniversary of the port for weeks and weeks as usual.") == {}
    # An adjective in "-ed" before its noun is no verb ("the troubled bank").
    assert praised("These were the words used as the troubled Swiss bank closed talks.") == {}


def test_the_body_an_act_was_done_on_is_where_it_happened() -> None:
    leads = ["The probe made a landing on the Martian plains.", "It touched down on the Moon."]
    assert body_of(leads[:1], ["landing"]) == "on Mars"
    assert body_of(leads[1:], ["touched"]) == "on the Moon"
    # "moon" in lower case is a common word ("a moon of Jupiter" would say so), an adjective
    # of a kind of power says nothing of the Sun, and a body not after the act is no place.
    assert body_of(["The firm made a landing on a new moon."], ["landing"]) is None
    assert body_of(["The landing on solar farms ended."], ["landing"]) is None
    assert body_of(["The landing ended. The Moon rose."], ["landing"]) is None
    # A person's or a body's name is no body of the sky ("Freddie Mercury", "The Sun").
    assert body_of(["A tribute to Mercury filled the hall."], ["tribute"]) == "to Mercury"
    assert body_of(["A tribute to Mercury."], ["tribute"], {"freddie", "mercury"}) is None


def _packet() -> list:
    texts = [
        (
            "en",
            "Norway achieved a historic breakthrough on Friday as…",
            "Norway achieved a historic breakthrough on Friday as the Kestrel probe of the "
            "Norwegian Space Agency made a landing on the Martian surface at 9:12 pm. "
            "The probe had left Andøya in March.",
            "The landing on Mars came after a seven-month cruise, Norway's agency said.",
        ),
        (
            "fr",
            "La sonde Kestrel se pose sur Mars",
            "La Norvège a posé vendredi la sonde Kestrel sur Mars, a annoncé l'agence de Norvège.",
            "Kestrel avait quitté Andøya en mars.",
        ),
        (
            "de",
            "Norwegische Sonde Kestrel auf dem Mars gelandet",
            "Norwegen hat am Freitag die Sonde Kestrel auf dem Mars gelandet.",
            "Kestrel war im März von Andøya gestartet.",
        ),
        (
            "es",
            "Noruega posa la sonda Kestrel en Marte",
            "Noruega posó el viernes la sonda Kestrel en Marte, informó la agencia de Noruega.",
            "Kestrel partió de Andøya en marzo.",
        ),
    ]
    return [
        replace(article(f"{n:03d}", *body), title=title, language=language)
        for n, (language, title, *body) in enumerate(texts)
    ]


def test_an_event_is_named_after_its_act_and_the_body_it_was_done_on() -> None:
    articles = _packet()
    topics = extract_topics(articles)
    name = main_event(articles, topics)
    # Before, "Breakthrough in Norway": the praise the headline repeats, in the country
    # that sent the probe.
    assert name is not None and name.startswith("Landing on Mars"), name
    event = with_main_event(articles, topics)[0]
    assert event.kind == "event" and "landing" in {a.casefold() for a in event.aliases}


def test_the_act_written_in_two_words_is_the_event_too() -> None:
    from briefing.model import Mention, Span, Topic
    from briefing.topics.event_topic import with_event

    articles = [
        article("a", "The lander made a touchdown at dawn."),
        article("b", "It will touch down near the pole."),
    ]
    parted = Topic(
        "touch-down",
        "touch down",
        "theme",
        ("touch down",),
        (Mention("b", Span(0, 8, 18), "touch down"),),
        1.0,
    )
    other = Topic(
        "pole",
        "pole",
        "theme",
        ("pole", "pole-vault"),
        (Mention("b", Span(0, 28, 32), "pole"),),
        1.0,
    )

    class Named:
        name = "Touchdown on the Moon"
        head = "touchdown"
        owner = None

    event, *rest = with_event(articles, [parted, other], Named())
    assert event.kind == "event" and set(event.aliases) == {"touchdown", "touch down"}
    assert set(event.articles) == {"a", "b"}
    assert rest == [other]
