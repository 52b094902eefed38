"""The compact word lists answer exactly what wordfreq answers (``corpus/wordlists.py``)."""

from __future__ import annotations

import itertools

import pytest
import wordfreq

from briefing.corpus import wordlists
from briefing.corpus.wordlists import at_least, known, zipf

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


def _around_thresholds(language: str) -> list[str]:
    """Words from across the list, the words of the buckets next to Zipf 3.0 and 4.5, and
    tokens made of listed words (several tokens, digits, unlisted tails)."""
    buckets = wordfreq.read_cBpack(wordfreq.available_languages("best")[language])
    edges = [
        word
        for limit in (wordlists._buckets_at_least(3.0), wordlists._buckets_at_least(4.5))
        for bucket in buckets[limit - 3 : limit + 3]
        for word in bucket[:5]
    ]
    listed = [w for bucket in buckets for w in bucket][::1499]
    made = [f"{a}-{b}" for a, b in itertools.pairwise(listed[:40])]
    made += [f"{a}x" for a in listed[:40:4]] + [f"{a}2024" for a in listed[:40:8]]
    return edges + listed + made + _WORDS


@pytest.mark.parametrize("language", ["en", "de", "ru", "tr"])
def test_at_least_is_zipf_compared(language: str) -> None:
    for word in _around_thresholds(language):
        frequency = wordfreq.zipf_frequency(word, language, wordlist="best")
        for threshold in (3.0, 4.5, 0.5):
            expected = frequency >= threshold
            assert at_least(word, language, "best", threshold) == expected, (word, threshold)


@pytest.mark.parametrize("language", ["en", "de", "ru", "tr"])
def test_known_is_zipf_above_zero(language: str) -> None:
    for word in _around_thresholds(language):
        expected = wordfreq.zipf_frequency(word, language, wordlist="best") > 0
        assert known(word, language, "best") == expected, word


def test_threshold_and_membership_questions_key_no_whole_list() -> None:
    wordlists._keys.cache_clear()
    wordlists._WHOLE.clear()
    assert at_least("huis", "nl", "best", 3.0)
    assert not at_least("qzxvbn", "nl", "best", 3.0)
    assert known("huis", "nl", "best") and not known("qzxvbnhuis", "nl", "best")
    assert known("huis-boot", "nl", "best")  # two listed tokens, no digits
    assert ("nl", "best") not in wordlists._WHOLE
    # a whole list keyed since is asked directly, with the same answers
    assert zipf("huis", "nl", "best") >= 3.0
    assert at_least("huis", "nl", "best", 3.0) and known("huis", "nl", "best")


def test_listed_asks_for_one_entry_as_written() -> None:
    from briefing.corpus.wordlists import listed

    assert listed("国家", "zh", "small")
    assert not listed("国家共", "zh", "small")  # two words run together: no entry
    assert not listed("国家", "xx", "small")  # no such list


def test_common_as_written_asks_the_entry_without_tokenizing() -> None:
    # Japanese would need MeCab to tokenize; the entry as written needs nothing.
    assert wordlists.common_as_written("コンピュータ", "ja", "small", 4.0)
    assert not wordlists.common_as_written("コンピュータ", "ja", "small", 6.0)
    assert not wordlists.common_as_written("ブリンケール", "ja", "small", 1.0)
    assert not wordlists.common_as_written("word", "xx", "small", 1.0)
