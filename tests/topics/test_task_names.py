"""A body named by its task joins its head and the task across the word for "for" in the
languages read ("Dicasterio para los Obispos", "Ministero per i Beni Culturali"), as English
"Organization for Security" always did. Every text here is written for the test (invented
bodies and places)."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.tokens import chunks, tokenize


def _chunks(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[c.first].start : tokens[c.last].end] for c in chunks(tokens)]


def test_the_word_for_for_and_its_article_join_a_bodys_head_and_task() -> None:
    assert _chunks("Lo dijo el Dicasterio para los Obispos ayer.") == [
        "Lo",
        "Dicasterio para los Obispos",
    ]
    assert _chunks("ha detto il Ministero per i Beni Varesini.") == [
        "Ministero per i Beni Varesini"
    ]
    assert _chunks("selon le Ministère pour la Transition Brenne,") == [
        "Ministère pour la Transition Brenne"
    ]
    assert _chunks("sagte die Union für Nordland gestern.") == ["Union für Nordland"]
    assert _chunks("said the Agency for Varn Waters.") == ["Agency for Varn Waters"]


def test_no_join_after_a_name_that_is_no_bodys_head_or_before_lower_case() -> None:
    # A place or a person before "para" is no body named by its task.
    assert _chunks("Votaron en Varela para los Obispos.") == ["Votaron", "Varela", "Obispos"]
    assert _chunks("un premio di Marco Brenti per i Vescovi.") == ["Marco Brenti", "Vescovi"]
    # A task in lower case is no name: the head stands alone.
    assert _chunks("el Ministerio para la gente del campo") == ["Ministerio"]
    assert _chunks("the Council for the first time") == ["Council"]
    # An article alone, with no capitalised word after it, joins nothing.
    assert _chunks("la Comisión para los") == ["Comisión"]


def test_a_body_named_by_its_task_in_two_texts_is_a_topic() -> None:
    texts = [
        "El Dicasterio para los Obispos revisó el caso de Varn el lunes.",
        "Según el Dicasterio para los Obispos, el nombramiento llegó tarde.",
    ] + [f"Informe {n} sobre el sínodo de Varn y su calendario." for n in range(6)]
    topics = extract_topics([article(f"{n:03d}", t) for n, t in enumerate(texts)])
    assert holding(topics, "Dicasterio para los Obispos")
