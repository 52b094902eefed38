"""Shares of a stated whole are not counts of their noun (:mod:`briefing.analysis.breakdowns`).

Fixtures are written for these tests (no article text): a made-up exchange of detainees at
a border post, reported in several languages.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.breakdowns import breakdown_share
from briefing.analysis.numbers import find_numbers


def _share(text: str, language: str, written: str) -> bool:
    numbers = find_numbers(text, language)
    index = next(i for i, n in enumerate(numbers) if text[n.start : n.end] == written)
    return breakdown_share(text, numbers, index, language)


@pytest.mark.parametrize(
    ("text", "language", "share"),
    [
        ("The border guards released 20 people: four Britons, six Danes and nine Poles.", "en",
         "nine"),
        ("Le car transportait 40 voyageurs (22 Belges, 11 Suisses et 7 Autrichiens).", "fr", "7"),
        ("Las autoridades liberaron a 18 personas: tres suizos, cinco belgas y diez polacos.",
         "es", "diez"),
        ("Freigelassen wurden 15 Personen: sechs Dänen und neun Polen.", "de", "neun"),
    ],
)  # fmt: skip
def test_a_share_after_a_colon_or_in_brackets_is_found(
    text: str, language: str, share: str
) -> None:
    assert _share(text, language, share)


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # The whole itself is still a count.
        ("The border guards released 20 people: four Britons, six Danes and nine Poles.", "en",
         "20"),
        # A time is no whole: "14:50" has no space after its colon.
        ("At 14:50 nine Poles and four Britons crossed the bridge.", "en", "nine"),
        # The numbers after the mark add up to more than the one before it: no breakdown.
        ("Update 2: nine Poles and four Britons crossed the bridge.", "en", "nine"),
        # One number after the mark is no list of shares.
        ("The guards said on day 12: nine Poles crossed the bridge.", "en", "nine"),
        # A bracket closed before the number.
        ("The bus (40 seats, 2 doors) carried nine Poles to the post.", "en", "nine"),
        # A casualty breakdown keeps its tolls.
        ("The crash left 40 victims: 30 dead and 10 injured.", "en", "30"),
        # No number before the colon.
        ("Those released: nine Poles and four Britons.", "en", "nine"),
    ],
)  # fmt: skip
def test_look_alikes_are_no_shares(text: str, language: str, number: str) -> None:
    assert not _share(text, language, number)


def test_a_share_is_not_compared_with_a_count_of_another_group() -> None:
    # The nine Poles are those one side freed; the eleven Poles, those the other side sent.
    freed = in_language(
        "en", "a", "The border guards released 20 people: four Britons, six Danes and nine Poles."
    )
    sent = in_language("en", "b", "Eleven Poles were handed over in return, the ministry said.")
    assert not [f for f in figure_flags(freed, sent) if "Pole" in f.subject]


def test_two_standalone_counts_of_one_group_still_disagree() -> None:
    one = in_language("en", "a", "Nine Poles were handed over at the border post on Friday.")
    other = in_language("en", "b", "Eleven Poles were handed over at the border post on Friday.")
    flags = [f for f in figure_flags(one, other) if "Pole" in f.subject]
    assert len(flags) == 1
    assert set(values_by_article(flags[0])) == {"Nine Poles (9)", "Eleven Poles (11)"}


def test_a_list_without_a_stated_whole_still_counts() -> None:
    listed = in_language("en", "a", "Those released: nine Poles, four Britons and six Danes.")
    other = in_language("en", "b", "Eleven Poles were handed over at the border post on Friday.")
    assert [f for f in figure_flags(listed, other) if "Pole" in f.subject]
