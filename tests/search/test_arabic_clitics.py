"""An Arabic word in a query finds it after a proclitic ISRI leaves on (``arabic_clitics.py``):
``كرهائن``, a foreign name after ``ل``; a word whose first letter is its own (``لبنان``,
``كتاب``) is no form of what follows that letter. Every sentence here was written for these
tests; ``بتروغازكو`` is a made-up company."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from search.factory import highlighted, hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.arabic_clitics import arabic_clitic_terms


def _prefixed(*words: str):  # type: ignore[no-untyped-def]
    def lookup(prefix: str) -> Iterable[str]:
        return [w for w in words if w.startswith(prefix)]

    return lookup


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("رهائن", "كرهائن"),  # hostages, "as hostages": ك is no prefix of ISRI's
        ("بتروغازكو", "لبتروغازكو"),  # a name of eight letters or more: ISRI leaves it whole
        ("بتروغازكو", "وببتروغازكو"),  # two proclitics
        ("بتروغازكو", "فلبتروغازكو"),  # ف and ل
        ("الرهائن", "كرهائن"),  # typed with the article
        ("لبتروغازكو", "بتروغازكو"),  # typed with the proclitic: the bare name the briefing holds
    ],
)
def test_a_word_finds_its_proclitic_form(typed: str, other: str) -> None:
    assert analyse_word(typed, "ar") != analyse_word(other, "ar")
    found = arabic_clitic_terms(typed, ("ar",), _prefixed(other))
    assert analyse_word(other, "ar") in found


@pytest.mark.parametrize(
    ("typed", "other", "languages"),
    [
        ("بنان", "لبنان", ("ar",)),  # Lebanon: its ل is its own, not "for fingertips"
        ("بنان", "ولبنان", ("ar",)),  # "and Lebanon": the lexicon knows what the و is before
        ("بنان", "للبنان", ("ar",)),  # "for Lebanon"
        ("تاب", "كتاب", ("ar",)),  # a book, not "like repented"
        ("لبنان", "بنان", ("ar",)),  # typed Lebanon never reads as ل + fingertips
        ("بتروغازكو", "لبتروغازكوية", ("ar",)),  # what follows the letter is a longer word
        ("رهائن", "كرهائن", ("fa",)),  # no Arabic text in the briefing
        ("سد", "كسد", ("ar",)),  # a two-letter word: too short to look up
    ],
)
def test_look_alikes_add_nothing(typed: str, other: str, languages: tuple[str, ...]) -> None:
    assert arabic_clitic_terms(typed, languages, _prefixed(other)) == frozenset()


def test_a_typed_proclitic_needs_the_bare_word_in_the_briefing() -> None:
    assert arabic_clitic_terms("لبتروغازكو", ("ar",), _prefixed("لبتروغازكو")) == frozenset()


HELD = make_article(
    "held", "احتجز المسلحون العمال كرهائن في المصنع.", title="المصنع", language="ar"
)
FREED = make_article("freed", "أفرج الجيش عن الرهائن صباحا.", title="الجيش", language="ar")
DEAL = make_article("deal", "وقع الوزير العقد لبتروغازكو في العاصمة.", title="العقد", language="ar")
PROFIT = make_article("profit", "أعلنت بتروغازكو أرباحا جديدة.", title="الأرباح", language="ar")
VISIT = make_article("visit", "زار الوزير لبنان واشترى كتاب التاريخ.", title="زيارة", language="ar")
ARTICLES = [HELD, FREED, DEAL, PROFIT, VISIT]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("arabic-clitics"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("رهائن", {"held", "freed"}),
        ("بتروغازكو", {"deal", "profit"}),
        ("لبتروغازكو", {"deal", "profit"}),
        ("لبنان", {"visit"}),
        ("بنان", set()),
        ("تاب", set()),
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected


def test_the_proclitic_form_is_highlighted(index: SearchIndex) -> None:
    assert highlighted(index, "رهائن", BY_ID)["held"] == ["كرهائن"]
