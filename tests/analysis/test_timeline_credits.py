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


def _dated(sentence: str, language: str) -> list[tuple[str, bool]]:
    return [(found[3].text, found[5]) for found in dated_phrases(sentence, language, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "note", "prose"),
    [
        (
            "pt",
            "[Notícia atualizada às 21h10 de 3 de maio de 2031 - balanço revisto] "
            "O edifício ruiu esta quarta-feira.",
            "3 de maio de 2031",
            "esta quarta-feira",
        ),
        (
            "en",
            "[Updated 3 May 2031 with the new toll] The bridge fell on Tuesday.",
            "3 May 2031",
            "on Tuesday",
        ),
        (
            "de",
            "[Aktualisiert am 3. Mai 2031] Die Halle brannte am Dienstag.",
            "3. Mai 2031",
            "am Dienstag",
        ),
    ],
)
def test_a_date_in_an_opening_editors_note_is_not_an_event_but_the_prose_after_is(
    language: str, sentence: str, note: str, prose: str
) -> None:
    found = dict(_dated(sentence, language))
    note_key = next(k for k in found if note in k)
    prose_key = next(k for k in found if prose.split()[-1] in k)
    assert found[note_key] is True
    assert found[prose_key] is False


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "He said [on 3 May 2031] that the hall would close."),  # inside the sentence
        ("en", "(On 3 May 2031) the hall closed."),  # round brackets are the writer's
        ("fr", "Le 3 mai 2031 [la salle] a fermé."),  # the date is outside the brackets
    ],
)
def test_brackets_that_do_not_open_the_sentence_around_the_date_leave_it_an_event(
    language: str, sentence: str
) -> None:
    assert [caption for _, caption in _dated(sentence, language)] == [False]
