"""A city's port, written by a port's noun and the city's name in every language, is one
place topic (:mod:`briefing.topics.city_ports`).

Every text is written for the test: a made-up harbour town, Tavora.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.city_ports import port_uses, with_city_ports

_NAMES = ["Tavora", "Таворы", "تافورا", "塔沃拉", "タボラ", "타보라"]


def _phrases(text: str) -> list[str]:
    return [text[a:b] for a, b in port_uses(text, _NAMES)]


def test_the_noun_and_its_link_before_the_name() -> None:
    assert _phrases("Un incendie dans le port de Tavora.") == ["port de Tavora"]
    assert _phrases("Feuer im Hafen von Tavora.") == ["Hafen von Tavora"]
    assert _phrases("Пожар в порту Таворы.") == ["порту Таворы"]
    assert _phrases("حريق في مرفأ تافورا") == ["مرفأ تافورا"]


def test_the_noun_after_the_name() -> None:
    assert _phrases("Smoke rose over the Tavora port and Tavora's harbour.") == [
        "Tavora port",
        "Tavora's harbour",
    ]
    assert _phrases("塔沃拉港口区发生火灾") == ["塔沃拉港口"]
    assert _phrases("タボラの港で火災") == ["タボラの港"]
    assert _phrases("타보라 항구에서 불이 났다") == ["타보라 항구"]


def test_look_alikes_stay_silent() -> None:
    assert _phrases("A port in Tavora closed.") == []  # which port, the text does not say
    assert _phrases("A Tavora portrait sold.") == []
    assert _phrases("The mayor of Tavora spoke.") == []
    assert _phrases("塔沃拉市长发言") == []


def _city(articles: list[tuple[str, str]]) -> tuple[Topic, list]:
    built = [
        replace(article(f"a{i}", text), language=lang) for i, (lang, text) in enumerate(articles)
    ]
    mentions = []
    for a in built:
        text = a.paragraphs[0].text
        for name in _NAMES:
            at = text.find(name)
            if at >= 0:
                mentions.append(Mention(a.id, Span(0, at, at + len(name)), name))
    city = Topic("tavora", "Tavora", "place", tuple(_NAMES[1:]), tuple(mentions))
    return city, built


def test_a_port_three_languages_write_is_a_place_topic() -> None:
    city, built = _city(
        [
            ("en", "Fire broke out at the port of Tavora on Monday."),
            ("fr", "Un incendie dans le port de Tavora lundi."),
            ("ru", "Пожар в порту Таворы в понедельник."),
            ("en", "Tavora is quiet again."),
        ]
    )
    event = Topic("fire", "Fire in Tavora", "event", (), city.mentions)
    languages = {a.id: a.language or "en" for a in built}
    topics = with_city_ports(built, [event, city], languages)
    port = next(t for t in topics if t.name == "Port of Tavora")
    assert port.kind == "place" and len(port.articles) == 3
    assert set(port.aliases) == {"port of Tavora", "port de Tavora", "порту Таворы"}


def test_a_port_two_languages_write_is_silent() -> None:
    city, built = _city(
        [
            ("en", "Fire broke out at the port of Tavora on Monday."),
            ("fr", "Un incendie dans le port de Tavora lundi."),
            ("fr", "Le port de Tavora est fermé."),
            ("ru", "Пожар в Таворы."),
        ]
    )
    languages = {a.id: a.language or "en" for a in built}
    assert with_city_ports(built, [city], languages) == (city,)
