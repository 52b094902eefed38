"""Openings of a run of capitals that are no part of the name after them (own text): a
bearing and its particle ("a Sudovest di Pylos"), a German compound noun glued to an
acronym before a name ("EU-Küstenwacheagentur Frontex"). Look-alikes stay whole."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.appositions import compass_point, without_opening
from briefing.topics.tokens import Token


def _run(*texts: str) -> list[Token]:
    out, at = [], 0
    for n, text in enumerate(texts):
        out.append(Token(text, at, at + len(text), n == 0, text.lower()))
        at += len(text) + 1
    return out


def _texts(run: list[Token]) -> list[str]:
    return [t.text for t in run]


def test_points_of_the_compass_in_several_languages() -> None:
    for word in ("Sudovest", "Nord-Est", "Südwest", "Noroeste", "north-east", "Ovest", "Sudeste"):
        assert compass_point(word), word
    for word in ("Northumberland", "Estonia", "Westminster", "Sudan", "Norte-Sur-Abajo"):
        assert not compass_point(word), word


def test_a_bearing_and_its_particle_leave_the_place() -> None:
    assert _texts(without_opening(_run("Sudovest", "di", "Corinto"), "it")) == ["Corinto"]
    assert _texts(without_opening(_run("Nord-Est", "de", "Lyon"), "fr")) == ["Lyon"]
    # No particle: a name that opens with a point ("West Ham", "Nord Stream") stays whole.
    assert _texts(without_opening(_run("Nord", "Stream"), "de")) == ["Nord", "Stream"]
    assert _texts(without_opening(_run("West", "Ham"), "en")) == ["West", "Ham"]
    # A bearing and a particle with nothing after them is no run to cut.
    assert _texts(without_opening(_run("Sudovest", "di"), "it")) == ["Sudovest", "di"]


def test_a_german_compound_noun_after_an_acronym_is_an_apposition() -> None:
    run = _run("EU-Grenzagentur", "Frontex")
    assert _texts(without_opening(run, "de")) == ["Frontex"]
    run = _run("US-Präsident", "Joe", "Biden")
    assert _texts(without_opening(run, "de")) == ["Joe", "Biden"]
    # Look-alikes: no acronym before the hyphen (a place), a compound alone, another language.
    assert len(without_opening(_run("Schleswig-Holstein", "Nord"), "de")) == 2
    assert len(without_opening(_run("EU-Kommission"), "de")) == 1
    assert len(without_opening(_run("EU-Grenzagentur", "Frontex"), "en")) == 2
    assert len(without_opening(_run("UN-Xqzvbtr", "Frontex"), "de")) == 2  # no German word


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_in_a_packet_the_place_and_the_body_are_read_alone() -> None:
    articles = [
        _in("it", 0, "Il traghetto è affondato a Sudovest di Corinto, nel golfo."),
        _in("it", 1, "I soccorritori sono partiti da Corinto all'alba."),
        _in("de", 2, "Ein Flugzeug der EU-Grenzagentur Frontex hatte das Boot gesehen."),
        _in("de", 3, "Laut Frontex sei das Boot überladen gewesen, hieß es in Athen."),
        _in("en", 4, "The agency Frontex said the ferry left Corinto on Monday."),
        _in("fr", 5, "Selon Frontex, le ferry avait quitté Corinto lundi."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "Sudovest di Corinto")
    assert not holding(topics, "EU-Grenzagentur Frontex")
    frontex = holding(topics, "Frontex")
    assert frontex and frontex[0].kind != "person"
    corinto = holding(topics, "Corinto")
    assert corinto and corinto[0].kind != "person"
