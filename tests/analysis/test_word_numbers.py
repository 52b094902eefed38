"""Numbers in words over a scale word, and Arabic's other spellings of num2words' words."""

from __future__ import annotations

import pytest
from analysis.builders import figure_flags, in_language

from briefing.analysis.numbers import find_numbers


def _read(text: str, language: str) -> list[tuple[float, str]]:
    return [(n.value, n.written) for n in find_numbers(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("شارك ستة آلاف وثمانمئة ضيف", "ar", 6800),  # "مئة", and "و" written on
        ("شارك ستة آلاف وثمانمائة ضيف", "ar", 6800),  # num2words' "مائة"
        ("شارك ثلاثة آلاف وخمسمئة ضيف", "ar", 3500),  # a thousands word num2words writes
        ("شارك 6 آلاف و800 ضيف", "ar", 6800),  # the press's digits
        ("استمر خمسة واربعين يوما", "ar", 45),  # units, "و" and the tens' accusative
        ("six thousand eight hundred guests", "en", 6800),
        ("seis mil ochocientos invitados", "es", 6800),
        ("шесть тысяч восемьсот гостей", "ru", 6800),
        ("trois mille cinq cents invités", "fr", 3500),
    ],
)
def test_a_number_over_a_scale_word_is_one_number(text: str, language: str, value: float) -> None:
    assert [v for v, _ in _read(text, language)] == [value]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("five million and 300 were hurt", "en", [5, 300]),  # digits after "and": two
        ("five thousand, eight hundred of them", "en", [5000, 800]),  # a comma ends it
        ("قتل 5 آلاف و3 آخرون", "ar", [5, 3]),  # thousands, then another count
        ("seis mil invitados", "es", [6, 1000]),  # read as before: the scale applied later
        ("ستة آلاف، وثمانمئة", "ar", [6, 800]),
    ],
)
def test_look_alikes_stay_two_numbers(text: str, language: str, values: list[float]) -> None:
    assert [v for v, _ in _read(text, language)] == values


def test_a_count_in_arabic_words_meets_the_same_count_in_digits() -> None:
    assert not figure_flags(
        in_language("ar", "a", "حضر الحفل 6800 ضيف من الخارج."),
        in_language("ar", "b", "حضر الحفل ستة آلاف وثمانمئة ضيف من الخارج."),
    )
    assert figure_flags(
        in_language("ar", "a", "حضر الحفل 7300 ضيف من الخارج."),
        in_language("ar", "b", "حضر الحفل ستة آلاف وثمانمئة ضيف من الخارج."),
    )
