"""Finding date phrases and sentences in prose, offsets included."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.dates import find_dates
from briefing.analysis.text import sentence_at, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on October 9, 2025 in town.", [("October 9, 2025", 10, 9, 2025)]),
        ("It happened on Oct. 8 in town.", [("Oct. 8", 10, 8, None)]),
        ("It happened on 8 October in town.", [("8 October", 10, 8, None)]),
        ("It was 3rd of March 2024.", [("3rd of March 2024", 3, 3, 2024)]),
        ("Talks on Sept 30.", [("Sept 30", 9, 30, None)]),
    ],
)
def test_absolute_dates(text: str, expected: list[tuple[str, int, int, int | None]]) -> None:
    found = find_dates(text)
    assert [(p.text, p.month, p.day, p.year) for p in found] == expected
    for phrase in found:
        assert text[phrase.start : phrase.end] == phrase.text


def test_a_range_keeps_its_last_day_and_and_gives_two_dates() -> None:
    (visit,) = find_dates("The visit will last three days, from October 8 to 10.")
    assert (visit.day, visit.day_until) == (8, 10)
    first, second = find_dates("Meetings will be held on October 8 and 9.")
    assert (first.day, second.day, second.month, second.day_until) == (8, 9, 10, None)


def test_a_weekday_written_with_the_date_is_one_phrase_that_knows_its_weekday() -> None:
    (phrase,) = find_dates("greeted in Dushanbe, Tajikistan, Wednesday, Oct. 8, 2025.")
    assert phrase.kind == "absolute"
    assert phrase.weekday == 2
    assert phrase.text == "Wednesday, Oct. 8, 2025"


def test_weekday_and_relative_phrases_keep_their_modifier() -> None:
    found = find_dates("He arrived late Wednesday and leaves on Friday; today is busy.")
    assert [(p.kind, p.text, p.modifier, p.offset) for p in found] == [
        ("weekday", "late Wednesday", "late", None),
        ("weekday", "on Friday", "on", None),
        ("relative", "today", None, 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "You may 5 times try, they march on.",  # lower-case month words
        "An August summit in Alaska.",  # a month without a day or year
        "Roads remain closed for three to six days.",
        "Trade grew by over 17 percent in the first seven months.",
        "A 1,300-kilometer border.",
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert [p for p in find_dates(text) if p.kind != "weekday"] == []


def test_month_and_year_is_a_month_precision_phrase() -> None:
    (phrase,) = find_dates("In September 2024, Putin made an official visit to Mongolia.")
    assert (phrase.kind, phrase.month, phrase.year, phrase.day) == ("month", 9, 2024, None)


def test_sentences_keep_offsets_and_survive_abbreviations() -> None:
    text = (
        "MOSCOW (AP) — Putin began a visit Wednesday. He was greeted on Wednesday, Oct. 8, 2025."
        " The U.S. isn’t a member of the ICC. He said: “Goodbye.” Then Mr. Smith left."
    )
    found = sentences(text)
    assert [s.text for s in found] == [
        "MOSCOW (AP) — Putin began a visit Wednesday.",
        "He was greeted on Wednesday, Oct. 8, 2025.",
        "The U.S. isn’t a member of the ICC.",
        "He said: “Goodbye.”",
        "Then Mr. Smith left.",
    ]
    assert all(text[s.start : s.end] == s.text for s in found)
    assert sentence_at(text, text.index("ICC")).text.startswith("The U.S.")


def test_a_paragraph_without_end_punctuation_is_one_sentence() -> None:
    assert [s.text for s in sentences("  Share on social media ")] == ["Share on social media"]
    assert sentences("") == ()


_PIECES = [
    *"abcdefg ABCDEFG.,!?;:—“”\"'()-0123456789\n",
    *["October ", "Oct. ", "Wednesday ", "today ", "late ", "on ", "8 ", "2025 ", "U.S. "],
]
_PROSE = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_sentences_cover_the_text_in_order(text: str) -> None:
    found = sentences(text)
    cursor = 0
    for sentence in found:
        assert sentence.start >= cursor
        assert text[sentence.start : sentence.end] == sentence.text == sentence.text.strip()
        assert text[cursor : sentence.start].strip() == ""  # nothing but space is skipped
        cursor = sentence.end
    assert text[cursor:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_date_phrases_are_ordered_disjoint_and_exact(text: str) -> None:
    found = find_dates(text)
    for phrase in found:
        assert text[phrase.start : phrase.end] == phrase.text
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start
