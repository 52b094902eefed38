"""A scale word written onto its number ("45mila", "trentamila", "5mln") is one number and its
multiplier (briefing.analysis.numbers); a word that only begins like a scale word is not.
Sentences written for the test."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis import find_discrepancies
from briefing.analysis.numbers import find_numbers


def _read(text: str, language: str) -> list[tuple[str, float, str]]:
    """Each number as written, its value, and the word right after it."""
    return [
        (n.written, n.value, text[n.end :].split(" ", 1)[0]) for n in find_numbers(text, language)
    ]


def test_a_scale_word_written_onto_digits_or_a_number_word_is_read() -> None:
    assert _read("Circa 30mila tifosi allo stadio.", "it") == [("30", 30.0, "mila")]
    assert _read("Quasi trentamila tifosi allo stadio.", "it") == [("trenta", 30.0, "mila")]
    assert _read("Sul conto 2milioni di euro.", "it") == [("2", 2.0, "milioni")]
    assert _read("Zebrano 5mln podpisów.", "pl") == [("5", 5.0, "mln")]
    # The number before a glued scale word still joins its smaller part ("2bin 323").
    assert [n.value for n in find_numbers("Toplam 2bin 323 kişi geldi.", "tr")] == [2323.0]


def test_a_word_that_only_begins_like_a_scale_word_is_not_a_number() -> None:
    assert _read("Tifosi dei 45milanesi in trasferta.", "it") == []
    assert _read("Ordine 12milanese in arrivo.", "it") == []
    assert _read("Room 45b is on the left, 3rd floor.", "en") == []
    assert _read("Il modello 7milionario non esiste.", "it") == []


def test_a_glued_crowd_figure_is_compared_like_a_spaced_one() -> None:
    a = in_language("it", "a", "In piazza si sono radunate 45mila persone per il concerto.")
    b = in_language("it", "b", "In piazza si sono radunate 20mila persone per il concerto.")
    (found,) = figure_flags(a, b)
    assert values_by_article(found) == {"45mila persone": ("a",), "20mila persone": ("b",)}
    # 44,800 is what "45mila" rounds to: one figure, no disagreement (before, "45mila" was
    # not read at all; as 45 it would have disagreed with 44,800).
    c = in_language("it", "c", "In piazza si sono radunate 44.800 persone per il concerto.")
    assert find_discrepancies([a, c]) == ()
    # The same as written with a space.
    d = in_language("it", "d", "In piazza si sono radunate 45 mila persone per il concerto.")
    assert find_discrepancies([a, d]) == ()


def test_a_glued_number_word_is_scaled_too() -> None:
    a = in_language("it", "a", "Alla maratona hanno corso trentamila atleti, dice il comune.")
    b = in_language("it", "b", "Alla maratona hanno corso 30.000 atleti, dice la questura.")
    assert find_discrepancies([a, b]) == ()  # "trentamila" is 30,000, not 30
    c = in_language("it", "c", "Alla maratona hanno corso 22.000 atleti, dice la questura.")
    (found,) = figure_flags(a, c)
    assert set(values_by_article(found)) == {"trentamila atleti (30000)", "22.000 atleti"}
