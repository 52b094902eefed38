"""A firm named after a place keeps its own topic (own text, invented names): "Capital Suisse"
is no person whose surname is Switzerland's French name, and French "la Suisse" stays with
Switzerland. Look-alikes: a person whose surname is a place's name, and the country's names
in three languages, which still make one place."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.tokens import Token


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _packet() -> list[Article]:
    firm = "Capital Suisse"  # invented; its first word is an everyday word of fr, it, de
    return [
        _in(
            "en",
            0,
            f"Shares of the lender {firm} fell on Monday, and {firm} said its "
            "deposits were safe. Switzerland's regulator met in Bern.",
        ),
        _in(
            "en",
            1,
            f"Investors sold {firm} again, said Marta Jordan, an analyst at a fund "
            "in Zurich. Marta Jordan expects Switzerland to act.",
        ),
        _in(
            "fr",
            2,
            f"Les actions de {firm} ont chuté lundi. {firm} a perdu un tiers de sa "
            "valeur. La Suisse veut agir vite.",
        ),
        _in(
            "it",
            3,
            f"Le azioni di {firm} sono crollate lunedì, e {firm} ha perso un terzo "
            "del valore a Berna.",
        ),
        _in(
            "de",
            4,
            f"Die Aktien der {firm} fielen am Montag, die {firm} verlor weiter an "
            "Wert. Die Schweiz will handeln.",
        ),
    ]


def test_a_firm_named_after_a_country_is_no_person_and_keeps_its_topic() -> None:
    topics = extract_topics(_packet())
    firm = holding(topics, "Capital Suisse")
    assert len(firm) == 1
    assert firm[0].kind == "organisation"
    assert "Suisse" not in firm[0].aliases  # French "la Suisse" is the country


def test_the_countrys_names_still_make_one_place() -> None:
    topics = extract_topics(_packet())
    country = holding(topics, "Suisse")
    assert len(country) == 1 and country[0].kind == "place"
    assert {"Schweiz", "Switzerland"} <= set(country[0].aliases)


def test_a_person_whose_surname_is_a_place_stays_a_person() -> None:
    topics = extract_topics(_packet())
    person = holding(topics, "Marta Jordan")
    assert len(person) == 1 and person[0].kind == "person"


def test_the_rule_reads_the_first_word_and_the_place_after_it() -> None:
    from briefing.topics.extract import _Reader  # the first pass's reader, which has the rule

    reader = _Reader.__new__(_Reader)
    reader.gaz = gazetteer_for(frozenset({"en", "fr", "it", "pl"}))

    def run(*texts: str) -> list[Token]:
        return [Token(t, 0, len(t), False, t.lower()) for t in texts]

    # A place's name (any language's) after a word that is nobody's given name: a body.
    bodies = (
        ("Capital", "Suisse"),
        ("Aero", "India"),
        ("Atlético", "Madrid"),
        ("Ferro", "Italia"),
        ("Rivalin", "Capital", "Suisse"),
    )
    for name in bodies:
        assert reader._named_with_place(run(*name)), name
    # A given name before it, or no place in it: a person may be named so.
    people = (
        ("Marta", "Jordan"),
        ("Jack", "London"),
        ("Lumen", "Kovar"),
        ("Аксель", "Леманн"),
        ("Prezydent", "Francji", "Emmanuel", "Macron"),  # a title, a country, a person
    )
    for name in people:
        assert not reader._named_with_place(run(*name)), name


def test_a_body_written_with_a_dash_and_with_a_space_is_one_body() -> None:
    # "Veltra-France" (cut at its place by the first pass) and "Veltra France" (read whole
    # as a body's name, its first word nobody's given name): one body.
    articles = [
        _in("fr", 0, "Selon Veltra-France, les vents ont atteint 200 km/h sur l'île."),
        _in("es", 1, "Los vientos superaron los 200 km/h, según informó Veltra-France."),
        _in("de", 2, "Laut Veltra France fegten am Samstag Stürme über die Insel."),
        _in("de", 3, "Der Wetterdienst Veltra France warnte vor neuen Stürmen."),
    ]
    topics = extract_topics(articles)
    body = holding(topics, "Veltra-France")
    assert len(body) == 1 and "Veltra France" in body[0].aliases
    assert body[0].kind == "organisation"


def test_a_given_name_the_table_lacks_before_another_languages_place_name_is_a_person() -> None:
    """ "Cressida Bonas": no given name the table knows, but no everyday word of any of the
    briefing's languages either, before a name only the French table holds for a town; a
    body's name puts a word before a place ("Ferro Italia", "Capital Suisse")."""
    from briefing.topics.extract import _Reader

    reader = _Reader.__new__(_Reader)
    reader.gaz = gazetteer_for(frozenset({"en", "fr", "it"}))

    def run(*texts: str) -> list[Token]:
        return [Token(t, 0, len(t), False, t.lower()) for t in texts]

    assert reader.gaz.place("Bonas") is not None  # the look-alike: a town's other name
    assert not reader._named_with_place(run("Cressida", "Bonas"))
    assert reader._named_with_place(run("Ferro", "Italia"))
    assert reader._named_with_place(run("Capital", "Bonas"))
