"""A toll is no act, and a place- or vehicle-headed name is no person (made-up texts).

Leads state their toll first ("At least 12 people died …", "mindestens 12 Menschen", "au
moins 12 personnes"), often in more leads than any one language's word for the act: the
quantity phrase never names the event, and without an act the event goes unnamed. A name
opened by a place, building or vehicle noun ("Elevador da Helena", "Bairro Cardoso", "Rua da
Estrela") is a place, its given-name-like word notwithstanding; a person named with such a
word ("Helena Ferreira", "Giulia Alto") stays a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article
from topics.helpers import kinds_holding as _kinds

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.event_noun import act_noun
from briefing.topics.event_venue import thing_called
from briefing.topics.events import main_event
from briefing.topics.head_first import place_headed
from briefing.topics.not_acts import NOT_ACTS, runs
from briefing.topics.tokens import tokenize


def _dated(n: int, language: str, title: str | None, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, 4))
    return replace(found, language=language)


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_number_cuts_a_phrase_in_two() -> None:
    assert runs("At least 12 people died") == ["At least ", " people died"]
    assert runs("the 6.9-magnitude quake") == ["the ", "-magnitude quake"]
    assert runs("no number here") == ["no number here"]


def test_quantifiers_and_victims_of_every_language_are_no_acts() -> None:
    for word in ("least", "mindestens", "moins", "almeno", "menos", "najmniej", "меньшей"):
        assert word in NOT_ACTS
    for word in ("people", "menschen", "personnes", "persone", "osób", "человек"):
        assert word in NOT_ACTS
    for word in ("derailment", "collapse", "visit", "attack"):  # acts stay acts
        assert word not in NOT_ACTS


_TOLL_PACKET = [
    _dated(
        0,
        "en",
        None,
        "At least 12 people died when the Vesna cable car derailed in Tarsk, officials said.",
        "Rescuers worked through the night.",
    ),
    _dated(
        1,
        "en",
        None,
        "At least 12 people were killed after the Vesna cable car derailed in Tarsk.",
        "Investigators are studying the cause of the derailment.",
    ),
    _dated(
        2,
        "en",
        None,
        "The Vesna cable car derailed on Tuesday in Tarsk; at least 12 people died.",
        "Residents left flowers.",
    ),
    _dated(3, "de", None, "Bei der Entgleisung in Tarsk starben mindestens 12 Menschen."),
    _dated(4, "fr", None, "Au moins 12 personnes sont mortes dans le déraillement à Tarsk."),
    _dated(5, "it", None, "Almeno 12 persone sono morte nel deragliamento a Tarsk."),
]


def test_the_act_not_the_toll_names_the_event() -> None:
    """Every English lead writes "at least 12 people" and "derailed"; the text writes
    "the derailment" once: that is the act."""
    name = main_event(_TOLL_PACKET, extract_topics(_TOLL_PACKET))
    assert name is not None and name.startswith("Derailment"), name
    assert "least" not in name.casefold() and "people" not in name.casefold()


def test_without_an_act_the_event_goes_unnamed() -> None:
    """The leads share their toll and nothing else: silence, not "Least people"."""
    articles = [
        _dated(0, "en", None, "At least 12 people died in Tarsk on Tuesday, officials said."),
        _dated(1, "en", None, "At least 12 people lost their lives in Tarsk, rescuers said."),
        _dated(2, "en", None, "In Tarsk at least 12 people are dead, the mayor said."),
        _dated(3, "de", None, "In Tarsk starben mindestens 12 Menschen, sagte der Bürgermeister."),
        _dated(4, "it", None, "A Tarsk sono morte almeno 12 persone, ha detto il sindaco."),
    ]
    assert main_event(articles, extract_topics(articles)) is None


def test_a_noun_written_once_names_the_act_only_when_it_is_the_roots_one_noun() -> None:
    once = ["The car derailed.", "The car derailed again.", "The cause of the derailment."]
    assert act_noun("derailed", once) == "derailment"
    # Two nouns of the root, each once: no evidence which is the act.
    two = [*once, "The derailer was found.", "A derailing of the plan."]
    assert act_noun("derailed", two) is None


def test_a_place_or_vehicle_headed_name_is_no_person() -> None:
    topics = extract_topics(
        [
            _in("pt", 0, "O turista subiu no Elevador da Helena e desceu ao Bairro Cardoso."),
            _in("pt", 1, "O Elevador da Helena liga a Rua da Estrela ao Bairro Cardoso."),
            _in("it", 2, "La funicolare parte vicino all'Elevador da Helena, nel Bairro Cardoso."),
            _in("en", 3, "Tourists ride the Elevador da Helena up to Bairro Cardoso every day."),
            _in("fr", 4, "L’Elevador da Helena relie la place au Bairro Cardoso."),
        ]
    )
    for surface in ("Elevador da Helena", "Bairro Cardoso"):
        assert _kinds(topics, surface) == {"place"}, (surface, _kinds(topics, surface))
    assert "person" not in _kinds(topics, "Rua da Estrela")


def test_a_person_with_a_given_name_or_a_surname_like_a_place_word_stays_a_person() -> None:
    """Look-alikes: a real Gloria, a surname "Alto", a "Dom" title outside German."""
    topics = extract_topics(
        [
            _in("en", 0, "Mayor Gloria Esteves visited the site. Gloria Esteves said more."),
            _in("en", 1, "The engineer Giulia Alto inspected the cable. Giulia Alto said so."),
            _in("pt", 2, "A presidente Gloria Esteves falou com Giulia Alto ontem."),
            _in("pt", 3, "Ontem, Dom Pedro de Lima visitou a cidade com Gloria Esteves."),
            _in("en", 4, "Gloria Esteves met Dom Pedro de Lima on Tuesday."),
        ]
    )
    assert _kinds(topics, "Gloria Esteves") == {"person"}
    assert _kinds(topics, "Giulia Alto") == {"person"}
    assert "place" not in _kinds(topics, "Dom Pedro de Lima")


def test_a_head_at_a_sentence_start_needs_a_particle_and_dom_is_german() -> None:
    def headed(text: str, first: int, end: int, language: str = "pt") -> bool:
        return place_headed(tokenize(text)[first:end], language)

    assert headed("Praça da Figueira fechou.", 0, 3)  # a particle: a name's head
    assert headed("L’Elevador da Helena parou.", 0, 3)  # an elided article: a head noun
    assert not headed("Rua Augusta fechou.", 0, 2)  # any first word is capitalised
    assert headed("Ontem a Rua Augusta fechou.", 2, 4)
    assert not headed("Ontem, Dom Pedro de Lima chegou.", 2, 6)  # a title
    assert headed("Gestern war der Dom Sankt Marien voll.", 3, 6, "de")  # a cathedral


def _listed(name: str, kind: str = "organisation", *aliases: str) -> Topic:
    return Topic(name.casefold(), name, kind, (name, *aliases), ())  # type: ignore[arg-type]


def test_what_the_act_happened_to_is_a_listed_name_and_its_noun() -> None:
    leads = [
        "Twelve died as the Vesna funicular derailed in Tarsk.",
        "The historic Vesna Funicular derailed on Tuesday.",
        "Rescuers reached the site.",
    ]
    vesna = _listed("Vesna", "organisation", "Vésna")
    assert thing_called(leads, ["derailment", "derailed"], [vesna]) == "the Vesna funicular"
    # One lead alone, or the noun only ever capitalised (a headline's), says too little.
    assert thing_called(leads[:1], ["derailed"], [vesna]) is None
    capitals = ["The Vesna Funicular derailed.", "Vesna Funicular derailed again."]
    assert thing_called(capitals, ["derailed"], [vesna]) is None
    # A name not right before the noun and the act is no such thing.
    apart = ["Vesna said the funicular derailed.", "In Vesna the old funicular derailed."]
    assert thing_called(apart, ["derailed"], [vesna]) is None


def test_the_toll_packet_names_what_derailed() -> None:
    """Look-alike: "Tarsk" is a town the leads name, never the thing that derailed."""
    packet = [
        *_TOLL_PACKET,
        _dated(6, "en", None, "At least 12 people died after the Vesna funicular derailed."),
    ]
    name = main_event(packet, extract_topics(packet))
    assert name is not None and name.startswith("Derailment"), name
    assert "of the Tarsk" not in name


def test_a_vehicles_number_between_its_noun_and_the_act_names_it() -> None:
    """English leads (the event's name is written in English): "Nordair flight NA302, which
    crashed", "Nordair Flight 302 crashed"; on a tie the number that is a listed name."""
    leads = [
        "A Nordair flight NA302, which crashed near Tarsk, carried 90 people.",
        "Nordair Flight 302 crashed shortly after takeoff from Tarsk.",
    ]
    nordair = _listed("Nordair")
    code = _listed("NA302")
    called = thing_called(leads, ["crash", "crashed"], [nordair, code])
    assert called == "Nordair flight NA302"
    # Without a number the thing keeps its article; a model's number before a noun that is
    # not the act ("Nordair Boeing 737-8 Jet Crashes") is no such thing.
    plain = ["The Nordair flight crashed in Tarsk.", "A Nordair flight, which crashed, burned."]
    assert thing_called(plain, ["crashed"], [nordair]) == "the Nordair flight"
    model = ["Nordair Boeing 737-8 jet crashes in Tarsk.", "A Nordair Boeing 737-8 jet crashed."]
    assert thing_called(model, ["crashed", "crashes"], [nordair]) is None
    # A count of people after the noun ("flight 90 people boarded") is read as no number:
    # one lead is left, too few.
    people = ["The Nordair flight 90 people boarded crashed.", "Nordair flight 90 crashed."]
    assert thing_called(people, ["crashed"], [nordair]) is None
