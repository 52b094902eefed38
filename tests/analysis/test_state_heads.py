"""Heads of state compared in every language and script (state_heads.py). Written fixtures: a
summit in the invented city of Marvelle. Look-alikes that stay silent: a rounding and a precise
count, a lower bound a count meets, leaders counted without the phrase, a count two words away
from the phrase, values twice apart (a part and a whole), one source giving two values."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.model import Discrepancy
from briefing.analysis.state_heads import cjk_heads_of_state, head_of_state_key
from briefing.model import Article


def _heads(*articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if "heads of state" in d.subject]


_ENGLISH = in_language("en", "en", "In all, 90 heads of state attended the summit in Marvelle.")


def test_ninety_against_more_than_a_hundred_in_korean() -> None:
    korean = in_language("ko", "ko", "마르벨 정상회의에는 100명 이상의 국가 원수가 참석했습니다.")
    found = _heads(_ENGLISH, korean)
    assert len(found) == 1
    assert values_by_article(found[0]) == {
        "90 heads": ("en",),
        "100명 이상의 국가 원수": ("ko",),
    }


def test_forty_against_thirty_five_across_languages_and_the_longer_title() -> None:
    spanish = in_language(
        "es", "es", "Macron recibirá en Marvelle a los cuarenta jefes de Estado y de Gobierno."
    )
    french = in_language("fr", "fr", "Près de 35 chefs d'État sont attendus à Marvelle.")
    found = _heads(spanish, french)
    assert len(found) == 1
    assert set(values_by_article(found[0]).values()) == {("es",), ("fr",)}


def test_a_rounding_a_bound_and_a_translation_agree() -> None:
    russian = in_language("ru", "ru", "Саммит в Марвеле посетили около 100 глав государств.")
    german = in_language("de", "de", "Rund 90 Staatsoberhäupter kamen nach Marvelle.")
    chinese = in_language("zh", "zh", "约90位国家元首出席了在马尔韦勒举行的峰会。")
    japanese = in_language("ja", "ja", "マルヴェルの首脳会議には80人以上の元首が出席した。")
    assert _heads(_ENGLISH, russian, german, chinese, japanese) == []


def test_other_nouns_and_far_phrases_are_not_heads_of_state() -> None:
    assert head_of_state_key("around 100 leaders of foreign states", 10, "en") is None
    text = "90 leaders, among them heads of state, came"
    assert head_of_state_key(text, 2, "en") is None
    assert head_of_state_key("90 foreign heads of state came", 2, "en") is not None
    assert cjk_heads_of_state("100명의 기자가 왔다", "ko", _quote()) == []


def test_a_whole_and_its_part_and_two_values_of_one_source_are_silent() -> None:
    half = in_language("it", "it", "A Marvelle sono arrivati 40 capi di Stato.")
    assert _heads(_ENGLISH, half) == []  # more than twice apart: a part, not a rival
    both = in_language(
        "en",
        "en2",
        "Some 80 heads of state came to Marvelle. Of them, 60 heads of state spoke.",
    )
    assert _heads(_ENGLISH, both) == []


def _quote():  # type: ignore[no-untyped-def]
    from briefing.analysis.model import Quote
    from briefing.model import Span

    return Quote("k", None, Span(0, 0, 0), "")
