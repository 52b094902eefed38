"""Rank's and the earlier events' prefilters (issue 15) answer exactly what their rules answer.

Each is a check in C of whether a rule's match can be in a text at all: a body addressed
(:mod:`.addressed`) by an ASCII clue of its verbs, a theme after a preposition
(:mod:`.themes_usage`) by the last letter before its space, an earlier event
(:mod:`.past_events`) by a year's first two digits; and a paragraph's picture credits
(:mod:`.cited`) are read once for all its uses. Each rule is run with its prefilter and
with the prefilter patched to say yes, on texts written for it and on texts Hypothesis builds
from pieces near a match (verbs, their look-alikes, accents, case, "to"s, years). The texts
are made up.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.topics import addressed, cited_credits, past_events, themes_usage
from briefing.topics.candidates import Occurrence
from briefing.topics.photo_credits import credit_spans


def _unfiltered_address(before: str) -> bool:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(addressed, "_may_address", lambda _before: True)
        return addressed._addressed_before(before)


#: Pieces near an addressed name: the pattern's verbs in each language, look-alikes
#: ("edited", "credit", "Sagtal"), accents, other cases and the dotted and dotless i, the
#: "to"s and articles, sentence ends.
_ADDRESS_PIECES = [
    "told", "TOLD", "Told", "toldo", "said to", "SAID TO", "said", "to", "speaking to",
    "spoke to", "talking to", "in an interview with", "IN AN INTERVIEW WITH", "dit",
    "DİT", "dıt", "edited", "credit", "a dit", "ha dit", "va dir", "diu", "confié",
    "confie", "expliqué", "expliquait", "explica", "affirmé", "précisé", "PRÉCISÉ",
    "indiqué", "assuré", "raconté", "envoyée", "transmise", "annoncé", "adressé", "dijo",
    "declaró", "DECLARÓ", "contó", "detto", "raccontato", "disse", "contou", "sagte",
    "erklärte", "ERKLÄRTE", "bestätigte", "betonte", "Sagtal", "zei", "zegt", "meldde",
    "w rozmowie z", "W ROZMOWIE Z", "ſagte", "à", "a", "al", "alla", "ao", "dem",
    "gegenüber", "tegen", "aan", "l'", "la ", "the ", "der ", "dem ", "que ", "that ",
    "local", "radio", "public", "news agency", "„", "«", " ", " ", ", ", ". ", "; ", "!",
    "\n", "K", "Keir",
]  # fmt: skip


@pytest.mark.parametrize(
    "before",
    [
        "a resident told ",
        "a resident TOLD the ",
        "the man said to local radio ",
        "Il a dit à l'",
        "Il a DİT à l'",
        "a précisé un porte-parole dans un communiqué envoyé à l'",
        "explica una veïna a l'",
        "sagte der Sprecher gegenüber der Nachrichtenagentur ",
        "zei tegen de ",
        "w rozmowie z ",
        "He edited the file and sent it to ",
        "the credit went to the ",
        "Sagtal is a village near ",
        "",
    ],
)
def test_addressed_with_and_without_the_prefilter(before: str) -> None:
    assert addressed._addressed_before(before) == _unfiltered_address(before)


#: One ASCII text the pattern matches for each verb or phrase of it that an ASCII text can
#: hold: the clues must leave none of them out.
_ASCII_MATCHES = [
    "a resident told ", "he was speaking to ", "she spoke to ", "he said to ",
    "talking to ", "in an interview with ", "Il dit a ", "Il a dit a ", "va dir a ",
    "diu a ", "confie a ", "confiee a ", "explique a ", "expliquait a ", "explica a ",
    "affirme a ", "affirmait a ", "indique a ", "indiquee a ", "assure a ", "assuree a ",
    "raconte a ", "envoye a ", "envoyees a ", "transmis a ", "transmise a ", "annonce a ",
    "adresse a ", "dijo a ", "detto alla ", "dichiarato al ", "spiegato agli ",
    "raccontato alle ", "disse ao ", "declarou ao ", "explicou aos ", "afirmou ao ",
    "contou ao ", "sagte dem ", "sagt dem ", "betonte gegenuber dem ", "zei tegen ",
    "zegt tegen ", "vertelde aan ", "meldde aan ", "melden aan ", "meldt aan ",
    "w rozmowie z ", "HE TOLD THE ", "Dijo A La ",
]  # fmt: skip


@pytest.mark.parametrize("before", _ASCII_MATCHES)
def test_every_ascii_verb_has_its_clue(before: str) -> None:
    assert _unfiltered_address(before), before  # the pattern matches it
    assert addressed._may_address(before)
    assert addressed._addressed_before(before)


def test_an_ascii_text_without_a_clue_is_not_searched() -> None:
    assert not addressed._may_address("The committee met on Monday with the ")
    assert addressed._may_address("He edited it for the ")  # a superset: the pattern decides
    assert addressed._may_address("déclaré à l'")  # not ASCII: searched


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=12).map("".join))
def test_addressed_on_generated_texts(before: str) -> None:
    assert addressed._addressed_before(before) == _unfiltered_address(before)


def _occurrence(text: str, surface: str) -> Occurrence:
    start = text.index(surface)
    return Occurrence("a1", 0, start, start + len(surface), surface)


def _unfiltered_preposition(occurrences: list[Occurrence], text: str) -> bool:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(themes_usage, "_may_follow", lambda _text, _o: True)
        return themes_usage.after_preposition(occurrences, lambda _a, _p: text)


#: Words that may stand before a theme: the prepositions in any case, look-alikes ending in
#: their letters, accented and non-Latin ones.
_BEFORE_WORDS = [
    "in", "IN", "In", "on", "ON", "via", "VIA", "under", "UNDER", "at", "AT", "At", "the",
    "rain", "Stuttgart", "beta", "water", "nın", "İN", "ın", "über", "на", "à", "2024",
    "in,", "(in", "inn", "on-",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_WORDS), min_size=2, max_size=6))
def test_after_preposition_with_and_without_the_prefilter(words: list[str]) -> None:
    text = "".join(f"{w} serious condition; " for w in words)
    occurrences = [
        Occurrence("a1", 0, m.start(), m.end(), m.group())
        for m in re.finditer("serious condition", text)
    ]
    got = themes_usage.after_preposition(occurrences, lambda _a, _p: text)
    assert got == _unfiltered_preposition(occurrences, text)


def test_a_theme_after_a_preposition_still_found() -> None:
    text = "Two remain in serious condition; one IN serious condition; the serious condition"
    occurrences = [
        Occurrence("a1", 0, m.start(), m.end(), m.group())
        for m in re.finditer("serious condition", text)
    ]
    assert themes_usage.after_preposition(occurrences, lambda _a, _p: text)
    assert not themes_usage._may_follow(text, occurrences[2])  # "the": no preposition


def _unfiltered_dated(text: str, head: str) -> tuple:
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(past_events, "_may_date", lambda _text: True)
        return past_events._dated_uses(text, word, 2026, _place)


def _place(word: str) -> str | None:
    return {"Izmir": "İzmir", "Mongolia": "Mongolia", "Lisbon": "Lisbon"}.get(word)


#: Pieces of sentences that date an earlier act, with years and look-alikes of years.
_DATED_PIECES = [
    "The earthquake", "earthquake", "EARTHQUAKE", " struck ", "Izmir", " in ", "1999", "1899",
    "2019", "2030", "1850", "1750", "20", "19", "18", "199", "२०१९", "١٩٩٩", "visit to ",
    "Mongolia", "Lisbon", " no ", ". ", "! ", ", ", " ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATED_PIECES), max_size=14).map("".join))
def test_earlier_events_with_and_without_the_prefilter(text: str) -> None:
    word = re.compile(r"\bearthquake\b", re.IGNORECASE)
    assert past_events._dated_uses(text, word, 2026, _place) == _unfiltered_dated(
        text, "earthquake"
    )


def test_a_dated_earlier_event_still_read() -> None:
    text = "It recalled the earthquake that struck Izmir in 1999."
    word = re.compile(r"\bearthquake\b", re.IGNORECASE)
    assert past_events._dated_uses(text, word, 2026, _place)
    assert not past_events._may_date("It recalled the earthquake that struck Izmir.")


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Jan Kowalski / NORDWIRE",
        "The boats left (JANE ROE / AFP)",
        "A route Madrid/Lisbon (mostly) with no credit",
        "No slash here",
    ],
)
def test_a_paragraph_s_credits_kept_are_its_credits(text: str) -> None:
    assert cited_credits._credits_in(text) == tuple(credit_spans(text))
    assert cited_credits._credits_in(text) == tuple(credit_spans(text))  # the kept answer


def test_no_ascii_character_is_a_letter_of_the_uncased_scripts() -> None:
    """Why :func:`~.uncased_uses.add_uncased_uses` and the assembly's Arabic uses pass over
    an ASCII paragraph without the scripts' search: no ASCII character matches it."""
    from briefing.topics.arabic_names import ARABIC_LETTER
    from briefing.topics.uncased_places import UNCASED_LETTER

    for code in range(128):
        assert UNCASED_LETTER.search(chr(code)) is None
        assert ARABIC_LETTER.search(chr(code)) is None
    assert UNCASED_LETTER.search("Er sagte 中国 ist") is not None
    assert ARABIC_LETTER.search("قال") is not None
