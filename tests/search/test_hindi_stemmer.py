"""Hindi is stemmed (schema 13): Snowball's light stemmer, an English loan's ``-्स`` plural
removed first, a stem under three letters kept as its whole word. Words written for the test."""

from __future__ import annotations

import pytest

from briefing.search.analysis import analyse_word


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("स्टेशन्स", "स्टेशन्स"),  # -न्स is left alone (साइन्स, लाइसेन्स are singulars)
        ("होटलों", "होटल"),
        ("पार्क्स", "पार्क्स"),  # -क्स is an English x (टैक्स, बॉक्स)
    ],
)
def test_only_listed_endings_are_cut(plural: str, singular: str) -> None:
    if plural == singular:
        assert analyse_word(plural, "hi") != analyse_word(plural[:-2], "hi")
    else:
        assert analyse_word(plural, "hi") == analyse_word(singular, "hi")


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("टिकट्स", "टिकट"), ("कार्ड्स", "कार्ड"), ("मेंबर्स", "मेंबर"), ("सड़कों", "सड़क")],
)
def test_a_plural_meets_its_singular(plural: str, singular: str) -> None:
    assert analyse_word(plural, "hi") == analyse_word(singular, "hi")


@pytest.mark.parametrize("singular", ["नर्स", "कोर्स", "फोर्स"])
def test_a_short_singular_in_rs_stays_whole(singular: str) -> None:
    assert analyse_word(singular, "hi") == singular


def test_short_function_words_are_not_cut_to_one_letter() -> None:
    terms = {analyse_word(word, "hi") for word in ["के", "की", "को", "कि"]}
    assert terms == {"के", "की", "को", "कि"}
