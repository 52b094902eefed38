"""Names of places and languages read from data, on made-up text (aplace48).

* A city's alternate name that is an everyday English phrase (:mod:`.phrase_alternates`):
  GeoNames lists "White House" among Casablanca's names; the landmark is never the city, and
  the city keeps its own names ("Casablanca", "Casa Branca").
* A country written as the initials of its name in the article's language
  (:mod:`.country_acronyms`): "EAU" (es), "VAE" (de), "США" (ru) are the country when the
  packet names it otherwise; the look-alikes stay bodies (an English "EAU", a German "VAE"
  the text defines as an association, an acronym no country's name spells).
* A language's name is no body (:mod:`.language_names`): "written in English, Hebrew and
  Arabic" names no organisation; a language many articles name is a theme.
* The most named place names the event, when no lead says where, only when half the
  articles name it (:func:`~.event_doer.most_named`).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.country_acronyms import defined_as_country, initials_place, read_initials
from briefing.topics.event_doer import most_named
from briefing.topics.gazetteer import gazetteer
from briefing.topics.language_names import language_kind
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.phrase_alternates import everyday_phrase


def _packet(texts: list[tuple[str, str]]):
    return extract_topics(
        [
            replace(article(f"a{i}", text), language=language)
            for i, (language, text) in enumerate(texts)
        ]
    )


# -- a city's alternate name that is an everyday phrase ------------------------------------


def test_an_everyday_phrase_is_no_name_of_the_city() -> None:
    assert everyday_phrase("White House", "Casablanca")
    assert everyday_phrase("Garden City", "Singapore")


def test_a_name_with_a_place_a_given_name_or_the_city_s_own_word_stays() -> None:
    assert not everyday_phrase("Port Elizabeth", "Gqeberha")  # a given name
    assert not everyday_phrase("Dubai City", "Dubai")  # the city's own word
    assert not everyday_phrase("Federal Republic of Germany", "Germany")  # "of", Germany
    assert not everyday_phrase("Kiev", "Kyiv")  # one word
    assert not everyday_phrase("Ha Mon", "Xiamen")  # syllables of a romanised name


def test_the_gazetteer_keeps_the_city_and_drops_the_phrase() -> None:
    assert gazetteer().place("White House") is None
    assert gazetteer().place("Casablanca") == "Casablanca"
    many = gazetteer_for(frozenset({"en", "es", "pt"}))
    assert many.place("White House") is None
    assert many.place("Casa Branca") == "Casablanca"


def test_the_white_house_is_never_casablanca() -> None:
    found = _packet(
        [
            ("en", "Leaders of Norvania and Estland met at the White House on Tuesday."),
            ("en", "The White House said the Norvania talks would go on."),
            ("es", "Los líderes de Norvania y Estland se reunieron en la Casa Blanca el martes."),
        ]
    )
    assert not [t for t in found if t.name == "Casablanca"]
    assert not holding(found, "Casa Blanca") or all(
        t.name != "Casablanca" for t in holding(found, "Casa Blanca")
    )


def test_a_spanish_house_named_casa_blanca_is_no_city() -> None:
    found = _packet(
        [
            ("es", "La familia Ortega vive en la finca Casa Blanca, cerca del río Tajuña."),
            ("es", "Los vecinos de la finca Casa Blanca recibieron a los bomberos."),
        ]
    )
    assert not [t for t in found if t.name == "Casablanca"]


# -- a country written as its initials -------------------------------------------------------


def test_initials_of_a_country_s_name_in_the_article_s_language() -> None:
    assert initials_place("EAU", "es") == "United Arab Emirates"
    assert initials_place("VAE", "de") == "United Arab Emirates"
    assert initials_place("США", "ru") == "United States"
    assert initials_place("EAU", "en") is None  # English is not read: a body as often
    assert initials_place("XQZ", "es") is None  # no country's name spells it


def test_an_official_name_in_a_state_s_form_spells_no_country() -> None:
    assert initials_place("ABD", "tr") == "United States"  # the everyday name's initials
    assert initials_place("RIA", "fr") is None  # République islamique d'Afghanistan: RIA Novosti
    assert initials_place("AFC", "tr") is None  # Almanya Federal Cumhuriyeti: a confederation
    assert initials_place("ВВС", "ru") is None  # "Виргинские о-ва (США)": a shortened name


def test_a_definition_writes_the_country_or_another_body() -> None:
    langs = frozenset({"de"})
    assert defined_as_country("Vereinigten Arabischen Emiraten", "VAE", langs) is True
    assert defined_as_country("Verband Arabischer Exporteure", "VAE", langs) is False
    assert defined_as_country("Verband Arabischer Exporteure", "XYZ", langs) is None


def test_an_acronym_read_as_a_country_needs_the_country_named_otherwise() -> None:
    eau = Occurrence("a1", 0, 0, 3, "EAU")
    named = Occurrence("a2", 0, 0, 22, "Emiratos Árabes Unidos")
    alone, _ = read_initials([("United Arab Emirates", eau)], [], frozenset({"es"}), _nothing)
    assert alone == []
    both = [("United Arab Emirates", eau), ("United Arab Emirates", named)]
    kept, _ = read_initials(both, [], frozenset({"es"}), _nothing)
    assert kept == both


def _nothing(_surface: str) -> None:
    return None


def test_country_initials_join_the_country_across_languages() -> None:
    found = _packet(
        [
            ("en", "The United Arab Emirates signed the Norvania accord on Tuesday."),
            ("es", "Los Emiratos Árabes Unidos firmaron el acuerdo. Los EAU celebran la firma."),
            ("es", "Los EAU y Norvania firmaron el martes el acuerdo de Norvania."),
            ("de", "Die VAE und Norvania unterzeichneten am Dienstag das Norvania-Abkommen."),
        ]
    )
    held = holding(found, "EAU")
    assert len(held) == 1 and held[0].name == "United Arab Emirates"
    assert "VAE" in held[0].aliases
    assert not [t for t in found if t.name in ("EAU", "VAE")]


def test_a_definition_that_writes_the_country_is_the_country() -> None:
    found = _packet(
        [
            ("de", "Israel und die Vereinigten Arabischen Emiraten (VAE) schlossen ein Abkommen."),
            ("de", "Die VAE und Norvania verhandeln weiter."),
            ("en", "The United Arab Emirates and Norvania signed the deal."),
        ]
    )
    held = holding(found, "VAE")
    assert len(held) == 1 and held[0].name == "United Arab Emirates"
    assert "Vereinigten Arabischen Emiraten" in held[0].aliases


def test_an_association_the_text_defines_keeps_its_acronym() -> None:
    found = _packet(
        [
            ("de", "Die Vereinigten Arabischen Emirate liefern Öl nach Norvania."),
            ("de", "Der Verband Arabischer Exporteure (VAE) tagt in Norvania. Die VAE will mehr."),
            ("de", "Die VAE tagt am Montag erneut, sagte ein Sprecher des Verbands."),
        ]
    )
    for topic in holding(found, "VAE"):
        assert topic.name != "United Arab Emirates"


def test_an_english_body_with_a_country_s_foreign_initials_stays_a_body() -> None:
    found = _packet(
        [
            ("en", "The EAU congress opened in Norvania; the EAU said urology funding fell."),
            ("en", "Doctors at the EAU meeting in Norvania called for more funding."),
            ("es", "Los Emiratos Árabes Unidos enviaron médicos al congreso de Norvania."),
        ]
    )
    for topic in holding(found, "EAU"):
        assert topic.name != "United Arab Emirates"


# -- a language's name ------------------------------------------------------------------------


def _uses(word: str, articles: int) -> list[Occurrence]:
    return [Occurrence(f"a{i}", 0, 0, len(word), word) for i in range(articles)]


def test_a_language_named_in_passing_is_no_topic() -> None:
    languages = {f"a{i}": "en" for i in range(12)}
    assert language_kind("organisation", _uses("Hebrew", 2), languages) is None
    # Spanish writes its language names in lower case; English ones are read too.
    spanish = {f"a{i}": "es" for i in range(12)}
    assert language_kind("organisation", _uses("Arabic", 2), spanish) is None


def test_a_language_many_articles_name_is_a_theme() -> None:
    languages = {f"a{i}": "en" for i in range(9)}
    assert language_kind("organisation", _uses("Catalan", 4), languages) == "theme"


def test_look_alikes_keep_their_kind() -> None:
    languages = {f"a{i}": "en" for i in range(12)}
    assert language_kind("person", _uses("Chamorro", 2), languages) == "person"
    assert language_kind("organisation", _uses("Hebrew University", 2), languages) == (
        "organisation"
    )
    assert language_kind("organisation", _uses("Norvex", 2), languages) == "organisation"
    assert language_kind("place", _uses("Tonga", 2), languages) == "place"


def test_the_documents_languages_are_no_organisations() -> None:
    found = _packet(
        [
            ("en", "The Norvania accord, written in English, Hebrew and Arabic, was signed."),
            ("en", "Copies in Hebrew and Arabic were handed to the Norvania delegation."),
            ("en", "The Norvania delegation flew home on Wednesday after the signing."),
            ("en", "Norvania's parliament will vote on the accord next month."),
            ("en", "Officials in Norvania praised the accord on Thursday."),
            ("en", "Markets in Norvania rose after the accord was signed."),
            ("en", "The Norvania opposition criticised the accord."),
        ]
    )
    assert not [t for t in found if t.name in ("Hebrew", "Arabic")]


# -- the most named place, when no lead says where ---------------------------------------------


def _place(name: str, articles: int) -> Topic:
    mentions = tuple(Mention(f"a{i}", Span(0, 0, len(name)), name) for i in range(articles))
    return Topic(name.casefold(), name, "place", (name,), mentions)


def test_the_most_named_place_names_the_event_only_when_half_the_articles_name_it() -> None:
    assert most_named(_place("Norvania", 10), 20) == "Norvania"
    assert most_named(_place("Norvania", 7), 20) is None  # a third: a place it touched
