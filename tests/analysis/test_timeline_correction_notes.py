"""A correction or update note opening a text dates an earlier version of the text, not an event
of the story (``correction_notes``); a sentence that reports a correction as news is an event.
Written fixture text only, in several languages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.correction_notes import bracketed_note_end, note_head_end
from briefing.analysis.date_sentences import dated_phrases


def _dated(text: str, language: str) -> list[tuple[str, str, bool]]:
    """(sentence, date phrase, marked not an event) of each date of ``text``."""
    return [(f[2], f[3].text, f[5]) for f in dated_phrases(text, language, language)]


@pytest.mark.parametrize(
    ("language", "text", "note"),
    [
        ("de", "(Berichtigung der Meldung vom 3.5.2031: Der Hafen heißt Velmora.)", "3.5.2031"),
        ("en", "Correction, 3 May 2031: An earlier version misspelt the harbour.", "3 May 2031"),
        ("fr", "(Rectificatif du 3 mai 2031 : le port s'appelle Velmora.)", "3 mai 2031"),
        (
            "es",
            "Corrección del 3 de mayo de 2031: el puerto se llama Velmora.",
            "3 de mayo de 2031",
        ),
        ("ru", "Исправление от 3 мая 2031 года: порт называется Вельмора.", "3 мая 2031"),
        ("en", "Update 3 May 2031: the harbour reopened to ferries.", "3 May 2031"),
        ("ja", "訂正(2031年5月3日):港の名前を直しました。", "2031年5月3日"),
        ("ko", "정정 2031년 5월 3일: 항구 이름을 바로잡았습니다.", "2031년 5월 3일"),
    ],
)
def test_the_date_in_a_notes_head_is_not_an_event(language: str, text: str, note: str) -> None:
    marks = [caption for _, phrase, caption in _dated(text, language) if phrase in note]
    assert marks and all(marks), (text, marks)


def test_what_the_note_says_after_its_colon_keeps_its_dates() -> None:
    found = _dated("Correction: The ferry sank on 2 May 2031, not on 1 May.", "en")
    assert [caption for _, _, caption in found] == [False, False]


def test_a_bracketed_note_is_set_apart_from_the_prose_glued_after_it() -> None:
    text = "(Berichtigung der Meldung vom 3.5.2031: Der Name.)VELMORA - Am 2.5.2031 brannte es."
    found = _dated(text, "de")
    assert [(phrase, caption) for _, phrase, caption in found] == [
        ("3.5.2031", True),
        ("2.5.2031", False),
    ]
    assert found[1][0].startswith("VELMORA")  # the prose's sentence carries no note


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministry corrected its figure on Monday, 3 May 2031."),  # news of a correction
        ("en", "Correction of the figures came on 3 May 2031, the ministry said."),  # no colon
        ("en", "Correctional officers said on 3 May 2031: the jail is full."),  # not the label
        ("de", "Die Berichtigung kam am 3. Mai 2031: Das Amt nannte 40 Tote."),  # not opening
        ("en", "Updates followed on 3 May 2031 and the next day: ten in all."),
        ("ru", "Поправка к закону вступила в силу 3 мая 2031 года: так решил суд."),
        (
            "en",
            "Correction came slowly. The harbour reopened on 3 May 2031: ferries ran again.",
        ),  # the head runs past a sentence's end
    ],
)
def test_a_correction_reported_as_news_is_an_event(language: str, text: str) -> None:
    found = _dated(text, language)
    assert found, text
    assert not any(caption for _, _, caption in found), found


def test_head_and_bracket_positions() -> None:
    text = "(Update of 3 May 2031: toll revised.) The harbour burned."
    head = note_head_end(text)
    assert head is not None and text[head] == ":"
    close = bracketed_note_end(text)
    assert close is not None and text[close] == ")"
    assert bracketed_note_end("(Update: toll revised.)") is None  # nothing follows the note


def test_the_notes_day_is_no_line_of_the_timeline(article: MakeArticle) -> None:
    made = article(
        "a",
        "(Berichtigung der Meldung vom 3.5.2031: Die Quelle ist das Hafenamt.)",
        "Der Frachter lief am 1.5.2031 vor Velmora auf Grund.",
        date=dt.date(2031, 5, 4),
    )
    made = dataclasses.replace(made, language="de")
    events = {(e.phrase, e.event) for e in extract_timeline([made])}
    assert ("3.5.2031", False) in events
    assert ("1.5.2031", True) in events
