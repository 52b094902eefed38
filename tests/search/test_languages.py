"""Search in every language of a briefing, on a real index of articles written for the test.

The query is analysed for all the briefing's languages: a user types a singular, a base form,
a word without its accents or in the other spelling of English, and finds the articles that
use another form — without saying which language a passage is in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from search.factory import make_article

from briefing.model import Article, Paragraph, SearchResult
from briefing.search import SearchIndex

FR = make_article(
    "fr",
    "Les cathédrales de la ville ont rouvert leurs portes après des années de travaux.\n"
    "Le maire a salué la fin du chantier devant une foule nombreuse.",
    title="Les cathédrales rouvrent",
    source="Journal du Soir",
    date=dt.date(2025, 3, 4),
    language="fr",
)
DE = make_article(
    "de",
    "Nach den Diebstählen im Museum prüft die Polizei die Aufnahmen der Kameras.\n"
    "Die Ermittler sprechen von einer gut vorbereiteten Tat.",
    title="Ermittlungen nach Diebstählen",
    date=dt.date(2025, 3, 5),
    language="de",
)
ES = make_article(
    "es",
    "El alcalde Núñez dijo que las joyas robadas tienen un valor incalculable.\n"
    "Los ladrones huyeron en una motocicleta.",
    title="Las joyas robadas",
    date=dt.date(2025, 3, 6),
    language="es",
)
IT = make_article(
    "it",
    "I ladri hanno portato via otto gioielli in pochi minuti.\n"
    "Il museo resterà chiuso fino a nuovo avviso.",
    title="Furto al museo",
    date=dt.date(2025, 3, 7),
    language="it",
)
TR = make_article(
    "tr",
    "Depremler sonrasında binalar tek tek kontrol edildi.\n"
    "Yetkililer hasar tespitinin sürdüğünü açıkladı.",
    title="Hasar tespiti sürüyor",
    date=dt.date(2025, 3, 8),
    language="tr",
)
RU = make_article(
    "ru",
    "Участники саммита обсудили поставки энергии.\nВстреча с президентом прошла в Москве.",
    title="Итоги саммита",
    date=dt.date(2025, 3, 9),
    language="ru",
)
UK = make_article(
    "uk",
    "Учасники саміту обговорили безпеку регіону.\nДелегації домовилися зустрітися знову.",
    title="Підсумки саміту",
    language="uk",
)
GB = make_article(
    "gb",
    "The Labour government published its defence review and organised a debate.\n"
    "Critics said the centre of the plan was a grey area.",
    title="Defence review published",
    language="en",
)
_MIXED = make_article(
    "mixed",
    "La catedral reabrió sus puertas el sábado por la noche.\n"
    "The bells rang out as the archbishop knocked on the great wooden doors.",
    title="La catedral reabre",
    language="es",
)
#: A Spanish report that quotes a post in English: that paragraph is analysed as English.
MIXED = Article(
    **{
        **{f: getattr(_MIXED, f) for f in Article.__dataclass_fields__},
        "paragraphs": (_MIXED.paragraphs[0], Paragraph(_MIXED.paragraphs[1].text, language="en")),
    }
)
ARTICLES = [FR, DE, ES, IT, TR, RU, UK, GB, MIXED]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(tmp_path_factory.mktemp("languages") / "search")
    opened.sync(ARTICLES)
    yield opened
    opened.close()


def search(index: SearchIndex, query: str) -> SearchResult:
    result = index.search(query, BY_ID)
    assert result.error is None, result.error
    return result


def ids(result: SearchResult) -> set[str]:
    return {hit.article_id for hit in result.hits}


def highlighted(result: SearchResult, article_id: str) -> list[str]:
    hit = next(h for h in result.hits if h.article_id == article_id)
    article = BY_ID[article_id]
    return [article.paragraphs[s.paragraph].text[s.start : s.end] for s in hit.spans]


@pytest.mark.parametrize(
    ("query", "article", "words"),
    [
        ("cathédrale", "fr", ["cathédrales"]),
        ("Diebstahl", "de", ["Diebstählen"]),
        ("joya", "es", ["joyas"]),
        ("ladro", "it", ["ladri"]),
        ("gioiello", "it", ["gioielli"]),
        ("deprem", "tr", ["Depremler"]),
        ("bina", "tr", ["binalar"]),
        ("саммит", "ru", ["саммита"]),
        ("президент", "ru", ["президентом"]),
        ("саміт", "uk", ["саміту"]),
    ],
)
def test_a_base_form_finds_the_inflected_one(
    index: SearchIndex, query: str, article: str, words: list[str]
) -> None:
    result = search(index, query)
    assert article in ids(result)
    assert highlighted(result, article) == words


@pytest.mark.parametrize(
    ("query", "article", "words"),
    [
        ("Nunez", "es", ["Núñez"]),
        ("cathedrales", "fr", ["cathédrales"]),
        ("Diebstahlen", "de", ["Diebstählen"]),
    ],
)
def test_accents_fold(index: SearchIndex, query: str, article: str, words: list[str]) -> None:
    result = search(index, query)
    assert ids(result) == {article}
    assert highlighted(result, article) == words


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("labor", ["Labour"]),
        ("defense", ["defence"]),
        ("organized", ["organised"]),
        ("center", ["centre"]),
        ("gray", ["grey"]),
    ],
)
def test_american_spelling_finds_british(index: SearchIndex, query: str, words: list[str]) -> None:
    result = search(index, query)
    assert ids(result) == {"gb"}
    assert sorted(highlighted(result, "gb")) == sorted(words)


def test_english_paragraph_of_a_spanish_article_is_analysed_as_english(
    index: SearchIndex,
) -> None:
    result = search(index, '"bell rang"')
    assert ids(result) == {"mixed"}
    assert highlighted(result, "mixed") == ["bells rang"]
    assert ids(search(index, "knock")) == {"mixed"}  # Porter: knocked → knock


def test_phrase_in_french_skips_french_stop_words(index: SearchIndex) -> None:
    result = search(index, '"cathédrale de la ville"')
    assert ids(result) == {"fr"}
    assert highlighted(result, "fr") == ["cathédrales de la ville"]


def test_field_date_and_pattern_queries_work_across_languages(index: SearchIndex) -> None:
    assert ids(search(index, "title:joya")) == {"es"}
    assert ids(search(index, "title:cathedrale")) == {"fr"}
    assert ids(search(index, "source:soir")) == {"fr"}
    assert ids(search(index, "museo AND date:[2025-03-07 TO 2025-03-08]")) == {"it"}
    assert ids(search(index, "cathe*")) == {"fr"}  # prefix typed without the accent
    assert ids(search(index, "cathedrals~")) == {"fr"}
    assert ids(search(index, "саммит*")) == {"ru"}


def test_did_you_mean_in_french_keeps_the_accents(index: SearchIndex) -> None:
    result = search(index, "cathédarles")
    assert result.total == 0
    assert result.suggestion == "cathédrales"


def test_did_you_mean_in_russian(index: SearchIndex) -> None:
    result = search(index, "самита")
    assert result.suggestion == "саммита"


def test_stop_word_of_every_language_is_not_searched(index: SearchIndex) -> None:
    # "la" is a stop word in French and Spanish; with a real word it changes nothing.
    assert ids(search(index, "la joya")) == {"es"}


def test_vocabulary_records_the_languages(index: SearchIndex) -> None:
    from briefing.search.vocabulary import Vocabulary

    saved = Vocabulary.load(index.directory / "index")
    assert saved.languages == {"fr", "de", "es", "it", "tr", "ru", "uk", "en"}


def test_a_name_typed_in_one_script_finds_the_other(tmp_path: Path) -> None:
    articles = [
        make_article("ru", "Президент Эмомали Рахмон встретился с гостями.", language="ru"),
        make_article("en", "President Emomali Rahmon met the guests.", language="en"),
    ]
    by_id = {a.id: a for a in articles}
    with SearchIndex.open(tmp_path / "search") as opened:
        opened.sync(articles)
        for query in ("Rahmon", "Рахмон"):
            result = opened.search(query, by_id)
            assert ids(result) == {"ru", "en"}, query
        # an everyday lowercase word is not transliterated
        assert ids(opened.search("rahmon", by_id)) == {"en"}
        hit = next(h for h in opened.search("Rahmon", by_id).hits if h.article_id == "ru")
        span = hit.spans[0]
        assert by_id["ru"].paragraphs[span.paragraph].text[span.start : span.end] == "Рахмон"
