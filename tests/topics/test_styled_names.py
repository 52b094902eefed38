"""A one-word name every use of which follows the same honorific is shown with it ("Lady
Gaga"); an office, a name of two words or one bare use shows the name alone (made-up names)."""

from __future__ import annotations

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.styled_names import styled


def _uses(text: str, word: str) -> list[Occurrence]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append(Occurrence("a1", 0, start, start + len(word), word))
        start = text.find(word, start + 1)
    return found


def _styled(text: str, word: str) -> str:
    return styled(word, _uses(text, word), {("a1", 0): text})


def test_a_name_only_written_after_an_honorific_keeps_it() -> None:
    assert _styled("Then Lady Vexa sang, and Lady Vexa bowed.", "Vexa") == "Lady Vexa"
    assert _styled("Queen Tarifa opened the show.", "Tarifa") == "Queen Tarifa"
    assert _styled("点缀着包括Lady Vexa等明星", "Vexa") == "Lady Vexa"  # Han runs into it


def test_a_bare_use_an_office_or_two_honorifics_show_the_name_alone() -> None:
    assert _styled("Lady Vexa sang. Later Vexa bowed.", "Vexa") == "Vexa"
    assert _styled("President Ralen spoke; President Ralen left.", "Ralen") == "Ralen"
    assert _styled("Lady Vexa sang. Queen Vexa bowed.", "Vexa") == "Vexa"
    assert styled("Tomas Brell", [], {}) == "Tomas Brell"  # "Sir Tomas Brell": two words


def test_in_a_packet_the_stage_name_is_whole_and_a_knight_is_not() -> None:
    arts = [
        article("a1", "Lady Vexa sang on the bridge while Sir Tomas Brell played the piano."),
        article("a2", "The crowd cheered Lady Vexa and Sir Tomas Brell in the rain."),
        article("a3", "President Ralen praised the show; President Ralen thanked the crowd."),
    ]
    names = {t.name for t in extract_topics(arts) if t.kind == "person"}
    assert "Lady Vexa" in names and "Vexa" not in names
    assert "Tomas Brell" in names
    assert "Ralen" in names and "President Ralen" not in names


def test_one_title_in_several_languages_is_the_english_honorific() -> None:
    text = "Prince Osric came. Prinz Osric sprach. De prins Osric lachte."
    assert _styled(text, "Osric") == "Prince Osric"
    assert _styled("Queen Osrica II waved; Queen Osrica II left.", "Osrica II") == (
        "Queen Osrica II"
    )
    # a bare use, another office, or a full name of two words: the name alone
    assert _styled("Prinz Osric sprach. Osric lachte.", "Osric") == "Osric"
    assert _styled("Prinz Osric sprach. König Osric lachte.", "Osric") == "Osric"
    assert _styled("Queen Osrica Vale waved.", "Osrica Vale") == "Osrica Vale"
    # no use after the English word: no English honorific before another language's name
    assert _styled("El rey Osrico III saludó.", "Osrico III") == "Osrico III"
