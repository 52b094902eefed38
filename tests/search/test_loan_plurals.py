"""German plurals of Latin and Greek loans take their singular's stem (``loan_plurals.py``):
``Stadien`` meets ``Stadion``; a plural that is also another word's (``Studien`` of
``Studie``, ``Daten`` data) and pairs a lemmatiser does not vouch for stay apart. The
lexicons, lemmas and articles were written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.loan_plurals import loan_plural_sibling
from briefing.search.plural_siblings import SIBLINGS


def _lexicon(**zipf: float) -> Callable[[str], float]:
    return lambda word: zipf.get(word, 0.0)


def _lemmas(**pairs: str) -> Callable[[str], str]:
    return lambda word: pairs.get(word, word)


def _known(*words: str) -> Callable[[str], bool]:
    return lambda word: word in words


def _cuts_en(word: str) -> str:
    """A stemmer that cuts ``-en`` only, as Snowball German does to these words."""
    return word[:-2] if word.endswith("en") else word


_COMMON = _lexicon(stadien=3.5, stadion=4.0, viren=3.5, virus=4.5, thema=5.0, themen=4.9)


@pytest.mark.parametrize(
    ("word", "lemmas", "known", "expected"),
    [
        ("stadien", _lemmas(stadien="Stadion"), _known("stadien"), "stadion"),
        ("viren", _lemmas(viren="Virus"), _known(), "virus"),
        ("themen", _lemmas(themen="Thema"), _known(), "thema"),
        # a compound whose last word reads the same way
        ("fussballstadien", _lemmas(fussballstadien="Fussballstadion", stadien="Stadion"),
         _known("stadien", "fussball"), "fussballstadion"),
        # the last word is another noun's plural (Studie, a study): two real words, apart
        ("fernstudien", _lemmas(fernstudien="Fernstudium", studien="Studie"),
         _known("studien", "fern"), None),
        # the last word is a word of its own (Daten, data)
        ("lieferdaten", _lemmas(lieferdaten="Lieferdatum"), _known("daten", "liefer"), None),
        # a split that is no compound (T-hemen): the head is no word
        ("themen", _lemmas(themen="Thema", hemen="Heman"), _known("hemen"), "thema"),
        # not a loan plural by spelling: a German -en plural, a verb
        ("banken", _lemmas(banken="Bank"), _known(), None),
        ("laden", _lemmas(), _known("laden"), None),
        # the singular is too rare to vouch for the pair
        ("stadien", _lemmas(stadien="Stadion"), _known(), None),
    ],
)  # fmt: skip
def test_the_loan_plural_rule(
    word: str, lemmas: Callable[[str], str], known: Callable[[str], bool], expected: str | None
) -> None:
    lexicon = _COMMON
    if expected is None and word == "stadien":
        lexicon = _lexicon(stadien=5.0, stadion=3.0)
    if word == "fussballstadien":
        lexicon = _lexicon(fussballstadien=2.5, fussballstadion=3.0)
    if word == "fernstudien":
        lexicon = _lexicon(fernstudien=2.5, fernstudium=3.0)
    if word == "lieferdaten":
        lexicon = _lexicon(lieferdaten=2.5, lieferdatum=3.0)
    assert loan_plural_sibling(word, "de", lexicon, lemmas, _cuts_en, known) == expected


def test_another_language_is_not_looked_at() -> None:
    lemmas = _lemmas(stadien="stadion")
    assert loan_plural_sibling("stadien", "it", _COMMON, lemmas, _cuts_en, _known()) is None


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("stadien", "stadion"),
        ("museen", "museum"),
        ("zentren", "zentrum"),
        ("viren", "virus"),
        ("themen", "thema"),
        ("einkaufszentren", "einkaufszentrum"),
    ],
)
def test_the_shipped_table_joins_a_loan_plural_to_its_singular(plural: str, singular: str) -> None:
    assert SIBLINGS["de"][plural] == singular
    assert analyse_word(plural, "de") == analyse_word(singular, "de")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("studien", "studium"),  # Studien is read as Studie's: it meets Studie, as before
        ("daten", "datum"),  # data, a word of its own
        ("banken", "bankon"),
    ],
)
def test_look_alikes_stay_apart(one: str, other: str) -> None:
    assert analyse_word(one, "de") != analyse_word(other, "de")


def test_an_e_noun_s_plural_still_meets_its_singular() -> None:
    assert analyse_word("studien", "de") == analyse_word("studie", "de")
    assert analyse_word("inseln", "de") == analyse_word("insel", "de")  # the -eln rule holds


ARTICLES = [
    make_article(
        "stadion",
        "Die Feier begann am Abend im neuen Stadion am Fluss.",
        title="Feier",
        language="de",
    ),
    make_article(
        "museen",
        "Viele Museen der Stadt blieben am Sonntag geschlossen.",
        title="Sonntag",
        language="de",
    ),
    make_article(
        "studie",
        "Eine neue Studie zeigt, dass der Fluss sauberer geworden ist.",
        title="Fluss",
        language="de",
    ),
]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("loan-plurals"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Stadien", {"stadion"}),
        ("Stadion", {"stadion"}),
        ("Museum", {"museen"}),
        ("Studien", {"studie"}),
        ("Studium", set()),
    ],
)
def test_search_finds_the_other_number(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
