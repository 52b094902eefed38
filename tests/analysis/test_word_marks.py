"""The analysis word pattern keeps a word's combining marks (``briefing.word_marks``).

Python's ``\\w`` holds no vowel sign or point, so ``analysis.text.WORD`` cut ``किताबें`` into
``क`` ``त`` ``ब``: a word before or after a figure, or a name's words, came in pieces in
Devanagari, Tamil, Bengali and pointed Hebrew. All text written here.
"""

from __future__ import annotations

import pytest

from briefing.analysis.text import WORD


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("सुनीता वर्मा ने 20 किताबें दीं", ["सुनीता", "वर्मा", "ने", "किताबें", "दीं"]),
        ("சென்னையில் 12 பாலம்", ["சென்னையில்", "பாலம்"]),
        ("ঢাকায় ৩টি সেতু", ["ঢাকায়", "টি", "সেতু"]),
        ("הַסֵּפֶר נִמְצָא", ["הַסֵּפֶר", "נִמְצָא"]),
    ],
)
def test_a_word_keeps_its_marks(text: str, words: list[str]) -> None:
    assert WORD.findall(text) == words


def test_words_without_marks_are_cut_as_before() -> None:
    # Digits still never start a word, apostrophes and inner hyphens stay inside one.
    assert WORD.findall("d'Avó met Jean-Luc at 10am in Κόρινθος") == [
        "d'Avó",
        "met",
        "Jean-Luc",
        "at",
        "am",
        "in",
        "Κόρινθος",
    ]
    # A stray mark after a space or a digit starts no word.
    assert WORD.findall("a \u0301b 3\u0301c") == ["a", "b", "c"]
