"""The main event named by what happened and where, and venues never taken for people
(made-up packets, not the seeds or a real article)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_subject import antecedent
from briefing.topics.events import main_event
from briefing.topics.head_nouns import thing_named


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 4, 14))
    return replace(found, language=language)


def test_an_event_is_named_by_the_act_not_by_the_mourning_that_followed() -> None:
    """Most headlines say "mourning"; the leads say what the mourning came after."""
    articles = [
        _dated(0, "en", "Mourning in Tver", "Tver began mourning after the attack on Dorn Hall."),
        _dated(
            1,
            "en",
            "National mourning declared",
            "Russia declared national mourning after the attack at Dorn Hall on Friday.",
        ),
        _dated(
            2,
            "en",
            "Mourning and condolences",
            "Mourning went on as leaders sent condolences over the attack in Tver.",
        ),
        _dated(3, "en", "Mourning in the streets", "Mourning crowds laid flowers near Dorn Hall."),
        _dated(4, "en", "Gunmen attack Dorn Hall", "Gunmen opened fire in Dorn Hall in Tver."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith(("Attack on Dorn Hall", "Attack at Dorn Hall")), (
        name
    )


def test_a_past_event_the_story_looks_back_on_is_not_its_act() -> None:
    """ "five years after the fire": the fire is the story's past, the reopening its act."""
    leads = [
        ["reopening", "of", "the", "theatre", "five", "years", "after", "the", "fire"],
        ["the", "reopening", "came", "five", "years", "after", "the", "fire"],
        ["crowds", "at", "the", "reopening"],
    ]
    docs = {"reopening": 3, "fire": 2, "theatre": 2, "crowds": 1}
    from collections import Counter

    assert antecedent("reopening", Counter(docs), leads) == "reopening"
    # The same leads without the span of years: the reopening followed the fire, days ago.
    recent = [[w for w in lead if w not in ("five", "years")] for lead in leads]
    assert antecedent("reopening", Counter(docs), recent) == "fire"


def test_the_act_is_the_head_of_the_phrase_after_the_reaction() -> None:
    """ "after the ransomware attack": the attack, not its modifier."""
    from collections import Counter

    leads = [
        ["probe", "after", "the", "ransomware", "attack"],
        ["probe", "into", "the", "ransomware", "attack", "widens"],
        ["probe", "continues"],
    ]
    docs = Counter({"probe": 3, "ransomware": 2, "attack": 2})
    assert antecedent("probe", docs, leads) == "attack"


def test_the_venue_of_several_words_follows_the_act() -> None:
    articles = [
        _dated(0, "en", "Fire at Vesper Arena", "A fire broke out at the Vesper Arena in Tver."),
        _dated(1, "en", "Arena fire", "The fire at Vesper Arena was put out by morning."),
        _dated(2, "en", "Blaze", "The fire at the Vesper Arena spread to the roof, Tver said."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Fire at Vesper Arena"), name


def test_what_the_act_was_done_to_names_it_when_no_place_follows_it() -> None:
    articles = [
        _dated(0, "en", "Kestrel Bridge reopens", "The reopening of Kestrel Bridge drew crowds."),
        _dated(1, "en", "Reopening", "Thousands walked over at the reopening of Kestrel Bridge."),
        _dated(2, "en", "Bridge open", "After the reopening of Kestrel Bridge, traffic eased."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Reopening of Kestrel Bridge"), name


def test_a_name_ended_by_a_word_for_a_thing_is_no_person() -> None:
    assert thing_named(["Vesper", "Arena"], "en")
    assert thing_named(["Crocus", "City", "Hall"], "it")  # an English venue name in Italian
    assert thing_named(["Веспер", "Арена"], "ru")
    assert thing_named(["Дорн", "Холле"], "ru")
    # A given name keeps the person, whatever the surname means.
    assert not thing_named(["Stuart", "Hall"], "en")
    assert not thing_named(["Игорь", "Мальков"], "ru")
    assert not thing_named(["Эммануэль", "Макрон"], "ru")
    # A surname that is no everyday word, and a regnal name.
    assert not thing_named(["Vesper", "Malkov"], "en")
    assert not thing_named(["Лев", "XIV"], "ru")


def test_venues_are_places_or_bodies_in_every_language_and_people_stay_people() -> None:
    articles = [
        _dated(0, "en", "Fire", "A fire hit the Vesper Arena on Friday, said Igor Malkov."),
        _dated(1, "en", "Fire out", "Igor Malkov said the fire at Vesper Arena was out."),
        _dated(2, "ru", "Пожар", "Пожар в «Веспер Арене» потушен, сообщил Игорь Мальков."),
        _dated(3, "ru", "Пожар", "В «Веспер Арена» начался пожар. Концерт в Дорн Холле отменён."),
        _dated(4, "en", "Shows off", "Dorn Hall and Sable Theatre cancelled their shows."),
    ]
    topics = extract_topics(articles)
    for surface in ("Vesper Arena", "Веспер Арене", "Дорн Холле", "Dorn Hall", "Sable Theatre"):
        found = holding(topics, surface)
        assert found and all(t.kind != "person" for t in found), (surface, found)
    assert [t.kind for t in holding(topics, "Igor Malkov")] == ["person"]


def test_a_venue_may_be_named_by_the_words_its_name_opens_with() -> None:
    from briefing.model import Topic
    from briefing.topics.event_venue import OBJECT, venue_of

    hall = Topic(
        "vesper-hall", "Vesper-Halle am Fluss", "place", ("Vesper-Halle am Fluss",), (), 1.0
    )
    city = Topic("tver", "Tver", "place", ("Tver",), (), 1.0)
    games = Topic("tver-games", "Tver Games", "event", ("Tver Games",), (), 1.0)
    leads = ["The reopening of Vesper Halle drew crowds.", "After the reopening of Tver crowds."]
    found = venue_of(leads, "reopening", [hall, city, games], OBJECT)
    assert found is not None and found[1] is hall
    # One word opens two names ("Tver", "Tver Games") and is matched only whole.
    assert venue_of(leads[1:], "reopening", [hall, games], OBJECT) is None


def test_a_name_made_of_everyday_words_only_is_no_topic_at_all() -> None:
    from briefing.topics.candidates import Candidates, Occurrence
    from briefing.topics.head_nouns import judge_things

    cands = Candidates()
    for surface in ("Left Rack", "Vesper Arena", "Igor Malkov"):
        cands.names.append(("person", Occurrence("a", 0, 0, len(surface), surface), False))
    judge_things(cands, {"a": "en"})
    assert [(k, o.surface) for k, o, _ in cands.names] == [
        ("organisation", "Vesper Arena"),
        ("person", "Igor Malkov"),
    ]


def test_a_person_named_after_a_title_is_what_the_act_was_done_to() -> None:
    from briefing.model import Topic
    from briefing.topics.event_venue import OBJECT, venue_of

    ruiz = Topic("ana-ruiz", "Ana Ruiz", "person", ("Ana Ruiz", "Ruiz"), (), 1.0)
    tver = Topic("tver", "Tver", "place", ("Tver",), (), 1.0)
    leads = ["Mourners gathered at the funeral of late former Mayor of Tver Ana Ruiz on Monday."]
    found = venue_of(leads, "funeral", [ruiz, tver], OBJECT)
    assert found is not None and found[1] is ruiz
    # A title is a person's: a place is named without one ("of the old town of Tver").
    assert (
        venue_of(["The funeral of the old Mayor Tver drew crowds."], "funeral", [tver], OBJECT)
        is None
    )
    # Lower-case words only, or lower-case words after the title, are no title.
    for lead in (
        "The funeral of many friends of Ana Ruiz drew crowds.",
        "The funeral of Mayor and friend Ana Ruiz drew crowds.",
        "The funeral of the First Deputy Chief Mayor of Greater Tver Ana Ruiz drew crowds.",
    ):
        assert venue_of([lead], "funeral", [ruiz], OBJECT) is None, lead
    # Where no preposition of an object is read, no title is either.
    assert venue_of(leads, "funeral", [ruiz]) is None
