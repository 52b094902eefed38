"""A ministry named through its minister's title, in every language read here, is one
organisation (:mod:`briefing.topics.ministries`); sentences written for the test."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.ministries import add_ministries, title_uses
from briefing.topics.rank_cluster import Cluster


def _titles(language: str, text: str) -> list[tuple[str, str]]:
    """(portfolio, title as written) for each title the text holds."""
    found = title_uses([("a", 0, text)], {"a": language})
    return sorted((key, o.surface) for key, uses in found.items() for o, _ in uses)


def test_titles_in_each_language() -> None:
    assert _titles("en", "Health Minister Ada Lind visited the ward.") == [
        ("health", "Health Minister")
    ]
    assert _titles("en", "The minister of justice resigned.") == [
        ("justice", "minister of justice")
    ]
    assert _titles("fr", "Le ministre belge de l'Intérieur a parlé.") == [
        ("interior", "ministre belge de l'Intérieur")
    ]
    assert _titles("de", "Der Verteidigungsminister reiste ab.") == [
        ("defence", "Verteidigungsminister")
    ]
    assert _titles("es", "El ministro de Sanidad habló ayer.") == [
        ("health", "ministro de Sanidad")
    ]
    assert _titles("it", "Il ministro dell'Interno ha parlato.") == [
        ("interior", "ministro dell'Interno")
    ]
    assert _titles("tr", "Sağlık Bakanı açıklama yaptı.") == [("health", "Sağlık Bakanı")]
    assert _titles("tr", "Çevre ve Şehircilik Bakanı konuştu.") == [
        ("environment", "Çevre ve Şehircilik Bakanı")
    ]
    assert _titles("ru", "Об этом сообщил министр обороны страны.") == [
        ("defence", "министр обороны")
    ]
    assert _titles("zh", "國防部長表示將加強巡邏。") == [("defence", "國防部長")]
    assert _titles("ja", "防衛相は会見で述べた。") == [("defence", "防衛相")]
    assert _titles("ar", "وقال ووزير الدفاع إن القوات جاهزة.") == [("defence", "وزير الدفاع")]


def test_look_alikes_are_no_titles() -> None:
    assert _titles("en", "Energy prices rose; the prime minister spoke.") == []
    assert _titles("en", "A foreign visitor met the minister.") == []
    assert _titles("fr", "Le ministre a parlé de l'énergie solaire.") == []
    assert _titles("de", "Die Energiepreise stiegen, sagte der Minister.") == []
    assert _titles("ja", "防衛相手の国") == []  # 相手 "the other side", no minister
    assert _titles("it", "Il ministro ha parlato dell'interno del palazzo.") == []
    assert _titles("xx", "Health Minister Ada Lind spoke.") == []  # a language not read here
    # Several offices: "ministers" of many countries.
    assert _titles("en", "The foreign ministers met in Oslo.") == []
    assert _titles("de", "Ein Treffen mit den Außenministern der Nachbarn.") == []
    assert _titles("ru", "Встреча министров иностранных дел прошла в Осло.") == []


def test_a_portfolio_several_articles_write_is_one_body() -> None:
    paragraphs = [
        ("1", 0, "Energy Minister Ada Lind said the plant was safe."),
        ("2", 0, "Le ministre de l'Énergie, Ada Lind, a visité le site."),
        ("3", 0, "Energieminister Ada Lind kündigte eine Prüfung an."),
    ]
    clusters: dict[str, Cluster] = {}
    add_ministries(clusters, paragraphs, {"1": "en", "2": "fr", "3": "de"})
    body = clusters["m:energy"]
    assert body.kind == "organisation"
    assert {o.surface for o in body.occurrences} == {
        "Energy Minister",
        "ministre de l'Énergie",
        "Energieminister",
    }


def test_two_articles_or_two_holders_make_no_body() -> None:
    languages = {"1": "en", "2": "en", "3": "en"}
    few = [
        ("1", 0, "Energy Minister Ada Lind said the plant was safe."),
        ("2", 0, "Energy Minister Ada Lind visited the plant."),
    ]
    clusters: dict[str, Cluster] = {}
    add_ministries(clusters, few, languages)
    assert clusters == {}
    # Two countries' foreign ministers: two offices under one word.
    two = [
        ("1", 0, "Foreign Minister Ada Lind of Norland arrived."),
        ("2", 0, "Foreign Minister Ben Osei of Southland arrived."),
        ("3", 0, "The foreign minister spoke first."),
    ]
    add_ministries(clusters, two, languages)
    assert clusters == {}


def _filler(n: int) -> list[tuple[str, int, str]]:
    return [(f"f{k}", 0, "Rescuers worked through the night.") for k in range(n)]


def test_a_title_few_sources_write_makes_no_body_of_its_own() -> None:
    titled = [
        ("1", 0, "Energy Minister Ada Lind said the plant was safe."),
        ("2", 0, "Energy Minister Ada Lind visited the plant."),
        ("3", 0, "The energy minister spoke."),
    ]
    languages = {a: "en" for a, _, _ in titled + _filler(7)}
    clusters: dict[str, Cluster] = {}
    add_ministries(clusters, titled + _filler(7), languages)  # 3 of 10 articles
    assert clusters == {}
    add_ministries(clusters, titled + _filler(6), languages)  # 3 of 9: a third
    assert list(clusters) == ["m:energy"]


def test_a_title_read_as_a_name_is_folded_in() -> None:
    text = "Energieminister Ada Lind sprach am Montag lange mit den Familien."
    title = Occurrence("1", 0, 0, len("Energieminister"), "Energieminister")
    clusters = {"energieminister": Cluster("organisation", "Energieminister", [title])}
    paragraphs = [
        ("1", 0, text),
        ("2", 0, "Energy Minister Ada Lind visited the plant."),
        ("3", 0, "The energy minister spoke."),
    ]
    add_ministries(clusters, paragraphs, {"1": "de", "2": "en", "3": "en"})
    assert list(clusters) == ["m:energy"]
    assert len(clusters["m:energy"].occurrences) == 3


def test_a_title_inside_a_named_body_joins_it() -> None:
    text = "The Vandor Interior Ministry said the roads were closed."
    name = "Vandor Interior Ministry"
    start = text.index(name)
    body = Cluster("organisation", name, [Occurrence("1", 0, start, start + len(name), name)])
    clusters = {"vandor interior ministry": body}
    paragraphs = [
        ("1", 0, text),
        ("2", 0, "Innenminister Ada Lind sprach."),
        ("3", 0, "Le ministre de l'Intérieur a parlé."),
        *_filler(7),  # 3 of 10 articles: joined, as the body is named
    ]
    languages = {a: "fr" if a == "3" else "de" if a == "2" else "en" for a, _, _ in paragraphs}
    add_ministries(clusters, paragraphs, languages)
    assert list(clusters) == ["vandor interior ministry"]
    assert body.name == name
    assert {o.surface for o in body.occurrences} >= {"Innenminister", "Interior Ministry"}
    # The same uses beside a body named only by a minister's title: too few to be a topic.
    title = Cluster("organisation", "Vandor Minister", [Occurrence("1", 0, 0, 3, "The")])
    clusters = {"vandor minister": title}
    add_ministries(clusters, paragraphs, languages)
    assert list(clusters) == ["vandor minister"]
    assert len(title.occurrences) == 1


def test_the_office_is_a_topic_of_the_briefing() -> None:
    found = extract_topics(
        [
            article("001", "Energy Minister Ada Lind said the Vandor mine was safe."),
            article("002", "Le ministre de l'Énergie, Ada Lind, s'est rendu à Vandor."),
            article(
                "003",
                "Der Energieminister Ada Lind besuchte am Montag die Grube in Vandor und "
                "sprach mit den Familien.",
            ),
            article("004", "Rescuers at Vandor worked through the night."),
        ]
    )
    (body,) = holding(found, "Energieminister")
    assert body.kind == "organisation"
    assert "Energy Minister" in body.aliases


def _body(article: str, text: str, name: str) -> Occurrence:
    start = text.index(name)
    return Occurrence(article, 0, start, start + len(name), name)


def test_a_second_body_written_only_as_the_portfolio_joins_the_first() -> None:
    en = "The Vandor Health Ministry said the wards were full."
    es = "El Ministerio de Salud de Vandor informó de más heridos."
    fr = "Le ministre de la Santé a parlé aux familles."
    first = Cluster(
        "organisation", "Vandor Health Ministry", [_body("1", en, "Vandor Health Ministry")]
    )
    second = Cluster(
        "organisation", "Ministerio de Salud", [_body("2", es, "Ministerio de Salud de Vandor")]
    )
    clusters = {"vandor health ministry": first, "ministerio de salud": second}
    paragraphs = [("1", 0, en), ("2", 0, es), ("3", 0, fr), *_filler(5)]
    languages = {a: {"2": "es", "3": "fr"}.get(a, "en") for a, _, _ in paragraphs}
    add_ministries(clusters, paragraphs, languages)
    assert list(clusters) == ["vandor health ministry"]
    assert "Ministerio de Salud de Vandor" in {o.surface for o in first.occurrences}


def test_a_second_body_also_written_otherwise_stays_apart() -> None:
    en = "The Vandor Health Ministry said the wards were full."
    es = "El Ministerio de Salud de Vandor informó de más heridos."
    fr = "Le ministre de la Santé a parlé aux familles."
    other = "El Ministerio confirmó la cifra."  # a use no title of the portfolio holds
    first = Cluster(
        "organisation", "Vandor Health Ministry", [_body("1", en, "Vandor Health Ministry")]
    )
    second = Cluster(
        "organisation",
        "Ministerio",
        [_body("2", es, "Ministerio de Salud"), _body("4", other, "Ministerio")],
    )
    clusters = {"vandor health ministry": first, "ministerio": second}
    paragraphs = [("1", 0, en), ("2", 0, es), ("3", 0, fr), ("4", 0, other), *_filler(4)]
    languages = {a: {"2": "es", "3": "fr"}.get(a, "en") for a, _, _ in paragraphs}
    add_ministries(clusters, paragraphs, languages)
    assert set(clusters) == {"vandor health ministry", "ministerio"}
