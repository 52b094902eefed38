"""Names opened by the Arabic article in Latin letters (:mod:`briefing.topics.article_names`),
a long form with a hyphen spelling its acronym, and a body's name cut at its inner "in the".

Invented sentences about invented groups ("al-Nusrat", "Ash-Shamal") and a made-up town
("Varkal"); look-alikes: Spanish "el Gobierno" and Italian "al Governo" (an article and a
noun), a given name "Al" the briefing never writes with a lower-case article, a bracketed
acronym the words before it do not spell, and a place after "in the" at a sentence's start.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.article_names import (
    article_before,
    article_groups,
    bare_name,
    written_with_article,
)
from briefing.topics.candidates import Occurrence
from briefing.topics.cut_names import tail_of
from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.spelled_out import long_form_ahead
from briefing.topics.tokens import tokenize


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _opened(text: str, word: str, language: str) -> str | None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == word)
    own = STOPWORDS if language == "en" else function_words(language)
    k = article_before(tokens, first, own)
    return None if k is None else text[tokens[k].start : tokens[first].end]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Fighters of al-Nusrat raided the depot.", "en", "al-Nusrat"),
        ("A cell tied to al Nusrat raided the depot.", "en", "al Nusrat"),
        ("Un commando lié à el-Nusrat a frappé.", "fr", "el-Nusrat"),
        ("Die Gruppe al Nusrat griff das Depot an.", "de", "al Nusrat"),
        ("Un grupo de ash-Shamal atacó el depósito.", "es", "ash-Shamal"),
    ],
)
def test_a_lower_case_article_opens_the_name(text: str, language: str, name: str) -> None:
    assert _opened(text, name.split("-")[-1].split()[-1], language) == name


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Las críticas al Gobierno crecieron en el Congreso.", "es", "Gobierno"),
        ("Ayer el Gobierno aprobó la ley.", "es", "Gobierno"),
        ("Il ministro ha scritto al Governo ieri.", "it", "Governo"),
        ("Cererea al Serviciului a fost respinsă.", "ro", "Serviciului"),
        # A sun-letter article without its hyphen is an everyday word: "as", "an", "at".
        ("He spoke as Minister of the Interior.", "en", "Minister"),
        ("They met at Varkal station.", "en", "Varkal"),
        # An acronym after the article is no Arabic name: "al-CIA" is left as it was.
        ("Officials of al-CIA said nothing.", "en", "CIA"),
    ],
)
def test_a_function_word_or_a_bare_particle_opens_nothing(
    text: str, language: str, word: str
) -> None:
    assert _opened(text, word, language) is None


def test_the_writings_of_one_name() -> None:
    assert [bare_name(s) for s in ("al-Nusrat", "al Nusrat", "Al Nusrat", "Ash-Shamal")] == [
        "Nusrat",
        "Nusrat",
        "Nusrat",
        "Shamal",
    ]
    assert bare_name("Nusrat") is None and bare_name("El Salvador Norte") is None
    assert bare_name("as Minister") is None  # a spaced sun-letter form is no article
    assert written_with_article("al Nusrat") and written_with_article("Al-Nusrat")
    assert not written_with_article("Al Nusrat")  # "Al" may be a given name


def _use(surface: str, article: str = "001", start: int = 10) -> Occurrence:
    return Occurrence(article, 0, start, start + len(surface), surface)


def test_groups_join_the_writings_and_the_bare_name() -> None:
    groups = article_groups(
        {
            "al Nusrat": [_use("al Nusrat"), _use("al Nusrat", "002")],
            "Al Nusrat": [_use("Al Nusrat", "003")],
            "Nusrat": [_use("Nusrat", "004")],
            "Varkal": [_use("Varkal")],
        }
    )
    assert sorted(groups) == ["Varkal", "al Nusrat"]
    assert len(groups["al Nusrat"]) == 4


def test_a_capital_al_with_no_lower_case_writing_is_read_as_before() -> None:
    # "Al Dorsey" twice and never "al Dorsey": a given name, maybe; the bare name as before.
    groups = article_groups({"Al Dorsey": [_use("Al Dorsey", start=4)]})
    assert list(groups) == ["Dorsey"]
    (use,) = groups["Dorsey"]
    assert (use.start, use.surface) == (7, "Dorsey")


def test_a_hyphen_inside_the_long_form_spells_no_letter() -> None:
    text = "Un commando d'Al-Nusrat au Sahel oriental (ANSO) a frappé Varkal."
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == "Al")
    last = next(i for i, t in enumerate(tokens) if t.text == "Nusrat")
    found = long_form_ahead(text, tokens, first, last, function_words("fr"))
    assert found is not None
    assert text[tokens[found[0]].start : tokens[found[1]].end] == "Al-Nusrat au Sahel oriental"


def test_an_acronym_the_words_do_not_spell_is_no_definition() -> None:
    # Spanish leaves a word of the French acronym out: "Al Nusrat en el Sahel (ANSO)".
    text = "Un grupo de Al Nusrat en el Sahel (ANSO) atacó Varkal."
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == "Al")
    found = long_form_ahead(text, tokens, first, first + 1, function_words("es"))
    assert found is None


def test_in_the_opens_a_tail_only_after_a_name_in_mid_sentence() -> None:
    text = "A cell of al Nusrat in the Eastern Sahel struck."
    start = text.index("Eastern")
    assert tail_of(_use("Eastern Sahel", start=start), text)
    text = "Floods in the Eastern Sahel grew."  # a sentence's first word before "in the"
    start = text.index("Eastern")
    assert not tail_of(_use("Eastern Sahel", start=start), text)
    text = "The raid in the Eastern Sahel grew."  # a lower-case word before "in the"
    start = text.index("Eastern")
    assert not tail_of(_use("Eastern Sahel", start=start), text)


_PACKET = [
    _in("en", 0, "Officials said fighters of al-Nusrat raided a depot near Varkal on Monday."),
    _in("en", 1, "A cell tied to al Nusrat in the Eastern Front claimed the raid near Varkal."),
    _in("en", 2, "Analysts said al Nusrat in the Eastern Front has grown near Varkal."),
    _in("fr", 3, "Un commando d'Al-Nusrat au Front oriental (ANFO) a attaqué un dépôt à Varkal."),
    _in("es", 4, "Un grupo de Al Nusrat atacó Varkal. El Gobierno condenó el ataque."),
    _in("de", 5, "Eine Gruppe der Organisation al-Nusrat griff am Montag ein Depot bei Varkal an."),
]


def test_in_a_packet_the_name_keeps_its_article_and_is_one_topic() -> None:
    topics = extract_topics(_PACKET)
    names = [t.name for t in topics]
    assert "Nusrat" not in names, names
    (nusrat,) = [t for t in topics if "al Nusrat" in t.aliases]
    assert {"al-Nusrat", "al Nusrat", "Al Nusrat"} <= set(nusrat.aliases), nusrat.aliases
    assert nusrat.name.lower().startswith("al")


def test_in_a_packet_the_acronym_holds_its_long_form_and_no_fragment_is_left() -> None:
    topics = extract_topics(_PACKET)
    anfo = holding(topics, "ANFO")
    assert anfo and "Al-Nusrat au Front oriental" in anfo[0].aliases, [t.aliases for t in topics]
    assert not holding(topics, "Eastern Front"), [t.name for t in topics]
    assert not holding(topics, "Front"), [t.name for t in topics]


def test_spanish_article_and_noun_is_no_name() -> None:
    topics = extract_topics(
        [
            _in("es", 0, "Las críticas al Gobierno crecieron en Varkal el lunes."),
            _in("es", 1, "Ayer el Gobierno de Varkal aprobó la ley contra el Gobierno."),
            _in("en", 2, "The Gobierno of Varkal passed the law on Monday in Varkal."),
        ]
    )
    assert not [a for t in topics for a in t.aliases if a.lower().startswith(("al ", "el "))]


def test_a_persons_surname_with_its_article_stays_the_persons() -> None:
    topics = extract_topics(
        [
            _in(
                "en",
                0,
                "President Bashir al-Harrafi met the envoy in Varkal. Later al-Harrafi spoke.",
            ),
            _in(
                "en", 1, "Bashir al Harrafi told reporters in Varkal that al Harrafi would travel."
            ),
            _in(
                "fr",
                2,
                "Le président Bashir al-Harrafi a reçu l'envoyé. Selon al-Harrafi, tout va bien.",
            ),
        ]
    )
    (person,) = [t for t in topics if "al-Harrafi" in t.aliases]
    assert person.kind == "person" and person.name.startswith("Bashir"), person
    assert {"al Harrafi", "Bashir al Harrafi"} <= set(person.aliases)


def test_german_keeps_the_name_after_its_article_a_capital_noun_though_it_is() -> None:
    # German capitalises nouns; a capital alone between lower-case words reads as one, but
    # not after "al-": that word is the name the article opens.
    from briefing.topics.first_pass import read

    articles = [
        _in("de", 0, "Die Gruppe al-Nusrat griff am Montag das Depot bei Varkal an."),
        _in("en", 1, "Officials in Varkal said the depot was raided on Monday."),
    ]
    found = read(articles, languages={a.id: a.language for a in articles})
    assert "al-Nusrat" in [o.surface for o, _ in found.surnames]
