"""Kinds the texts give to names no table lists: a small town, a housing estate, a land, a storm.

Made-up fixtures in several languages, each with the look-alikes that must keep their kind:
a town named in a list after a plural noun of place ("towns such as Varelo") or in an
apposition ("Varelo, un quartiere di ..."), a residential complex told by its noun
("complexe résidentiel", "жилой комплекс", "housing estate"), a region named as its people's
land ("País Basco", :data:`~briefing.topics.lexicon.FOREIGN_GEO_HEADS`), an acronym written
as a storm's name ("a tempestade VORA"): :mod:`briefing.topics.place_nouns` and
:data:`~briefing.topics.lexicon.DESCRIPTORS`.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article
from topics.helpers import kinds_holding as _kinds

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.place_nouns import places_by_noun, use_kind


def _none(_text: str) -> str | None:
    return None


def _kind(text: str, name: str) -> str | None:
    start = text.index(name)
    return use_kind(text, start, start + len(name), _none)


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


# -- a list of places and an apposition -------------------------------------------------


def test_a_name_listed_after_a_plural_noun_of_place_is_a_place() -> None:
    assert _kind("Water filled towns close to rivers such as Varelo or Nant.", "Varelo") == "place"
    assert _kind("El agua llegó a ciudades como Varelo y Nant.", "Varelo") == "place"
    assert _kind("Das Wasser erreichte Städte wie Varelo und Nant.", "Varelo") == "place"
    assert _kind("L'eau a envahi des villes comme Varelo.", "Varelo") == "place"


def test_a_name_listed_after_a_noun_of_a_body_is_no_place() -> None:
    assert _kind("Insurers and firms such as Varelo lost money.", "Varelo") is None
    assert _kind("Empresas como Varelo cerraron sus plantas.", "Varelo") is None
    assert _kind("Unternehmen wie Varelo schlossen.", "Varelo") is None
    assert _kind("The river rose, just as Varelo predicted.", "Varelo") is None  # no list


def test_an_apposition_with_a_noun_of_place_says_the_name_is_a_place() -> None:
    assert _kind("A Varelo, un quartiere situato nel comune di Nant, tutto è crollato.", "Varelo")
    assert _kind("Rescuers reached Varelo, a district of Nant, at dawn.", "Varelo") == "place"
    assert _kind("Die Flut traf Varelo, eine kleine Gemeinde am Fluss.", "Varelo") == "place"
    assert _kind("Le feu a pris à Varelo, un quartier informel.", "Varelo") == "place"


def test_an_apposition_without_an_article_or_a_noun_of_place_says_nothing() -> None:
    assert _kind("Varelo, city officials said, will rebuild.", "Varelo") is None  # a clause
    assert _kind("Varelo, a company based in the town of Nant, closed.", "Varelo") is None
    assert _kind("Varelo, une entreprise de Nant, a fermé.", "Varelo") is None
    assert _kind("Varelo, an estate agent, sold the flats.", "Varelo") is None
    assert _kind("Varelo, a town council member, spoke first.", "Varelo") is None
    assert _kind("Varelo, un consiglio comunale di Nant, ha votato.", "Varelo") != "place"


# -- a residential complex --------------------------------------------------------------


def test_a_housing_estate_is_a_place_by_its_noun_in_any_language() -> None:
    assert _kind("Fire swept through the Varelo Court housing estate.", "Varelo Court") == "place"
    assert _kind("le complexe résidentiel Varelo Court à Nant", "Varelo Court") == "place"
    assert _kind("пожар в жилом комплексе Varelo Court", "Varelo Court") == "place"
    assert _kind("Der Brand in der Wohnanlage Varelo Court", "Varelo Court") == "place"
    assert _kind("w kompleksie mieszkalnym Varelo Court", "Varelo Court") == "place"


def test_a_funicular_is_a_place_and_its_operator_a_body() -> None:
    assert _kind("The Varelo funicular derailed on Monday.", "Varelo") == "place"
    assert _kind("la funicolare di Varelo è deragliata", "Varelo") == "place"
    assert _kind("wagon kolejki Varelo wypadł z torów", "Varelo") == "place"
    assert _kind("The funicular operator Varelo said the cable broke.", "Varelo") == "body"
    assert _kind("The company Varelo runs the funicular.", "Varelo") == "body"
    assert _kind("Il gestore Varelo ha chiuso la funicolare.", "Varelo") != "place"


def _topic(name: str, *texts: str) -> tuple[Topic, list[Article]]:
    articles = [article(f"{n:03d}", text) for n, text in enumerate(texts)]
    mentions = tuple(
        Mention(a.id, Span(0, t.index(name), t.index(name) + len(name)), name)
        for a, t in zip(articles, texts, strict=True)
    )
    return Topic(name.casefold(), name, "organisation", (name,), mentions, 1.0), articles


def test_an_estate_the_texts_write_so_becomes_a_place_and_a_court_that_rules_does_not() -> None:
    estate, texts = _topic(
        "Varelo Court",
        "Fire swept through the Varelo Court housing estate on Monday.",
        "Le feu a ravagé le complexe résidentiel Varelo Court.",
        "Пожар охватил жилой комплекс Varelo Court.",
    )
    assert places_by_noun([estate], texts, _none)[0].kind == "place"
    court, texts = _topic(
        "Varelo Court",
        "The Varelo Court said the appeal had no merit.",
        "The complex Varelo Court ruling was read out.",
    )
    assert places_by_noun([court], texts, _none)[0].kind == "organisation"


def test_the_court_of_appeal_and_a_club_named_after_a_town_stay_bodies() -> None:
    found = extract_topics(
        [
            _in("en", 1, "The Court of Appeal ruled on Monday that the vote stands."),
            _in("en", 2, "Lawyers said the Court of Appeal would hear the case again."),
            _in("en", 3, "Nant Football Club said its stadium in the town of Nant flooded."),
            _in("en", 4, "Nant Football Club cancelled, as towns such as Nant dried out."),
        ]
    )
    assert _kinds(found, "Court of Appeal") == {"organisation"}
    assert _kinds(found, "Nant Football Club") == {"organisation"}


# -- a land named head first ------------------------------------------------------------


def test_a_region_named_as_its_peoples_land_is_a_place() -> None:
    found = extract_topics(
        [
            _in("pt", 1, "No País Varelês, houve cortes de energia durante a manhã."),
            _in("pt", 2, "A rede do País Varelês voltou ao fim da tarde."),
            _in("fr", 3, "Dans le Pays varelais, les trains se sont arrêtés."),
            _in("fr", 4, "Le Pays varelais a retrouvé le courant le soir."),
        ]
    )
    assert _kinds(found, "País Varelês") == {"place"}


def test_a_newspaper_opened_by_its_article_stays_a_body() -> None:
    found = extract_topics(
        [
            _in("es", 1, "Según el diario El País, la red cayó a las doce y media."),
            _in("es", 2, "El País informó de que el Gobierno convocó una reunión."),
        ]
    )
    assert "place" not in _kinds(found, "El País")


# -- a storm's name ---------------------------------------------------------------------


def test_an_acronym_written_as_a_storms_name_is_no_body() -> None:
    found = extract_topics(
        [
            _in("pt", 1, "A tempestade VORA (Vento Oeste de Rajadas Altas) devastou a costa."),
            _in("es", 2, "La tormenta VORA dejó lluvias de 300 litros en la costa."),
            _in("en", 3, "Towns hit by the VORA counted the damage on Friday."),
        ]
    )
    assert _kinds(found, "VORA") == {"event"}


def test_a_bodys_acronym_beside_its_own_noun_or_expanded_as_a_body_stays_a_body() -> None:
    found = extract_topics(
        [
            _in("en", 1, "The NATO (North Atlantic Treaty Organization) summit opened."),
            _in("en", 2, "NATO said on Friday that the storm had not hit its bases."),
            _in("en", 3, "The agency VORA said the storm would pass."),
            _in("en", 4, "VORA warned that the storm would reach the coast."),
        ]
    )
    assert _kinds(found, "NATO") == {"organisation"}
    assert _kinds(found, "VORA") == {"organisation"}


# -- locative prepositions in several languages ----------------------------------------


def _languages(name: str, *written: tuple[str, str]) -> tuple[Topic, list[Article]]:
    """An organisation topic ``name`` used once in each (language, text)."""
    topic, articles = _topic(name, *(text for _, text in written))
    return topic, [
        replace(a, language=language) for a, (language, _) in zip(articles, written, strict=True)
    ]


def test_a_name_written_where_things_happen_in_several_languages_is_a_place() -> None:
    town, texts = _languages(
        "Varelo",
        ("en", "Cars were swept away in Varelo on Tuesday."),
        ("es", "El agua alcanzó dos metros en Varelo durante la noche."),
        ("pl", "Woda zalała ulice w Varelo i okolicach."),
    )
    assert places_by_noun([town], texts, _none)[0].kind == "place"


def test_locatives_in_one_language_a_speaking_body_or_an_acronym_stay_bodies() -> None:
    one_language, texts = _languages(
        "Varelo",
        ("en", "Investors in Varelo lost money."),
        ("en", "Jobs in Varelo were cut on Monday."),
    )
    assert places_by_noun([one_language], texts, _none)[0].kind == "organisation"
    speaking, texts = _languages(
        "Varelo",
        ("en", "The interview appeared in Varelo on Sunday."),
        ("es", "La entrevista salió en Varelo el domingo."),
        ("fr", "La une était prête, selon Varelo."),
    )
    assert places_by_noun([speaking], texts, _none)[0].kind == "organisation"
    acronym, texts = _languages(
        "VRL",
        ("en", "Membership in VRL grew this year."),
        ("es", "El debate en VRL duró horas."),
    )
    assert places_by_noun([acronym], texts, _none)[0].kind == "organisation"
