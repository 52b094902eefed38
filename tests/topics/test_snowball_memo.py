"""One Snowball stem per word and algorithm, shared by every rule (issue 15, exact)."""

from __future__ import annotations

import snowballstemmer

from briefing.topics import snowball
from briefing.topics.bilingual import own_stem, stem_of
from briefing.topics.event_forms import english_stem as form_stem
from briefing.topics.event_when import english_stem
from briefing.topics.word_keys import stem_key


def test_the_remembered_stem_is_the_worked_out_one() -> None:
    for algorithm, word in [
        ("english", "collapsed"),
        ("english", "harbours"),
        ("french", "naufragées"),
        ("german", "Fährschiffe"),
        ("russian", "паромами"),
    ]:
        fresh = snowballstemmer.stemmer(algorithm).stemWord(word)
        assert snowball.stem_word(algorithm, word) == fresh
        assert snowball.stem_word(algorithm, word) == fresh  # asked again: the same


def test_one_word_in_two_languages_keeps_each_stem() -> None:
    # A look-alike: one spelling, two algorithms; the cache keys the algorithm too.
    english = snowballstemmer.stemmer("english").stemWord("generation")
    french = snowballstemmer.stemmer("french").stemWord("generation")
    assert english != french
    assert snowball.stem_word("english", "generation") == english
    assert snowball.stem_word("french", "generation") == french


def test_a_word_is_stemmed_once_whichever_rule_asks(monkeypatch) -> None:
    snowball.stem_word.cache_clear()
    calls: list[str] = []
    real = snowball.stemmer("english")

    class Counting:
        def stemWord(self, word: str) -> str:
            calls.append(word)
            return str(real.stemWord(word))

    monkeypatch.setattr(snowball, "stemmer", lambda _algorithm: Counting())
    word = "quarrelsomeness"  # a word no other test stems, so no rule's own cache holds it
    stems = {english_stem(word), form_stem(word), stem_of(word), own_stem(word, "en")}
    stem_key(word, "en")
    snowball.stem_word.cache_clear()
    assert calls == [word]
    assert stems == {real.stemWord(word)}
