"""The compact word lists answer exactly what wordfreq answers (``corpus/wordlists.py``)."""

from __future__ import annotations

import itertools

import pytest
import wordfreq

from briefing.corpus.wordlists import zipf

# Words written for this test: everyday words, rarer words, glued and camel-cased tokens,
# digits, punctuation inside a token, and tokens that are no word in any language.
_WORDS = [
    "house",
    "houses",
    "readfile",
    "getattribute",
    "blackrock",
    "whatsapp",
    "powerpoint",
    "politikmerz",
    "politik",
    "wirtschaft",
    "kultur",
    "zeitung",
    "maison",
    "économie",
    "sociedad",
    "notizie",
    "notícias",
    "nieuws",
    "wiadomości",
    "zprávy",
    "haberler",
    "новости",
    "происшествия",
    "происшествияв",
    "новини",
    "київ",
    "x11",
    "2024",
    "covid-19",
    "e-mail",
    "rock'n'roll",
    "qzxvbn",
    "aaaaaa",
    "",
    "the",
    "der",
    "de",
    "i18n",
    "route66",
    "self-driving",
    "über",
    "straße",
    "łódź",
    "çalışma",
]


def _sample(language: str, wordlist: str) -> list[str]:
    """Words from across the list (frequent to rare), plus the hand-written ones."""
    listed = list(itertools.islice(wordfreq.iter_wordlist(language, wordlist), 0, None, 997))
    return listed[:300] + _WORDS


@pytest.mark.parametrize("language", ["en", "de", "ru", "uk", "fr", "tr"])
@pytest.mark.parametrize("wordlist", ["small", "best"])
def test_same_as_wordfreq(language: str, wordlist: str) -> None:
    for word in _sample(language, wordlist):
        expected = wordfreq.zipf_frequency(word, language, wordlist=wordlist)
        assert zipf(word, language, wordlist) == expected, (word, language, wordlist)


def test_words_absent_from_a_list_are_zero_and_present_ones_are_not() -> None:
    assert zipf("qzxvbnqzxvbn", "en", "best") == 0.0
    assert zipf("house", "en", "small") > 4
    assert zipf("haus", "de", "small") > 4
    assert zipf("haus", "en", "small") < zipf("haus", "de", "small")


def test_a_code_wordfreq_matches_only_approximately_is_asked_of_wordfreq() -> None:
    assert zipf("house", "en-GB", "small") == wordfreq.zipf_frequency("house", "en-GB", "small")
