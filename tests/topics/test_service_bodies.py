"""Emergency services named with common nouns ("la Guardia Civil", "la Protezione Civile") are
bodies, and a department named after its service ("Dipartimento della Protezione Civile") is
that service: one topic across languages.

Every text here is written for the test (invented places and people).
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.department_names import department_tails, qualified_heads
from briefing.topics.lowercase_names import headed_pairs, lowercase_services
from briefing.topics.naming import name_key
from briefing.topics.phrase_names import phrase_cognates


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


def test_a_service_qualified_by_its_country_meets_its_translation() -> None:
    articles = [
        article(
            "pt1",
            "Pela manhã, a Proteção Civil de Portugal divulgou o número de feridos em Velmora.",
        ),
        article(
            "it1",
            "Sul posto i mezzi della Protezione Civile per soccorrere i feriti a Velmora.",
        ),
    ]
    found = holding(extract_topics(articles), "Proteção Civil de Portugal")
    assert len(found) == 1 and "Protezione Civile" in found[0].aliases


def _heads(*surfaces: str) -> list[tuple[str, str]]:
    sightings = {name_key(s): [_occ(s)] for s in surfaces}
    places = {"Portugal", "Colombia", "México"}
    found = qualified_heads(sightings, sightings, lambda text: text in places, name_key)
    return [(key, occ.surface) for key, occ in found]


def test_the_head_of_a_qualified_name_only_when_one_body_has_it() -> None:
    assert _heads("Proteção Civil de Portugal") == [
        (name_key("Proteção Civil de Portugal"), "Proteção Civil")
    ]
    # Two universities, one head: neither is given it.
    assert _heads("Universidad Nacional de Colombia", "Universidad Nacional de México") == []
    # The head written alone is the qualified pairs' case (:mod:`.qualified_names`).
    assert _heads("Proteção Civil de Portugal", "Proteção Civil") == []
    assert _heads("Proteção civil de Portugal") == []  # one capital: no name of two words
    assert _heads("Rua Nova de Velmora") == []  # no place after the link


def test_latin_tio_endings_are_one_stem_across_languages() -> None:
    alike = phrase_cognates(
        [name_key("Protezione Civile"), name_key("Proteção Civil"), name_key("Komisja Krajowa")],
        {
            name_key("Protezione Civile"): {"it"},
            name_key("Proteção Civil"): {"pt"},
            name_key("Komisja Krajowa"): {"pl"},
        },
    )
    assert alike == [(name_key("Protezione Civile"), name_key("Proteção Civil"))]
    # Different stems keep their distance whatever their endings.
    assert (
        phrase_cognates(
            [name_key("Comissão Nacional"), name_key("Protezione Nazionale")],
            {name_key("Comissão Nacional"): {"pt"}, name_key("Protezione Nazionale"): {"it"}},
        )
        == []
    )


_FR = {"fr1": "fr", "fr2": "fr", "en1": "en"}


def test_a_bodys_noun_and_its_word_in_two_articles_is_a_name() -> None:
    paragraphs = [
        ("fr1", 0, "Selon la présidente de la Commission européenne, l'attaque est odieuse."),
        (
            "fr2",
            0,
            "Mercredi soir, la présidente de la Commission européenne a condamné l'attaque "
            "contre le maire de Velmora, qui reste hospitalisé dans un état grave.",
        ),
    ]
    found = headed_pairs(paragraphs, _FR, frozenset({"de", "la", "a", "pour"}))
    assert list(found) == [name_key("Commission européenne")]
    assert [o.surface for o in found[name_key("Commission européenne")]] == [
        "Commission européenne",
        "Commission européenne",
    ]
    topics = extract_topics(
        [
            article("fr1", paragraphs[0][2]),
            article("fr2", paragraphs[1][2]),
            article("en1", "The attack in Velmora was condemned by leaders across the region."),
        ]
    )
    assert len(holding(topics, "Commission européenne")) == 1


def test_no_name_from_one_article_a_common_noun_or_a_function_word() -> None:
    function = frozenset({"de", "la", "a", "pour", "le"})
    once = [
        (
            "fr1",
            0,
            "Selon la Commission européenne, rien ne change. La Commission européenne dit non.",
        ),
    ]
    assert headed_pairs(once, _FR, function) == {}  # two uses, one article
    plain = [
        ("fr1", 0, "Le chef de la Sécurité routière parle. Une commission européenne se réunit."),
        ("fr2", 0, "Une commission européenne a siégé; la Sécurité routière reste muette."),
    ]
    assert headed_pairs(plain, _FR, function) == {}  # no body's noun capitalised
    linked = [
        ("fr1", 0, "Il a écrit à la Commission pour demander un délai."),
        ("fr2", 0, "Elle a écrit à la Commission pour obtenir une réponse."),
    ]
    assert headed_pairs(linked, _FR, function) == {}  # "pour": a function word
    english = [
        ("en1", 0, "He wrote to the Commission yesterday about the delay."),
        ("en2", 0, "She wrote to the Commission yesterday about the answer."),
    ]
    assert headed_pairs(english, {"en1": "en", "en2": "en"}, function) == {}  # English: no


_SERVICES = {"it1": "it", "it2": "it", "es1": "es", "en1": "en"}


def _lowercase(
    targets: dict[str, tuple[str, set[str], set[str]]], *texts: tuple[str, str]
) -> list[tuple[str, str, str]]:
    found = lowercase_services([(a, 0, t) for a, t in texts], _SERVICES, targets)
    return [(key, o.article, o.surface) for key, o in found]


def test_a_service_written_in_lower_case_by_another_article_is_that_service() -> None:
    key = name_key("Vigili del Fuoco")
    targets = {key: ("Vigili del Fuoco", {"it"}, {"it1"})}
    assert _lowercase(
        targets,
        ("it1", "Poi i vigili del fuoco hanno chiuso la strada."),  # the article that names it
        ("it2", "Secondo i vigili del fuoco la strada resta chiusa."),
        ("es1", "Los vigili del fuoco italianos llegaron."),  # a language that never lists it
    ) == [(key, "it2", "vigili del fuoco")]


def test_no_lower_case_reading_of_a_body_that_is_no_service() -> None:
    key = name_key("Casa Blanca")
    targets = {key: ("Casa Blanca", {"es"}, {"es1"})}
    assert _lowercase(targets, ("it2", "La casa blanca sulla collina."), ("es1", "")) == []
    one_word = {name_key("Policía"): ("Policía", {"es"}, {"es1"})}
    assert _lowercase(one_word, ("it2", "La policía llegó.")) == []  # one word: no name


def test_the_lower_case_service_joins_the_listed_name() -> None:
    articles = [
        article(
            "it1",
            "A Velmora sono intervenuti i Vigili del Fuoco con quattro squadre e due "
            "autoscale per spegnere le fiamme.",
        ),
        article(
            "it2",
            "Secondo i vigili del fuoco il ponte di Velmora resta chiuso, e i vigili del fuoco "
            "controllano gli edifici vicini.",
        ),
        article("en1", "Firefighters in Velmora worked through the night, officials said."),
    ]
    (topic,) = holding(extract_topics(articles), "Vigili del Fuoco")
    assert {m.article_id for m in topic.mentions} == {"it1", "it2"}
