"""Places shaped like people's names: a district, a city's airport, an airport's cut name
(made-up packets; real people named like places stay people)."""

from __future__ import annotations

import re
from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.place_kinds import places_not_people, saints_name, settlement


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _kinds(articles: list[Article], surface: str) -> set[str]:
    return {t.kind for t in holding(extract_topics(articles), surface)}


def test_a_settlement_noun_ends_a_districts_name_after_no_given_name() -> None:
    assert settlement(["Ravani", "Nagar"])
    assert settlement(["Kılıçlı", "Mahallesi"])
    assert not settlement(["Anil", "Nagar"])  # a given name: a person called Nagar
    assert not settlement(["Paris", "Hilton"])
    assert not settlement(["Nagar"])


def test_a_district_is_a_place_in_any_language() -> None:
    articles = [
        _in("en", 0, "The bus left the road in Ravani Nagar, a district of Pune, on Monday."),
        _in("fr", 1, "Le bus a quitté la route dans le quartier de Ravani Nagar, à Pune."),
        _in("it", 2, "L'autobus è uscito di strada a Ravani Nagar, un quartiere di Pune."),
    ]
    assert _kinds(articles, "Ravani Nagar") == {"place"}


def test_a_person_surnamed_nagar_stays_a_person() -> None:
    articles = [
        _in("en", 0, "The minister Anil Nagar said the road would reopen."),
        _in("fr", 1, "Le ministre Anil Nagar a déclaré que la route rouvrirait."),
        _in("en", 2, "Officials and Anil Nagar visited the site on Tuesday."),
    ]
    assert _kinds(articles, "Anil Nagar") == {"person"}


def _person(name: str, articles: list[Article]) -> Topic:
    """A person topic holding every use of ``name`` and of its surname alone in
    ``articles``, as the mention search finds them (the longest alias first)."""
    surname = name.split(" ", 1)[1]
    mentions = []
    for a in articles:
        for i, p in enumerate(a.paragraphs):
            taken: list[tuple[int, int]] = []
            for alias in (name, surname):
                for m in re.finditer(re.escape(alias), p.text):
                    if not any(s <= m.start() < e for s, e in taken):
                        taken.append((m.start(), m.end()))
                        mentions.append(Mention(a.id, Span(i, m.start(), m.end()), alias))
    key = name.casefold().replace(" ", "-")
    return Topic(key, name, "person", (name, surname), tuple(mentions), 1.0)


def test_a_citys_facility_written_after_the_citys_names_in_other_languages_is_a_place() -> None:
    articles = [
        _in("en", 0, "The flight was bound for London Harwick when it turned back on Friday."),
        _in("fr", 1, "Le vol reliait Pune à Londres Harwick quand il a fait demi-tour."),
        _in("it", 2, "Il volo era diretto a Londra-Harwick e ha fatto marcia indietro."),
    ]
    (found,) = places_not_people([_person("London Harwick", articles)], articles)
    assert (found.name, found.kind) == ("London Harwick", "place")
    # Written after one name of the city only, it may be a person's name.
    (kept,) = places_not_people([_person("London Harwick", articles[:1])], articles[:1])
    assert kept.kind == "person"


def test_a_given_name_that_is_a_city_is_never_translated() -> None:
    """Not even when the city's name in another language stands near: "a Parigi Paris
    Hilton", "en Jordanie Jordan Peterson" (the country's name is not before the surname)."""
    articles = [
        _in("en", 0, "Paris Hilton arrived in Rome on Friday with Florence Nightingale."),
        _in("fr", 1, "Paris Hilton est arrivée à Rome avec Florence Nightingale."),
        _in("it", 2, "A Parigi Paris Hilton è arrivata con Florence Nightingale."),
        _in("fr", 3, "En Jordanie, Jordan Peterson a parlé; Jordan Peterson a souri."),
    ]
    people = [
        _person("Paris Hilton", articles),
        _person("Florence Nightingale", articles),
        _person("Jordan Peterson", articles),
    ]
    found = places_not_people(people, articles)
    assert [t.kind for t in found] == ["person", "person", "person"]


def test_people_named_like_cities_stay_people() -> None:
    """A given name is never translated: no text writes "Parigi Hilton" or "Firenze
    Nightingale", and a surname that is a city ("Jack London") opens with no city."""
    articles = [
        _in("en", 0, "Paris Hilton arrived in Rome on Friday, and Jack London was quoted."),
        _in("fr", 1, "Paris Hilton est arrivée à Rome, a cité Florence Nightingale vendredi."),
        _in("it", 2, "Paris Hilton è arrivata a Roma venerdì con Florence Nightingale."),
        _in("en", 3, "Florence Nightingale and Paris Hilton met Jack London in Rome."),
    ]
    topics = extract_topics(articles)
    for name in ("Paris Hilton", "Florence Nightingale", "Jack London"):
        assert {t.kind for t in holding(topics, name)} == {"person"}, name


def test_a_facility_the_text_mostly_cuts_before_its_head_noun_is_the_facility() -> None:
    articles = [
        _in("en", 0, "The jet took off from Mira Devi Kapoor International Airport at noon."),
        _in("fr", 1, "L'avion a décollé de l'aéroport Mira Devi Kapoor à midi."),
        _in("it", 2, "L'aereo è decollato dall'aeroporto internazionale Mira Devi Kapoor."),
        _in("en", 3, "Mira Devi Kapoor International Airport was closed until Sunday."),
    ]
    topics = extract_topics(articles)
    found = holding(topics, "Mira Devi Kapoor")
    assert [t.kind for t in found] == ["place"], [(t.name, t.kind) for t in found]
    assert found[0].name == "Mira Devi Kapoor International Airport"


def test_a_person_the_text_discusses_keeps_their_name_beside_their_stadium() -> None:
    articles = [
        _in("en", 0, "Charles Okafor said the club would appeal the ruling on Monday."),
        _in("fr", 1, "Charles Okafor a déclaré que le club ferait appel lundi."),
        _in("en", 2, "Fans gathered at Charles Okafor Stadium, where Charles Okafor spoke."),
        _in("it", 3, "Charles Okafor ha detto che il club farà ricorso."),
    ]
    assert _kinds(articles, "Charles Okafor") == {"person"}


def test_a_saints_name_of_two_names_is_a_place() -> None:
    assert saints_name(["São", "Tomé", "Ribeiro"])
    assert saints_name(["San", "Martín", "Obispo"])
    assert saints_name(["Sankt", "Johann", "Nepomuk"])
    # "Santo" is a given name too: before a surname it opens a person's name.
    assert not saints_name(["Santo", "Versace", "Group"])
    assert not saints_name(["San", "Pedro"])  # one name: left to the other rules
    assert not saints_name(["Paris", "Hilton", "Jr"])


def test_portuguese_does_not_cut_a_hospital_into_a_person() -> None:
    """ "são" is a Portuguese word ("they are"): cut off, the hospital read as a person."""
    articles = [
        _in("pt", 0, "Os feridos seguiram para o São Pedro Ribeiro e para o Santa Luzia."),
        _in("fr", 1, "Les blessés sont à São Pedro Ribeiro, un hôpital de Lisbonne."),
        _in("es", 2, "Los heridos fueron trasladados a São Pedro Ribeiro y a Santa Luzia."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if t.kind == "person"], [(t.name, t.kind) for t in topics]
    assert {t.kind for t in holding(topics, "São Pedro Ribeiro")} == {"place"}


def test_a_saints_chapel_written_with_a_possessive_or_its_head_first_is_the_chapel() -> None:
    """ "St Aldwin’s Chapel" (English cuts the run at the possessive), "chapelle St
    Aldwin", "часовне St Aldwin": the building, named as English writes it whole."""
    articles = [
        _in("en", 0, "The couple married in St Aldwin’s Chapel at Dorvik Castle on Saturday."),
        _in("fr", 1, "Ils se sont mariés dans la chapelle St Aldwin du château de Dorvik."),
        _in("it", 2, "Le nozze nella chiesa di St Aldwin, al castello di Dorvik."),
        _in("en", 3, "Guests filled St Aldwin’s Chapel long before noon."),
    ]
    (found,) = places_not_people([_person("St Aldwin", articles)], articles)
    assert (found.name, found.kind) == ("St Aldwin’s Chapel", "place")
    assert "St Aldwin" in found.aliases


def test_a_person_named_after_a_saint_stays_a_person_beside_a_school_of_that_name() -> None:
    """Written alone most of the time, the person is discussed: one "Aldwin Grey’s School"
    and one "chapel" a comma away make no building of him."""
    articles = [
        _in("en", 0, "Aldwin Grey said the choir would sing. Aldwin Grey’s School paid."),
        _in("en", 1, "The couple left the chapel, Aldwin Grey said, before noon."),
        _in("fr", 2, "Aldwin Grey a dit que le chœur chanterait."),
        _in("en", 3, "Aldwin Grey thanked the guests."),
    ]
    (kept,) = places_not_people([_person("Aldwin Grey", articles)], articles)
    assert (kept.name, kept.kind) == ("Aldwin Grey", "person")


def test_kings_college_is_no_person_cut_before_its_possessive() -> None:
    """ "King’s College": the title before the possessive makes no person of "King"."""
    articles = [
        _in("en", 0, "Students of King’s College Dorvik marched on Friday."),
        _in("en", 1, "King’s College Dorvik said the march was peaceful."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if t.kind == "person" and "King" in t.aliases]


def test_a_head_noun_a_clause_mark_away_is_no_head_of_the_name() -> None:
    from briefing.topics.place_kinds import _head_first

    text = "They left the chapel, Aldwin Grey said. Mass in the chapelle Aldwin Grey."
    assert _head_first(text, text.index("Aldwin Grey")) == 0
    assert _head_first(text, text.rindex("Aldwin Grey")) == 1
