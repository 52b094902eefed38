"""An act introduced by "after" is not dated by its sentence's day (:mod:`.after_words`).

Written fixtures (no article text): the ferry of :mod:`analysis.ferry_fixtures` capsized on
Thursday 12 March 2026. An undated article tells the divers' search of Friday "after" the
capsizing: Friday is the search's day, not the capsizing's. The look-alikes keep the act's
word on the day's side of the "after" word, where the day still dates it.
"""

from __future__ import annotations

import pytest
from analysis.ferry_fixtures import THURSDAY, ferry_story
from analysis.ferry_fixtures import in_language as _in
from analysis.ferry_fixtures import main_event_days as _days

from briefing.analysis.after_words import before_earlier_act
from briefing.analysis.text import WORD
from briefing.model import Article


def _story() -> list[Article]:
    """The ferry story with a second German article: an act's word after the main day must be
    written beside it by two articles (:func:`.main_day._binds`)."""
    second = _in("de", "g", "Eine Fähre kenterte am Donnerstag im Sturm.", THURSDAY)
    return [*ferry_story(), second]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Divers searched the wreck on Friday after the ferry capsized near the harbour."),
        ("en", "Divers searched the wreck on Friday following the ferry capsizing at the harbour."),
        ("de", "Taucher suchten am Freitag nach dem Kentern der Fähre vor dem Hafen."),
        ("es", "Los buzos buscaban el viernes después de que el ferry volcó cerca del puerto."),
    ],
)
def test_a_day_before_an_after_word_does_not_date_the_act_behind_it(
    language: str, text: str
) -> None:
    assert _days([*_story(), _in(language, "d", text)]) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the act's word on the day's side of "after": the day dates it
        ("en", "The ferry capsized on Friday after a storm near the harbour."),
        ("de", "Die Fähre kenterte am Freitag nach einem Sturm vor dem Hafen."),
        # "after" before the day: "after the capsizing on Friday" dates the capsizing
        ("en", "Divers came after the ferry capsized on Friday near the harbour."),
    ],
)
def test_the_act_on_the_days_side_of_the_after_word_is_still_a_rival(
    language: str, text: str
) -> None:
    (found,) = _days([*_story(), _in(language, "d", text)])
    assert "Friday 13 March 2026" in {c.value for c in found.claims}


def test_only_the_words_past_the_first_after_word_following_the_phrase_are_cut() -> None:
    sentence = "Rescuers raced after the blast on Wednesday after a fire killed miners"
    start = sentence.index("Wednesday")
    end = start + len("Wednesday")
    kept = [m.group() for m in before_earlier_act(list(WORD.finditer(sentence)), end, "en")]
    assert kept == ["Rescuers", "raced", "after", "the", "blast", "on", "Wednesday"]
    # a language with no listed word keeps every word
    words = list(WORD.finditer(sentence))
    assert before_earlier_act(words, end, "xx") == words
    # an Arabic "and" glued before "after" is read through
    arabic = "بحث الغواصون الجمعة وبعد انقلاب العبارة"
    end = arabic.index("الجمعة") + len("الجمعة")
    kept = [m.group() for m in before_earlier_act(list(WORD.finditer(arabic)), end, "ar")]
    assert kept == ["بحث", "الغواصون", "الجمعة"]
