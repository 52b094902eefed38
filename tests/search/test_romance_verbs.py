"""An Italian, Spanish, French or Portuguese infinitive finds its irregular forms
(``romance_verbs.py``); function verbs, nouns sharing a form's stem and words of another
language stay apart. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced_by_language

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.romance_verbs import romance_verb_terms


@pytest.mark.parametrize(
    ("typed", "other", "language"),
    [
        ("dimettersi", "dimesso", "it"),  # a pronoun after the infinitive
        ("dimettere", "dimessa", "it"),  # filed under the participle dimesso
        ("prendere", "preso", "it"),
        ("scegliere", "scelse", "it"),
        ("poner", "puso", "es"),
        ("decir", "dijo", "es"),
        ("prendre", "pris", "fr"),
        ("mettre", "mis", "fr"),
        ("fazer", "fez", "pt"),
        ("dizer", "disse", "pt"),
    ],
)
def test_irregular_forms_found(typed: str, other: str, language: str) -> None:
    assert analyse_word(typed, language) != analyse_word(other, language)
    terms = romance_verb_terms(typed, (language,), prefixed(typed, other))
    assert analyse_word(other, language) in terms


def test_a_homograph_filed_under_another_verb_does_not_block() -> None:
    # The lexicon reads "prise" as a form of "priser"; "prendre" still finds "pris".
    terms = romance_verb_terms("prendre", ("fr",), prefixed("pris", "prise"))
    assert analyse_word("pris", "fr") in terms


@pytest.mark.parametrize(
    ("typed", "others", "languages", "apart"),
    [
        ("mettere", ("messo", "messa"), ("it",), "messa"),  # Mass
        ("devoir", ("devait", "devant"), ("fr",), "devant"),  # the preposition
        ("venir", ("vino", "vinieron"), ("es",), "vino"),  # wine
        ("comunicar", ("comunica", "comunidades"), ("es",), "comunidades"),
        ("essere", ("stato", "stati"), ("it",), "stato"),  # a function verb: state
        ("estar", ("estado", "estados"), ("pt",), "estado"),
        ("prendere", ("preso",), ("de", "en"), "preso"),  # no Italian text in the briefing
    ],
)
def test_look_alikes_stay_apart(
    typed: str, others: tuple[str, ...], languages: tuple[str, ...], apart: str
) -> None:
    terms = romance_verb_terms(typed, languages, prefixed(typed, *others))
    assert analyse_word(apart, languages[0]) not in terms


@pytest.mark.parametrize(
    ("typed", "others", "language"),
    [
        ("dimettere", ("dimissioni",), "it"),  # the verb's noun: another lemma
        ("parte", ("partito",), "it"),  # no infinitive
        ("prendere", ("prendono",), "it"),  # a form of the same stem: nothing to add
        ("poner", ("pondrá",), "fr"),  # a Spanish verb typed in a French briefing
    ],
)
def test_nothing_added(typed: str, others: tuple[str, ...], language: str) -> None:
    assert romance_verb_terms(typed, (language,), prefixed(typed, *others)) == frozenset()


IT = make_article("it", "Il ministro si è dimesso ieri sera.", title="Governo", language="it")
IT_NOUN = make_article("it-noun", "Le dimissioni arrivano ieri.", title="Sera", language="it")
FR = make_article("fr", "Le maire a pris la parole hier.", title="Mairie", language="fr")
FR_AT = make_article("fr-at", "Le car attendait devant la gare.", title="Gare", language="fr")
FR_HAD = make_article("fr-had", "Le train devait partir à midi.", title="Train", language="fr")
# One language per briefing: Italian's stemmer reads the French "devoir" as "dev" itself.
BRIEFINGS = {"it": [IT, IT_NOUN], "fr": [FR, FR_AT, FR_HAD]}


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SearchIndex]]:
    yield from synced_by_language(tmp_path_factory.mktemp, BRIEFINGS, "romance")


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("it", "dimettersi", {"it"}),  # not the noun "dimissioni": another lemma
        ("it", "dimesso", {"it"}),
        ("fr", "prendre", {"fr"}),
        ("fr", "devoir", set()),  # "devait" shares its stem with "devant": left
    ],
)
def test_search(
    indexes: dict[str, SearchIndex], language: str, query: str, expected: set[str]
) -> None:
    by_id = {a.id: a for a in BRIEFINGS[language]}
    assert hit_ids(indexes[language], query, by_id) == expected
