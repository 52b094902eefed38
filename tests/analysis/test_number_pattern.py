"""The number words' alternation written as a prefix tree finds exactly what the flat,
longest-first alternation found (only faster): the same spans, the same words."""

from __future__ import annotations

import re

import pytest

from briefing.analysis.number_tables import number_words
from briefing.analysis.numbers import QUALIFIERS, _trie, find_numbers


def _both(words: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    ordered = sorted(words, key=len, reverse=True)
    flat = "|".join(re.escape(w) for w in ordered)
    tail = r"(?![\w]|[.,:]\d)"
    return (
        re.compile(rf"(?<!\w)(?:{_trie(ordered)}){tail}", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{flat}){tail}", re.IGNORECASE),
    )


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text"),
    [
        # a word that is the start of a longer one, and two-word numbers
        (["six", "sixty", "sixty six", "sixteen"], "Sixty six boats, sixty-six, sixteen; six."),
        # look-alikes that must not match: longer words, a suffix, a decimal after
        (["six", "sixty"], "sixtyfold sixes sixth six.5 Sixty."),
        (["acht", "achtzig", "achtzehn"], "Achtung: achtzig Gäste, acht Zimmer, achtzehnte"),
        (["семь", "семьдесят", "семи"], "Семьдесят домов и семи улиц, семьянин, семь."),
        # letters equal but for case: "İ", "ı" and "i" (Turkish)
        (["iki", "ıkı", "İki"], "IKI iki Iki ıkı İKİ ikiz"),
        # qualifiers with spaces and a shared start
        (["more than", "more", "at least", "at"], "more than at least at more thanks"),
    ],
)
def test_the_tree_finds_what_the_flat_alternation_finds(words: list[str], text: str) -> None:
    tree, flat = _both(words)
    assert _spans(tree, text) == _spans(flat, text)
    assert _spans(flat, text)  # the text holds something to find


@pytest.mark.parametrize("language", ["en", "fr", "de", "ru", "tr", "es"])
def test_every_number_word_is_found_as_before(language: str) -> None:
    words = sorted(number_words(language))
    quals = list(QUALIFIERS.get(language, {}))
    pairs = zip(quals * 50, words, strict=False)
    text = " ; ".join(f"{q} {w} x{w} {w.upper()}s {w}" for q, w in pairs)
    tree, flat = _both(words)
    assert _spans(tree, text) == _spans(flat, text)


def test_numbers_in_words_and_digits_keep_their_values() -> None:
    found = find_numbers("About twenty two people and more than 1,300 sheep; twentyfold.", "en")
    assert [(n.value, n.qualifier) for n in found] == [(22.0, "about"), (1300.0, "above")]
    found = find_numbers("Environ vingt-deux personnes et 1 300 moutons.", "fr")
    assert [(n.value, n.qualifier) for n in found] == [(22.0, "about"), (1300.0, None)]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Nobody said how long the sixties lasted, roughly.", []),
        ("en", "The roundabout 5 was shut for over seven hours.", [5.0, 7.0]),
        ("de", "Achtung: die Brücke bleibt gesperrt.", []),
        ("de", "Rund acht Boote und mehr als 1.200 Gäste.", [8.0, 1200.0]),
        ("fr", "Le huitième jour, personne n'est venu.", []),
        ("ru", "Около восьми лодок.", [8.0]),
    ],
)
def test_a_sentence_without_a_number_is_skipped_and_one_with_is_read(
    language: str, text: str, values: list[float]
) -> None:
    """The quick look for a bare number decides only whether the full reading runs."""
    assert [n.value for n in find_numbers(text, language)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("ALTI kişi hayatını kaybetti", 6), ("KIRK yaralı var", 40), ("SEKİZ bina çöktü", 8)],
)
def test_turkish_number_words_in_capitals_are_read_not_a_crash(text: str, value: int) -> None:
    """A headline in capitals: "I" matches "ı" under IGNORECASE, but casefold gives "i"."""
    assert [n.value for n in find_numbers(text, "tr")] == [value]


def test_a_qualifier_in_capitals_with_a_dotless_i_keeps_its_meaning() -> None:
    (number,) = find_numbers("YAKLAŞIK 40 kişi yaralandı", "tr")
    assert (number.value, number.qualifier) == (40, "about")
