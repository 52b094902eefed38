"""Issue 12: the stamp and outlet under a picture or a video ("07.12.2031, Agence Example")
dates nothing the story is about; a date in prose, however short, still does."""

from __future__ import annotations

import pytest

from briefing.analysis.date_sentences import dated_phrases


def _caption(sentence: str, language: str) -> list[bool]:
    return [found[5] for found in dated_phrases(sentence, language, language)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "07.12.2031, Radio Exemple"),
        ("en", "Northwire / 3 May 2031"),
        ("es", "MADRID, 3 de mayo de 2031 (Agencia Ejemplo)"),
        ("ru", "3 мая 2031, Пример Новости"),
        ("de", "Beispielblatt | 3. Mai 2031"),
    ],
)
def test_a_date_with_only_an_outlet_or_place_set_off_is_a_credit(
    language: str, sentence: str
) -> None:
    assert _caption(sentence, language) == [True]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Am 7. Mai 2031 Wiedereröffnung der Halle."),  # nouns capitalised, no break
        ("en", "The hall reopened on 3 May 2031, Northwire said."),
        ("fr", "Le 7 décembre 2031, Macron parle aux pompiers."),
        ("it", "Roma, 3 maggio 2031 - Il ministro si è dimesso."),  # a dateline, then the news
        ("en", "On 3 May 2031, Police / Fire"),  # a word of prose before the date
    ],
)
def test_a_date_in_prose_is_not_a_credit(language: str, sentence: str) -> None:
    assert _caption(sentence, language) == [False]
