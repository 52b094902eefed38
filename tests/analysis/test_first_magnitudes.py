"""An agency's first magnitude: one quantity in every language, keyed by the agency's acronym,
read only where the sentence says the figure was the first one."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.first_magnitudes import first_magnitudes
from briefing.analysis.model import Quote
from briefing.analysis.text import sentences
from briefing.model import Span


def _read(text: str, language: str) -> list[tuple[float, str]]:
    parts = sentences(text, language)
    found = []
    for position, part in enumerate(parts):
        quote = Quote("a", "s", Span(0, part.start, part.end), part.text)
        found += [(f.low, f.key[1]) for f in first_magnitudes(parts, position, language, quote)]
    return found


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        (
            "The EMSC initially put the quake at magnitude 4.8.",
            "en",
            (4.8, "magnitude @EMSC first"),
        ),
        # The agency named by the sentence before, in the same paragraph.
        (
            "The quake struck at dawn, the EMSC said. It was initially reported as a "
            "magnitude-4.8 event.",
            "en",
            (4.8, "magnitude @EMSC first"),
        ),
        ("L'EMSC a d'abord annoncé une magnitude de 4,8.", "fr", (4.8, "magnitude @EMSC first")),
        (
            "El EMSC registró inicialmente un sismo de magnitud 4,8.",
            "es",
            (4.8, "magnitude @EMSC first"),
        ),
        ("Das EMSC gab zunächst eine Stärke von 4,8 an.", "de", (4.8, "magnitude @EMSC first")),
        ("EMSC最初测得强度为里氏4.8级,其后上修至5.1级。", "zh", (4.8, "magnitude @EMSC first")),
        ("EMSC는 앞서 규모 4.8의 지진이 났다고 밝혔다.", "ko", (4.8, "magnitude @EMSC first")),
    ],
)
def test_a_first_magnitude_is_read_with_its_agency(
    text: str, language: str, read: tuple[float, str] | None
) -> None:
    assert _read(text, language) == ([] if read is None else [pytest.approx(read)])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The EMSC put the quake at magnitude 5.1.", "en"),  # no first figure
        ("Officials revised their earlier estimate of 4.8 magnitude.", "en"),  # no agency
        # Two agencies in one sentence: whose first figure it is, it does not say.
        ("The KMA initially gave 4.8, while the EMSC said magnitude 5.1.", "en"),
        ("The quake was felt at 10:30 GMT and initially put at magnitude 4.8.", "en"),  # a zone
        ("THE EMSC INITIALLY PUT THE QUAKE AT MAGNITUDE 4.8.", "en"),  # a headline in capitals
    ],
)
def test_what_is_no_agency_s_first_magnitude_is_not_read(text: str, language: str) -> None:
    assert _read(text, language) == []


def test_two_sources_give_an_agency_two_first_figures() -> None:
    flags = figure_flags(
        in_language("en", "a", "The EMSC initially put the quake at magnitude 4.8."),
        in_language("zh", "b", "EMSC最初测得强度为里氏5.3级,其后上修至5.1级。"),
    )
    assert [claim_values(f) for f in flags] == [{"magnitude 4.8", "里氏5.3"}]
    assert "EMSC" in flags[0].subject


def test_a_first_figure_and_its_revision_in_one_text_and_two_agencies_do_not_disagree() -> None:
    # One text gives the first figure and its revision: the revision is not a first figure.
    assert not figure_flags(
        in_language("en", "a", "The EMSC initially put it at magnitude 4.8, then at 5.1."),
        in_language("ko", "b", "EMSC는 앞서 규모 4.8의 지진이 났다고 밝혔다."),
    )
    # Two agencies' first figures are two quantities.
    assert not figure_flags(
        in_language("en", "a", "The EMSC initially put the quake at magnitude 4.8."),
        in_language("fr", "b", "Le KMA a d'abord annoncé une magnitude de 5,3."),
    )
