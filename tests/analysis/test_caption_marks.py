"""Issue 12: a caption or a page stamp that reached the body text is known by the marks it
carries (a credit after the date, a picture's positions, a bracketed update note), in any
language; prose that looks like one (a date, a slash, a bracket, a party letter) stays an
event. Text written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.caption_marks import bracketed_stamp, credited_caption, picture_positions
from briefing.analysis.date_sentences import dated_phrases


def _flags(text: str, language: str) -> list[tuple[str, bool]]:
    """(phrase, not an event) of each date phrase of ``text``."""
    return [(d[3].text, d[5]) for d in dated_phrases(text, language, language)]


# --- a caption closed by its credit -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("pl", "Powódź w Kessel (fot. z 14.05.2031) / AGENCJA PRZYKŁAD / Obrazy Wschód",
         "14.05.2031"),
        ("en", "Rescuers at the dam on 3 May 2031 | Jane Roe | Northwire", "3 May 2031"),
        ("de", "Helfer am Damm am 3. Mai 2031 / Max Muster / BILDDIENST", "3. Mai 2031"),
        ("es", "Rescatistas junto a la presa, el 3 de mayo de 2031 | Ana Pérez | AGENCIA",
         "3 de mayo de 2031"),
    ],
)  # fmt: skip
def test_a_caption_closed_by_a_slashed_credit_is_not_an_event(
    language: str, text: str, phrase: str
) -> None:
    assert _flags(text, language) == [(phrase, True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The dam burst on 3 May 2031 / 4 May 2031, the two reports say."),
        ("en", "The dam burst on 3 May 2031 / officials blamed the rain."),  # prose after it
        ("fr", "Le barrage a cédé le 3 mai 2031, a dit le préfet / la préfecture."),
        ("en", "The toll rose on 3 May 2031 and 24/7 shifts began."),
        ("en", "The vote moved from Tuesday / Wednesday"),  # the next word is a date
    ],
)
def test_a_slash_in_prose_is_no_credit(language: str, text: str) -> None:
    assert all(not caption for _, caption in _flags(text, language))


def test_a_credit_needs_capitalised_names_after_the_date() -> None:
    end = len("Rescuers, 3 May 2031")
    assert credited_caption("Rescuers, 3 May 2031) / AFP / East News", end)
    assert not credited_caption("Rescuers, 3 May 2031) / they said", end)
    assert not credited_caption("Rescuers, 3 May 2031 and more / AFP", end)  # words before it


# --- a page's update note in round brackets -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "(mis à jour le 3 mai 2031 à 16h50)"),
        ("en", "(Updated: 3 May 2031, 16:50)"),
        ("es", "(Actualizado el 3 de mayo de 2031 a las 16:50)"),
        ("de", "(Aktualisiert am 3. Mai 2031 um 16.50 Uhr)"),
    ],
)
def test_a_bracketed_update_note_is_not_an_event(language: str, text: str) -> None:
    found = _flags(text, language)
    assert found and all(caption for _, caption in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # prose in brackets: more words than a note has
        ("es", "(El puente cayó el 3 de mayo de 2031 a las 16:50, según la policía local.)"),
        ("en", "(The dam burst on 3 May 2031 at 16:50 after a night of heavy rain.)"),
        # a note's shape but no brackets: a statement ("at 16:50" in prose)
        ("fr", "Le barrage a cédé le 3 mai 2031 à 16h50."),
        # brackets but no clock time: a date in an aside
        ("en", "(Updated 3 May 2031)"),
    ],
)
def test_prose_in_brackets_or_a_date_with_its_time_stays_an_event(language: str, text: str) -> None:
    assert all(not caption for _, caption in _flags(text, language))


def test_a_bracket_inside_the_sentence_is_no_note() -> None:
    text = "The dam (updated 3 May 2031 at 16:50) held."
    assert not bracketed_stamp(text, 17, 27)


# --- a picture's positions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A boat sails past the flooded quay (bottom R) in Kessel on May 3, 2031.",
        "Minister Ortwin (2nd L) visits the dam in Kessel on May 3, 2031.",
        "Ortwin (L) and Brandt (R) meet in Kessel on May 3, 2031.",
        "Rescuers (L to R) Roe, Doe and Poe at the dam on May 3, 2031.",
    ],
)
def test_a_sentence_that_places_people_in_a_picture_is_a_caption(text: str) -> None:
    assert picture_positions(text)
    assert _flags(text, "en") == [("May 3, 2031", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Roe (R) said on May 3, 2031 that the dam would be rebuilt.",  # a party
        "Senators Roe (R) and Doe (R) said on May 3, 2031 that it would be rebuilt.",
        "The dam held on May 3, 2031, rescuers said (ABC).",
        "Section 3(c) of the act took effect on May 3, 2031.",
    ],
)
def test_one_bare_letter_or_a_clause_letter_is_no_caption(text: str) -> None:
    assert not picture_positions(text)
    assert all(not caption for _, caption in _flags(text, "en"))


def test_the_caption_s_prose_neighbour_keeps_its_event() -> None:
    """A caption run into the paragraph before its prose: only the caption's date is set
    aside; the next sentence, which dates the story, is an event."""
    day = dt.date(2031, 5, 4)
    text = (
        "A helicopter flies over the flooded town (bottom R) after the dam burst on May 3, "
        "2031. The dam burst on May 3 after a night of rain, officials said."
    )
    events = {e.phrase: e.event for e in extract_timeline([make_article("a", text, date=day)])}
    assert events == {"May 3, 2031": False, "May 3": True}
