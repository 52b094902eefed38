"""An Arabic noun in a query finds its broken plural and a plural its singular
(``arabic_plurals.py``), from the Arramooz dictionary of the optional ``arabic`` extra;
look-alikes stay apart, and without the extra the rule is silent. Every sentence here was
written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex, arabic_plurals
from briefing.search.analysis import analyse_word
from briefing.search.arabic_plurals import arabic_plural_terms, related_forms

#: A stand-in for the dictionary: the pairs these tests need, both ways.
PAIRS = {"سد": "سدود", "مدينة": "مدن", "منزل": "بيوت"}


def _related(word: str) -> frozenset[str]:
    found = {p for s, p in PAIRS.items() if s == word} | {s for s, p in PAIRS.items() if p == word}
    return frozenset(found)


def _terms(typed: str, *words: str, languages: tuple[str, ...] = ("ar",)) -> frozenset[str]:
    return arabic_plural_terms(typed, languages, prefixed(*words), _related)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("سد", "سدود"),  # dam: dams
        ("سد", "السدود"),  # the plural with the article
        ("سد", "والسدود"),  # and a conjunction
        ("السد", "سدود"),  # the singular typed with the article
        ("سدود", "سد"),  # a plural typed: its singular
    ],
)
def test_a_noun_finds_its_broken_plural(typed: str, written: str) -> None:
    assert analyse_word(typed, "ar") != analyse_word(written, "ar")  # ISRI keeps them apart
    assert _terms(typed, written) == {analyse_word(written, "ar")}


@pytest.mark.parametrize(
    ("typed", "words", "languages"),
    [
        ("سد", ("سدين",), ("ar",)),  # no plural in the briefing (the dual is arabic_duals')
        ("سد", ("بسدودهم",), ("ar",)),  # a form no plural's spelling
        ("سد", ("سدود",), ("fa", "ur")),  # no Arabic text
        ("منزل", ("بيوت",), ("ar",)),  # the lexicon reads it as another noun's plural
        ("جسر", ("جسور",), ("ar",)),  # nothing in the dictionary stand-in
    ],
)
def test_look_alikes_add_nothing(
    typed: str, words: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert _terms(typed, *words, languages=languages) == frozenset()


@pytest.mark.parametrize(
    ("field", "plurals"),
    [
        ("سُدُودٌ", ["سُدُودٌ"]),
        ("بُيُوتٌ;أبْيَاتٌ جج:", ["بُيُوتٌ"]),  # a plural of the plural is marked: the list stops
        ("أوَائِلُ;مؤ:;أولَى", ["أوَائِلُ"]),  # the feminine forms follow the marker
        ("أَطْفَالٌ (وَقَدْ يَسْتَوِي فِيهِ)", ["أَطْفَالٌ"]),  # a note in parentheses
        ("عَدَد (5) مُذَكَّرُ خَمْسَ", []),  # a note, no plural
        ("", []),
    ],
)
def test_the_dictionary_field_is_read_for_plurals_only(field: str, plurals: list[str]) -> None:
    assert arabic_plurals._plurals(field) == plurals


def test_without_the_extra_the_rule_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arabic_plurals, "_data_file", lambda: None)
    related_forms.cache_clear()
    try:
        assert related_forms("سد") == frozenset()
        assert arabic_plural_terms("سد", ("ar",), prefixed("سدود")) == frozenset()
    finally:
        related_forms.cache_clear()


needs_dictionary: Callable[[object], object] = pytest.mark.skipif(
    arabic_plurals._data_file() is None, reason="the optional arabic extra is not installed"
)


@needs_dictionary
@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("سد", {"سدود"}),
        ("سدود", {"سد"}),
        ("وزير", {"وزراء"}),
        ("عدة", set()),  # its plural عُدَد is spelt like عَدَد, "number"
        ("عدد", {"أعداد"}),  # number: numbers, never عُدَّة's plural read back
        ("عرب", {"عروب"}),  # not أَعْرُب, spelt like the verb أعرب ("expressed")
        ("خمسة", set()),  # the dictionary's note on the numeral is no plural
    ],
)
def test_the_dictionary(word: str, forms: set[str]) -> None:
    assert related_forms(word) == forms


SINGULAR = make_article("one", "بني سد جديد في الوادي.", title="الوادي", language="ar")
PLURAL = make_article(
    "many", "امتلأت السدود بعد أيام من المطر.", title="المطر", language="ar"
)  # fmt: skip
OTHER = make_article("other", "سدد التاجر ديونه للبنك.", title="البنك", language="ar")
ARTICLES = [SINGULAR, PLURAL, OTHER]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("arabic-plurals"), ARTICLES)


@needs_dictionary
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The plural is searched by its ISRI root, سدد, and so is "paid off": typing the
        # plural found that text before this rule, and the singular now does too.
        ("سد", {"one", "many", "other"}),
        ("السدود", {"one", "many", "other"}),
        ("الوادي", {"one"}),  # its plurals (أودية, وديان) are not in the briefing
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
