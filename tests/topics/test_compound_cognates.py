"""A compound whose head is another language's key word joins it (:mod:`.compound_cognates`),
and a name found once bars no key word (:mod:`.named_words`).

Every word is written for the test: a made-up salt ("kelvrate") that a French, a Spanish and
a German text name, the German one as a compound.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefing.topics.compound_cognates import compound_joins
from briefing.topics.keywords import _cognates
from briefing.topics.named_words import named_words


def _joined(keys: dict[str, set[str]]) -> list[tuple[str, str]]:
    return compound_joins(keys, lambda _a, _b: None)


def test_a_german_compound_ending_in_a_french_key_joins_it() -> None:
    keys = {"kelvrat": {"fr", "es"}, "sodiumkelvrat": {"de"}}
    assert _joined(keys) == [("sodiumkelvrat", "kelvrat")]


def test_the_longest_head_wins() -> None:
    keys = {"brat": {"fr"}, "kelvrat": {"fr"}, "sodiumkelvrat": {"de"}}
    assert _joined(keys) == [("sodiumkelvrat", "kelvrat")]


def test_look_alikes_stay_apart() -> None:
    # Within one language the stem is the word's own ("Flughafen" is no "Hafen").
    assert _joined({"hafen": {"de"}, "flughafen": {"de"}}) == []
    # A head too short, or a first part too short to be a word (a prefix).
    assert _joined({"gas": {"fr"}, "stadtgas": {"de"}}) == []
    assert _joined({"aktion": {"fr"}, "reaktion": {"de"}}) == []
    # A language that writes no compounds as one word joins nothing this way.
    assert _joined({"kelvrat": {"fr"}, "sodiumkelvrat": {"es"}}) == []


def test_cognates_group_the_compound_with_the_word() -> None:
    forms = {
        "kelvrat": Counter({("kelvrate", "fr"): 3, ("kelvrato", "es"): 2}),
        "sodiumkelvrat": Counter({("Sodiumkelvrat", "de"): 2}),
        "sodium": Counter({("sodium", "fr"): 2}),
    }
    docs = {k: {"a1", "a2"} for k in forms}
    groups = sorted(sorted(g) for g in _cognates(forms, docs))
    assert ["kelvrat", "sodiumkelvrat"] in groups and ["sodium"] in groups


@dataclass
class _Use:
    article: str


@dataclass
class _Cluster:
    occurrences: list[_Use] = field(default_factory=list)


def test_a_german_noun_run_found_once_bars_no_word() -> None:
    clusters = {
        "n:twice": _Cluster([_Use("de1"), _Use("de2")]),
        "n:once": _Cluster([_Use("de1")]),
        "n:english": _Cluster([_Use("en1")]),
    }
    votes = {
        "Brelnik Damm": {"n:twice": 2},
        "Tonnen Kelvrat": {"n:once": 1},
        "Cyclone Tavora": {"n:english": 1},  # a capital in English still says "name"
    }
    languages = {"de1": "de", "de2": "de", "en1": "en"}
    assert named_words(votes, clusters, languages) == {"Brelnik", "Damm", "Cyclone", "Tavora"}
