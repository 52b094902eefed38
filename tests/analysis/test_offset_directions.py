"""A span before a start is not a span after it (analysis/span_keys.py, _BACKWARD).

Fixtures are written for these tests (no article text). "30 seconds before the launch" (a
countdown) and "four minutes after the launch" (the flight) count from one start in two
directions: two quantities, never compared, in every language with offset words. Two spans
in one direction from one start are still one quantity and still disagree.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_values as _figures
from analysis.builders import in_language

from briefing.analysis.span_keys import offset

#: (language, a span before the launch, one after it, another before it): the same clause
#: around each, so the events at the far end are shared and only the direction differs.
_SPANS = [
    (
        "en",
        "The drone wobbled 30 seconds before the launch.",
        "The drone wobbled four minutes after the launch.",
        "The drone wobbled 50 seconds before the launch.",
    ),
    (
        "fr",
        "Le drone a vacillé 30 secondes avant le lancement.",
        "Le drone a vacillé quatre minutes après le lancement.",
        "Le drone a vacillé 50 secondes avant le lancement.",
    ),
    (
        "de",
        "Die Drohne wackelte 30 Sekunden vor dem Start.",
        "Die Drohne wackelte vier Minuten nach dem Start.",
        "Die Drohne wackelte 50 Sekunden vor dem Start.",
    ),
    (
        "es",
        "El dron vibró 30 segundos antes del lanzamiento.",
        "El dron vibró cuatro minutos después del lanzamiento.",
        "El dron vibró 50 segundos antes del lanzamiento.",
    ),
    (
        "it",
        "Il drone ha vibrato 30 secondi prima del lancio.",
        "Il drone ha vibrato quattro minuti dopo il lancio.",
        "Il drone ha vibrato 50 secondi prima del lancio.",
    ),
    (
        "pl",
        "Dron zadrżał 30 sekund przed startem.",
        "Dron zadrżał cztery minuty po starcie.",
        "Dron zadrżał 50 sekund przed startem.",
    ),
]


@pytest.mark.parametrize(("language", "before", "after", "other"), _SPANS)
def test_a_span_before_the_start_is_not_one_after_it(
    language: str, before: str, after: str, other: str
) -> None:
    a, b = in_language(language, "a", before), in_language(language, "b", after)
    assert _figures(a, b) == []


@pytest.mark.parametrize(("language", "before", "after", "other"), _SPANS)
def test_two_spans_before_one_start_still_disagree(
    language: str, before: str, after: str, other: str
) -> None:
    a, c = in_language(language, "a", before), in_language(language, "c", other)
    (found,) = _figures(a, c)
    assert sorted(found.values()) == [("a",), ("c",)]


@pytest.mark.parametrize(
    ("language", "text", "number", "direction"),
    [
        ("en", "It shook 30 seconds before the launch.", "30", "before"),
        ("en", "It shook 30 seconds after the launch.", "30", "after"),
        ("en", "It shook 30 seconds earlier.", "30", "before"),
        ("de", "Vor 30 Minuten bebte die Erde.", "30", "before"),
        ("de", "Nach 30 Minuten bebte die Erde.", "30", "after"),
        ("ru", "Земля дрогнула 30 минут назад.", "30", "before"),
        ("ru", "Земля дрогнула через 30 минут после взрыва.", "30", "after"),
        ("tr", "Yer 30 dakika önce sarsıldı.", "30", "before"),
        ("el", "Η γη σείστηκε 30 λεπτά πριν την έκρηξη.", "30", "before"),
        ("ru", "Земля дрогнула за 30 секунд до взрыва.", "30", "before"),
        ("uk", "Земля здригнулася за 30 секунд перед вибухом.", "30", "before"),
        ("ar", "اهتزت الأرض قبل 30 ثانية من الانفجار.", "30", "before"),
        ("ar", "اهتزت الأرض بعد 4 دقائق من الانفجار.", "4", "after"),
        ("fa", "زمین ۳۰ ثانیه قبل از انفجار لرزید.", "۳۰", "before"),
        ("fa", "زمین ۴ دقیقه پس از انفجار لرزید.", "۴", "after"),
    ],
)
def test_the_direction_is_read_from_the_offset_word(
    language: str, text: str, number: str, direction: str
) -> None:
    start = text.index(number)
    unit_end = text.index(" ", start + len(number) + 1)
    found = offset(text, start, unit_end, language)
    assert found is not None and found[0] == direction


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "The drone wobbled for 30 seconds over the field.", "seconds"),
        # Before a number, Russian "до" is "up to": a limit, not an offset.
        ("ru", "Ожидание продлится до 30 минут.", "минут"),
        ("ar", "استمر الاهتزاز 30 ثانية فوق الحقل.", "ثانية"),
    ],
)
def test_no_offset_word_is_no_offset(language: str, text: str, unit: str) -> None:
    start = text.index("30")
    assert offset(text, start, text.index(unit) + len(unit), language) is None


def test_one_source_writing_one_span_twice_is_one_value() -> None:
    # "30 seconds" and "about 30 seconds" in one article are one value, shown once.
    a = in_language(
        "en",
        "a",
        "The drone wobbled 30 seconds before the launch. "
        "Engineers said the drone wobbled about 30 seconds before the launch.",
    )
    b = in_language("en", "b", "The drone wobbled 50 seconds before the launch.")
    (found,) = _figures(a, b)
    assert sorted(found.values()) == [("a",), ("b",)]
