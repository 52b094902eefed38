"""Emergency services named with common nouns ("la Guardia Civil", "la Protezione Civile") are
bodies, and a department named after its service ("Dipartimento della Protezione Civile") is
that service: one topic across languages.

Every text here is written for the test (invented places and people).
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.department_names import department_tails
from briefing.topics.naming import name_key


def test_a_service_named_with_everyday_words_is_a_body_in_several_languages() -> None:
    articles = [
        article(
            "es1",
            "Dos agentes de la Guardia Civil están entre los heridos del temporal en Velmora. "
            "La Guardia Civil busca a los vecinos desaparecidos desde el martes.",
        ),
        article(
            "it1",
            "Una donna è stata salvata dalla Guardia Civil sulla strada per Velmora. "
            "Il capo della Protezione Civile, Dario Ventresca, ha parlato ai giornalisti.",
        ),
        article(
            "en1",
            "The head of the Civil Protection, Dario Ventresca, said that more rescuers "
            "would reach Velmora by Tuesday night.",
        ),
        article(
            "pt1",
            "A Proteção Civil informou que as buscas em Velmora continuam durante a noite.",
        ),
    ]
    topics = extract_topics(articles)
    guard = holding(topics, "Guardia Civil")
    assert len(guard) == 1 and guard[0].kind == "organisation"
    protection = holding(topics, "Protezione Civile")
    assert len(protection) == 1 and protection[0].kind == "organisation"
    assert {"Civil Protection", "Proteção Civil"} <= set(protection[0].aliases)


def test_everyday_capitalised_words_without_a_service_noun_stay_no_topic() -> None:
    # A service's noun opening a sentence before a lower-case word, and the service written
    # in lower case: no names.
    articles = [
        article(
            "es1",
            "Los vecinos de Velmora pidieron más ayuda a la policía local del barrio. "
            "Protección civil es lo que pedían los vecinos desde hace años.",
        ),
        article(
            "es2",
            "En Velmora la guardia civil no llegó antes de la noche. Protección civil es lo "
            "que faltaba, dijeron los vecinos de Velmora.",
        ),
    ]
    names = {n.casefold() for t in extract_topics(articles) for n in (t.name, *t.aliases)}
    assert not names & {"protección civil", "protección", "guardia civil", "policía local"}


def _occ(surface: str) -> Occurrence:
    return Occurrence("a", 0, 10, 10 + len(surface), surface)


def _tails(*surfaces: str) -> list[tuple[str, str]]:
    sightings = {name_key(s): [_occ(s)] for s in surfaces}
    found = department_tails(sightings, sightings, lambda text: text == "New York")
    return [(key, occ.surface) for key, occ in found]


def test_a_department_named_after_its_service_is_also_that_service() -> None:
    assert _tails("Dipartimento della Protezione Civile") == [
        (name_key("Dipartimento della Protezione Civile"), "Protezione Civile")
    ]
    assert _tails("Department of Homeland Security") == [
        (name_key("Department of Homeland Security"), "Homeland Security")
    ]
    # The tail's span is the end of the long name's.
    key = name_key("Dipartimento della Protezione Civile")
    sightings = {key: [_occ("Dipartimento della Protezione Civile")]}
    ((_key, occ),) = department_tails([key], sightings, lambda text: False)
    assert (occ.start, occ.end) == (10 + len("Dipartimento della "), 10 + 36)


def test_no_tail_of_one_word_a_place_or_a_name_that_is_no_department() -> None:
    assert _tails("Department of Justice") == []  # "Justice" alone names nothing
    assert _tails("Department of New York") == []  # a place: what tells it apart
    assert _tails("Bank of Central Lending") == []  # no department's head
    assert _tails("Dipartimento Nazionale Protezione Civile") == []  # no link: one name
    assert _tails("Dipartimento della protezione civile") == []  # no capitals: no name


def test_the_long_name_and_the_service_alone_are_one_topic() -> None:
    articles = [
        article(
            "it1",
            "Il bilancio è stato confermato dal Dipartimento della Protezione Civile nella "
            "notte. I soccorsi a Velmora continuano.",
        ),
        article(
            "it2",
            "Il capo della Protezione civile, Dario Ventresca, ha parlato a Velmora. Secondo "
            "il capo della Protezione civile i dispersi sono dieci.",
        ),
        article("en1", "Italy's Civil Protection said the bridge at Velmora would stay shut."),
    ]
    topics = extract_topics(articles)
    found = holding(topics, "Dipartimento della Protezione Civile")
    assert len(found) == 1
    assert {"Protezione civile", "Civil Protection"} <= set(found[0].aliases)
