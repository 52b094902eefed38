"""A person needs evidence a reader would accept (own text, invented names): a body written
after a definite article ("the Blue Lantern Society", "a la Linterna Azul") or a German noun
before a name ("Hafenbehörde Velra") is no person, nor is a Cyrillic phrase of common words;
a given name, a title, an age or a Cyrillic given name is one. A known city whose first word
is some language's function word ("Tel Aviv") stays whole, a place."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.person_evidence import person_evidence


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _judge(language: str, text: str, surface: str, titled: bool = False) -> bool | None:
    start = text.index(surface)
    occ = Occurrence("a1", 0, start, start + len(surface), surface)
    return person_evidence(
        [occ], {("a1", 0): text}, {"a1": language}, lambda _o: titled, frozenset({"in", "en"})
    )


def test_an_article_before_a_name_that_modifies_nothing_is_a_body() -> None:
    text = "The parcels went to the Grace Harbour in Velra."
    assert _judge("en", text, "Grace Harbour") is False
    text = "Los paquetes llegaron a la Rosa Blanca en Velra."
    assert _judge("es", text, "Rosa Blanca") is False


def test_a_given_name_a_title_or_an_age_is_a_person() -> None:
    assert _judge("en", "Police said Grace Harbour left Velra.", "Grace Harbour") is True
    assert _judge("en", "Grace Harbour, 34, left Velra.", "Grace Harbour") is True
    # A name modifying a noun after the article: "the Grace Harbour campaign".
    assert _judge("en", "She led the Grace Harbour campaign.", "Grace Harbour") is True
    assert _judge("en", "He met Mayor Tovik Ralen.", "Mayor Tovik Ralen") is True


def test_catalan_writes_an_article_before_people() -> None:
    assert _judge("ca", "Ho explica la Lorena Vidal, veïna.", "Lorena Vidal") is True


def test_a_german_noun_before_a_name_is_no_given_name() -> None:
    text = "Die Hafenbehörde Velra meldete Verspätungen."
    assert _judge("de", text, "Hafenbehörde Velra") is False


def test_cyrillic_common_words_are_no_person_a_given_name_is() -> None:
    assert _judge("uk", "Їх передали Білому Хресту.", "Білому Хресту") is False
    assert _judge("uk", "Заяву зробив Дональд Мелвік.", "Дональд Мелвік") is True


def test_scripts_without_a_table_keep_the_vote() -> None:
    assert _judge("el", "δήλωσε ο Κρις Τάλβεν σήμερα", "Κρις Τάλβεν") is None


def test_in_a_packet_the_body_after_an_article_is_an_organisation() -> None:
    articles = [
        _in("en", 0, "The hostages were handed to the Grace Harbour in Velra on Monday."),
        _in("en", 1, "Officials of the Grace Harbour in Velra counted the parcels."),
        _in("es", 2, "Los rehenes fueron entregados a la Rosa Blanca en Velra."),
        _in("es", 3, "Según la Rosa Blanca, todos estaban bien."),
    ]
    topics = extract_topics(articles)
    for surface in ("Grace Harbour", "Rosa Blanca"):
        found = holding(topics, surface)
        assert found and found[0].kind == "organisation", (surface, found)


def test_a_known_city_opening_with_a_function_word_stays_whole() -> None:
    articles = [
        _in("en", 0, "Crowds gathered in Tel Aviv on Monday night."),
        _in("en", 1, "A vigil in Tel Aviv drew thousands."),
    ]
    topics = extract_topics(articles)
    found = holding(topics, "Tel Aviv")
    assert found and found[0].kind == "place"
    assert not holding(topics, "Aviv")


def test_an_unelided_french_article_before_a_vowel_is_no_bodys() -> None:
    # "du" before a vowel is no "de le" (that is "de l'"): the partitive of a singer's songs
    text = "Elle a repris non pas du Odile Varenne, mais du Marc Belvaux."
    assert _judge("fr", text, "Odile Varenne") is True
    # before a consonant the article still makes a body, as does an elided one
    assert _judge("fr", "Les colis sont arrivés à la Rose Blanche.", "Rose Blanche") is False
    assert _judge("fr", "Le don est parti au Grand Phare.", "Grand Phare") is False
