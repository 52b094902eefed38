"""Whose date a sentence writes: the act's, or another noun's (made-up texts, several languages)."""

from __future__ import annotations

import pytest

from briefing.topics.date_owner import date_of_other_noun


def _other(text: str, act: str, date: str, language: str) -> bool:
    at, on = text.index(act), text.index(date)
    return date_of_other_noun(text, (on, on + len(date)), [(at, at + len(act))], language)


@pytest.mark.parametrize(
    ("language", "text", "act", "date"),
    [
        (
            "en",
            "She handed over the merger papers to the charter, signed in 1961 by nine towns.",
            "merger",
            "1961",
        ),
        ("en", "The merger charter, which was signed in 1961, binds them.", "merger", "1961"),
        (
            "fr",
            "Il a remis l'acte de fusion à la charte de Tarvik, signée le 3 mai 1961 par neuf "
            "villes.",
            "fusion",
            "1961",
        ),
        ("fr", "La fusion avec la ligue, dont le siège date de 1961, est close.", "fusion", "1961"),
        ("es", "La fusión con el pacto firmado en 1961 fue celebrada.", "fusión", "1961"),
        ("it", "La fusione con il patto firmato nel 1961 è stata celebrata.", "fusione", "1961"),
        ("de", "Die Fusion mit dem 1961 unterzeichneten Pakt wurde gefeiert.", "Fusion", "1961"),
        ("ru", "Слияние с союзом, подписанным в 1961 году, состоялось.", "Слияние", "1961"),
        ("ru", "Слияние с союзом, который возник в 1961 году, состоялось.", "Слияние", "1961"),
    ],
)
def test_a_date_in_a_clause_of_another_noun_is_that_nouns(
    language: str, text: str, act: str, date: str
) -> None:
    assert _other(text, act, date, language)


@pytest.mark.parametrize(
    ("language", "text", "act", "date"),
    [
        ("en", "The 1999 Izmit earthquake killed thousands.", "earthquake", "1999"),
        ("en", "The earthquake which struck Izmit in 1999 killed thousands.", "earthquake", "1999"),
        ("en", "The flood in Plovdiv, which killed ten in 1998, was worse.", "flood", "1998"),
        ("en", "The flood in Plovdiv killed ten in 1998.", "flood", "1998"),  # a past tense
        ("en", "The first round on 4 May was calm.", "round", "4 May"),
        ("fr", "La fusion a été signée en 1961 à Tarvik.", "fusion", "1961"),  # the verb
        ("fr", "Le premier tour, organisé le 4 mai, fut calme.", "tour", "4 mai"),
        ("es", "La fusión en Tarvik en 1961 fue celebrada.", "fusión", "1961"),
        ("de", "Die Fusion 1961 brachte Änderungen.", "Fusion", "1961"),  # a finite verb
        ("ru", "Слияние в 1961 году прошло спокойно.", "Слияние", "1961"),
        ("ja", "1961年の合併", "合併", "1961"),  # no classes for the language: kept
    ],
)
def test_a_date_the_sentence_ties_to_the_act_stays(
    language: str, text: str, act: str, date: str
) -> None:
    assert not _other(text, act, date, language)
