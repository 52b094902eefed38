"""Fewer wrong entries among the first topics (written fixtures, several languages).

Three shapes seen on real packets, each with look-alikes that must not trigger: a transport
line or network read as a person ("Harbour Line", "Northline Rail"); one place under two head
nouns or two spellings of its head ("Bairro Alto" / "Barrio Alto", "Gloria" beside "Elevador
da Glória" but not beside "Calçada da Glória"); and key words that are what a tally counts
("feridos", "feriti") or everyday words ("vehicles", "massive").
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.generic_words import (
    ParagraphTexts,
    counted,
    describing,
    everyday,
    number_words,
)
from briefing.topics.head_nouns import network_named, thing_named
from briefing.topics.phrase_names import headed_names


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


# -- a line or a network is never a person ------------------------------------------------


def test_a_name_ended_by_a_network_noun_is_no_person() -> None:
    # "Line" and "Rail" are given names in gender-guesser's table: that kept them people.
    assert thing_named(["Harbour", "Line"], "en")
    assert thing_named(["Northline", "Rail"], "en")
    assert thing_named(["Victoria", "Line"], "en")  # a given name first: still a line
    assert network_named(["Línea", "Norte"])
    assert network_named(["Aeroporto", "Marconi"])
    # Look-alikes: a given name "Line", a surname that is an everyday word, one word alone.
    assert not network_named(["Line", "Renaud"])
    assert not network_named(["Port", "Said"])
    assert not thing_named(["Anna", "Hall"], "en")
    assert not network_named(["Bryan", "Ferry"])
    assert not network_named(["Line"])


def test_harbour_line_and_northline_rail_are_bodies_in_a_written_packet() -> None:
    topics = _topics(
        _in(
            "en",
            0,
            "A train of the Harbour Line derailed near Dornfeld on Monday, Northline Rail said.",
            "Northline Rail said the Harbour Line would stay closed. Mayor Ilse Varga visited.",
        ),
        _in("en", 1, "Northline Rail suspended the Harbour Line after the derailment."),
        _in("en", 2, "Investigators from Northline Rail examined the Harbour Line track."),
    )
    kinds = {t.name: t.kind for t in topics}
    assert kinds["Harbour Line"] != "person"
    assert kinds["Northline Rail"] != "person"
    assert kinds["Ilse Varga"] == "person"  # a person beside them stays one


def test_a_spanish_line_is_no_person() -> None:
    topics = _topics(
        _in("es", 0, "La Línea Norte del metro quedó cerrada el lunes por una avería."),
        _in("es", 1, "Los viajeros de la Línea Norte esperaron dos horas, dijo Marta Ruiz."),
        _in("en", 2, "Commuters on the Línea Norte waited for hours on Monday."),
    )
    assert all(t.kind != "person" for t in holding(topics, "Línea Norte"))
    assert [t.kind for t in holding(topics, "Marta Ruiz")] in ([], ["person"])


# -- one place under heads of one group ---------------------------------------------------


def test_two_spellings_of_a_head_noun_are_one_place() -> None:
    assert headed_names(["n:bairro alto", "n:barrio alto"], set()) == [
        ("n:bairro alto", "n:barrio alto")
    ]
    assert headed_names(["n:ponte vecchio", "n:pont vecchio"], set())  # Italian / French
    # Look-alikes: a palace and a square, an avenue and a street, of one name.
    assert not headed_names(["n:palazzo venezia", "n:piazza venezia"], set())
    assert not headed_names(["n:avenida da liberdade", "n:rua da liberdade"], set())
    # Two distinct names under one head.
    assert not headed_names(["n:bairro alto", "n:bairro novo"], set())


def _occ(article_id: str, text: str, word: str) -> tuple[tuple[str, int, str], Occurrence]:
    start = text.index(word)
    return (article_id, 0, text), Occurrence(article_id, 0, start, start + len(word), word)


def test_a_bare_name_joins_the_head_its_text_writes_beside_it() -> None:
    sightings = [
        _occ("a", "The Selva funicular stopped halfway up the hill.", "Selva"),
        _occ("b", "La funicolare di Selva è ferma da ieri.", "Selva"),
        _occ("c", "Le funiculaire de la Selva reprendra lundi.", "Selva"),
    ]
    paragraphs = [p for p, _o in sightings]
    occurrences = {"n:selva": [o for _p, o in sightings]}
    longs = ["n:elevador da selva", "n:calcada da selva"]
    pairs = headed_names(longs, {"n:selva"}, occurrences, paragraphs)
    assert pairs == [("n:elevador da selva", "n:selva")]  # the lift, not the street
    # Written with no head beside it, the bare name is ambiguous: it joins neither.
    plain = [_occ("d", "Selva was crowded.", "Selva"), _occ("e", "We saw Selva.", "Selva")]
    occurrences = {"n:selva": [o for _p, o in plain]}
    assert not headed_names(longs, {"n:selva"}, occurrences, [p for p, _o in plain])
    # One head only: the bare name joins it, as before.
    assert headed_names(["n:elevador da selva"], {"n:selva"}) == [
        ("n:elevador da selva", "n:selva")
    ]


def test_a_lift_and_its_bare_name_are_one_topic_and_the_street_another() -> None:
    topics = _topics(
        _in("pt", 0, "O Elevador da Selva descarrilou ontem na Calçada da Selva, em Porto Velho."),
        _in("pt", 1, "O Elevador da Selva liga a Calçada da Selva ao Bairro Alto de Porto Velho."),
        _in("en", 2, "The Selva funicular derailed in Porto Velho; the Selva funicular is old."),
        _in("it", 3, "La funicolare di Selva è deragliata. La funicolare di Selva è storica."),
        _in("es", 4, "El funicular de Selva, que sube al Barrio Alto, descarriló."),
        # Both spellings in Italian texts: no longer two languages' names, one place all the same.
        _in("it", 5, "I residenti del Barrio Alto hanno sentito il boato."),
        _in("it", 6, "Nel Bairro Alto i negozi sono rimasti chiusi."),
    )
    lift = holding(topics, "Elevador da Selva")
    assert len(lift) == 1 and "Selva" in lift[0].aliases
    assert "Calçada da Selva" not in lift[0].aliases
    quarter = holding(topics, "Bairro Alto")
    assert len(quarter) == 1 and "Barrio Alto" in quarter[0].aliases


# -- key words that are no subject --------------------------------------------------------


def test_what_a_tally_counts_is_no_key_word() -> None:
    texts = [
        ("a", 0, "O acidente deixou 16 mortos e 21 feridos, cinco dos feridos em estado grave."),
        ("b", 0, "Almeno 16 morti e venti feriti nel deragliamento."),
        ("c", 0, "Os feridos foram levados ao hospital."),
    ]
    languages = {"a": "pt", "b": "it", "c": "pt"}
    occs = []
    for article_id, _i, text in texts:
        for word in ("feridos", "feriti"):
            start = text.find(word)
            while start >= 0:
                occs.append(Occurrence(article_id, 0, start, start + len(word), word))
                start = text.find(word, start + 1)
    assert counted(occs, ParagraphTexts(texts), languages)  # "21 feridos", "venti feriti"
    # A subject counted once among many plain uses stays: "133 cardinals", "the cardinals".
    texts = [
        ("a", 0, "The 133 cardinals met; the cardinals voted; the cardinals prayed."),
        ("b", 0, "Les cardinaux ont voté. Les cardinaux sont sortis."),
    ]
    occs = [
        Occurrence(a, 0, m, m + len(w), w)
        for a, _i, t in texts
        for w in ("cardinals", "cardinaux")
        for m in [i for i in range(len(t)) if t.startswith(w, i)]
    ]
    assert not counted(occs, ParagraphTexts(texts), {"a": "en", "b": "fr"})
    # A year before a word is no count ("the 2019 fire").
    year = [("a", 0, "the 2019 restoration"), ("b", 0, "after the 2019 restoration")]
    occs = [Occurrence(a, 0, t.index("restoration"), len(t), "restoration") for a, _i, t in year]
    assert not counted(occs, ParagraphTexts(year), {"a": "en", "b": "en"})


def test_number_words_are_the_languages_own() -> None:
    assert "venti" in number_words("it")
    assert "dezasseis" in number_words("pt") or "dezesseis" in number_words("pt")
    assert "dos" not in number_words("pt")  # Spanish "two" is Portuguese "of the"
    assert "dos" in number_words("es")
    assert not number_words("xx")  # a language num2words does not write


def test_everyday_words_are_no_key_words() -> None:
    assert everyday("vehicles", {("vehicles", "en"): 2, ("véhicules", "fr"): 1})
    assert everyday("massive", {("massive", "en"): 1, ("masivo", "es"): 2})
    assert everyday("emergenza", {("emergenza", "it"): 3})
    assert everyday("causas", {("causas", "es"): 2, ("causado", "pt"): 1})
    # Subjects stay: rarer in the general language, whatever the packet writes.
    assert not everyday("conclave", {("conclave", "it"): 2, ("Konklave", "de"): 2})
    assert not everyday("incendie", {("incendie", "fr"): 5, ("incendio", "it"): 3})
    assert not everyday("restoration", {("restauration", "fr"): 5, ("restoration", "en"): 2})
    assert not everyday("blackout", {("blackout", "en"): 5, ("apagón", "es"): 2})
    # The name's language decides: Italian writes "referendum" every day, English does not.
    assert not everyday("referendum", {("referendum", "en"): 2, ("referendum", "it"): 3})
    assert everyday("referendum", {("referendum", "it"): 3})


def test_what_kind_of_body_a_name_is_is_no_key_word() -> None:
    assert describing({("operator", "en"): 2, ("opérateur", "fr"): 2, ("operadora", "pt"): 1})
    assert describing({("broadcasters", "en"): 2, ("radiodiffuseurs", "fr"): 1})
    # A subject that is no kind of body stays, and so does a cable (a thing, not a body).
    assert not describing({("cables", "en"): 1, ("câble", "fr"): 2})
    assert not describing({("referendum", "en"): 2, ("Referendum", "de"): 2})
    assert not describing({("opérateur", "fr"): 2})  # no English form to tell
