"""A person needs a given name: capitalised common words are no person (written fixtures).

Made-up stories in German, Italian, Spanish, French and Turkish: phrases whose first word is
an everyday word of the language (a German noun, an Italian or Spanish honorific, a Turkish
word of office) are no person; a title before a surname the briefing knows is that person;
a province before a district is two places; a given name used alone is a person.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.given_names import given_name, lone_given_name, named, person_or_not


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


def test_given_names_by_the_languages_countries() -> None:
    assert given_name("Giulia", "it")
    assert given_name("Mehmet", "tr")
    assert given_name("Frank-Walter", "de")  # by its first part
    assert not given_name("Sumo", "es")
    assert not given_name("Hunderte", "de")


def test_a_common_first_word_is_no_persons_name() -> None:
    assert person_or_not(["Giulia", "Ferretti"], "it") == "person"
    assert person_or_not(["Xandor", "Quillfeather"], "en") == "person"  # unknown: no evidence
    assert person_or_not(["Hunderte", "Gäste"], "de") is None  # only everyday words
    # everyday words capitalised together in a language that writes its nouns in lower case:
    # a name of common words (a region, a body), never a person (precall47)
    assert person_or_not(["Medio", "Oriente"], "it") == "organisation"
    assert person_or_not(["Signora", "Xandrelli"], "it") == "organisation"


def test_capitalised_common_words_in_several_languages_make_no_person() -> None:
    topics = _topics(
        _in("de", 0, "Gestern kamen Hunderte Gäste zur Eröffnung der Brücke in Lindau."),
        _in("de", 1, "Auch Hunderte Gäste aus Bregenz feierten die neue Brücke am See."),
        _in("es", 2, "El Sumo Pontífice envió un mensaje a los vecinos de la ciudad."),
        _in("es", 3, "Los vecinos agradecieron al Sumo Pontífice su carta sobre el puente."),
        _in("en", 4, "A new bridge opened in Lindau on Sunday before a large crowd."),
    )
    people = {t.name for t in topics if t.kind == "person"}
    assert "Hunderte Gäste" not in people
    assert "Sumo Pontífice" not in people


def test_a_title_before_a_known_surname_is_that_person() -> None:
    topics = _topics(
        _in("fr", 0, "L'archevêque Bernard Vautrin a béni le nouveau pont de Lyon."),
        _in("fr", 1, "Selon Monseigneur Vautrin, le pont relie enfin les deux quartiers."),
        _in("tr", 2, "Başpiskopos Bernard Vautrin köprüyü kutsadı ve konuştu."),
        _in("en", 3, "Archbishop Bernard Vautrin blessed the bridge in Lyon on Sunday."),
    )
    person = by_name(topics, "Bernard Vautrin")
    assert "Vautrin" in person.aliases
    assert not [t for t in topics if t.name == "Monseigneur Vautrin"]


def test_a_province_before_a_district_is_two_places() -> None:
    topics = _topics(
        _in("tr", 0, "Sabah saatlerinde Malatya Yeşilyurt civarında bir deprem oldu."),
        _in("tr", 1, "Deprem en çok Malatya ve çevresinde hissedildi."),
        _in("en", 2, "The tremor was felt across Malatya province on Monday."),
    )
    assert by_name(topics, "Malatya").kind == "place"
    district = holding(topics, "Yeşilyurt")
    assert district and all(t.kind == "place" for t in district)


def test_a_given_name_used_alone_is_a_person() -> None:
    assert lone_given_name("Hortensia", {"es", "it"})
    assert not lone_given_name("Will", {"en"})  # an everyday English word
    topics = _topics(
        _in("fr", 0, "Le collier de la reine Ludmilla a été retrouvé à Lyon mardi."),
        _in("it", 1, "La collana di Ludmilla è stata ritrovata a Lione martedì."),
        _in("en", 2, "The necklace of Queen Ludmilla was found in Lyon on Tuesday."),
    )
    assert by_name(topics, "Ludmilla").kind == "person"


def test_words_of_office_before_a_full_name_are_cut_at_the_given_name() -> None:
    topics = _topics(
        _in("de", 0, "Laut Bundesrichterin Claire Dubois kommt der Bau des Hafens voran."),
        _in("tr", 1, "Vali Yardımcısı Mehmet Karaca limandaki çalışmaları inceledi."),
        _in("en", 2, "Work at the harbour of Sète goes on, officials said on Monday."),
    )
    people = {t.name for t in topics if t.kind == "person"}
    assert "Claire Dubois" in people
    assert "Mehmet Karaca" in people


def test_a_foreign_given_name_in_the_news_is_still_a_given_name() -> None:
    assert named("Vladimir", "fr")  # frequent in French news, a Russian given name
    assert not named("San", "it")  # a given name in Asia, an everyday Italian word
    topics = _topics(
        _in("fr", 0, "Le président Vladimir Kovrin est arrivé à Lyon lundi soir."),
        _in("de", 1, "Präsident Wladimir Kovrin landete am Montag in Lyon."),
        _in("en", 2, "President Vladimir Kovrin arrived in Lyon on Monday."),
    )
    person = by_name(topics, "Vladimir Kovrin")
    assert len(person.articles) == 3


def test_a_given_name_after_an_article_is_no_person() -> None:
    assert not lone_given_name("Ludmilla", {"en"}, ["the"])
    topics = _topics(
        _in("en", 0, "The Ludmilla docked in Varna after a storm on Friday."),
        _in("de", 1, "Die Ludmilla legte nach dem Sturm in Varna an."),
    )
    assert not [t for t in topics if t.kind == "person" and t.name == "Ludmilla"]


def test_a_word_of_another_language_of_the_briefing_opens_no_persons_name() -> None:
    """A Spanish text writes an Italian body's name ("Questura Lindauese"): its first word is
    rare in Spanish, but an everyday word of Italian, which the briefing also reads."""
    assert person_or_not(["Questura", "Lindauese"], "es") == "person"  # no evidence alone
    assert person_or_not(["Questura", "Lindauese"], "es", {"it"}) == "organisation"
    assert person_or_not(["Giulia", "Ferretti"], "es", {"it"}) == "person"
    topics = _topics(
        _in("es", 0, "El caso pasó a la Questura Lindauese, que abrió una investigación."),
        _in("es", 1, "Según la Questura Lindauese, el robo ocurrió de noche en el museo."),
        _in("it", 2, "Il furto al museo di Lindau è avvenuto di notte, secondo gli inquirenti."),
    )
    assert not [t for t in topics if t.kind == "person" and "Questura" in t.name]


def test_a_title_before_a_given_name_cut_from_its_surname_is_no_body() -> None:
    """Before: "Cumhurbaşkanı Mohamed" (Turkish "President Mohamed", cut from "Cumhurbaşkanı
    Mohamed Bazoum'un") was an organisation."""
    topics = _topics(
        _in("tr", 0, "Askerler sabah Cumhurbaşkanı Mohamed ile sarayda görüştü."),
        _in("tr", 1, "Televizyonda Cumhurbaşkanı Mohamed için açıklama okundu."),
        _in("tr", 2, "Darbeciler dün Cumhurbaşkanı Mohamed ve ailesini tuttu."),
        _in("en", 3, "Soldiers detained President Mohamed Okafor in the palace."),
    )
    assert not [t for t in topics if t.name.startswith("Cumhurbaşkanı") and t.kind != "person"]
    # A title before a surname the briefing knows is still that person, and a body named
    # with a common noun and a name that is no given name stays one.
    assert holding(topics, "Mohamed Okafor")
    bodies = _topics(
        _in("tr", 0, "Açıklamayı Tarım Bakanlığı yaptı ve Kavala Limanı kapandı."),
        _in("tr", 1, "Kavala Limanı yeniden açıldı, Tarım Bakanlığı bildirdi."),
    )
    assert holding(bodies, "Kavala Limanı")


def test_everyday_words_capitalised_together_are_a_name_where_nouns_are_lower_case() -> None:
    # made-up phrases: a union and a house of culture in languages that lower-case nouns
    assert person_or_not(["Unione", "Sovietica"], "it") == "organisation"
    assert person_or_not(["Unión", "Europea"], "es") == "organisation"
    # look-alikes: German capitalises every noun, so two capitals say nothing
    assert person_or_not(["Hunderte", "Gäste"], "de") is None
    # a lower-case word after the first: a sentence's first word, no name
    assert person_or_not(["Molti", "ospiti"], "it") is None
    # a given name inside ("Hospital São José"): left to be read as the saint's place
    assert person_or_not(["Hospital", "São", "José"], "pt") is None
