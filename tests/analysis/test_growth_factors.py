"""Growth factors: one quantity in every language, read only as the one factor of a sentence."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.growth_factors import growth_factors
from briefing.analysis.model import Quote
from briefing.model import Span


def _factors(text: str, language: str) -> list[tuple[float, float, str]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.low, f.high, f.bound) for f in growth_factors(text, language, None, quote)]


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("Orders abroad have increased 9-fold in a year.", "en", (9, 9, "")),
        ("Exports rose more than tenfold.", "en", (10, float("inf"), "lower")),
        ("Le nombre de visiteurs a été multiplié par 7 en un an.", "fr", (7, 7, "")),
        ("Las ventas se han multiplicado por cinco.", "es", (5, 5, "")),
        ("Die Zahl der Anträge hat sich verfünffacht.", "de", (5, 5, "")),
        ("Die Zahl der Anträge hat sich verdoppelt.", "de", (2, 2, "")),
        ("Число заявок выросло в 6 раз за год.", "ru", (6, 6, "")),
        ("Число заявок увеличилось в 3 раза.", "ru", (3, 3, "")),
        ("Кількість заявок зросла в 4 рази.", "uk", (4, 4, "")),
        ("عدد الطلبات زاد بواقع 8 أضعاف خلال عام.", "ar", (8, 8, "")),
        ("游客人数增加到5倍。", "zh", (5, 5, "")),
        ("訪問者は1年で6倍に増えた。", "ja", (6, 6, "")),
        ("방문객이 약 4배 증가했다.", "ko", (3.4, 5.6, "")),
    ],
)
def test_a_factor_is_read_with_its_growth_verb(
    text: str, language: str, read: tuple[float, float, str]
) -> None:
    assert _factors(text, language) == [pytest.approx(read)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ORDERS ABROAD HAVE INCREASED 9-FOLD IN A YEAR.", "en"),
        ("LE NOMBRE DE VISITEURS A ÉTÉ MULTIPLIÉ PAR 7 EN UN AN.", "fr"),
        ("DIE ZAHL DER ANTRÄGE HAT SICH VERFÜNFFACHT.", "de"),
        ("ЧИСЛО ЗАЯВОК ВЫРОСЛО В 6 РАЗ ЗА ГОД.", "ru"),
    ],
)
def test_the_substring_test_before_the_patterns_is_case_blind_as_they_are(
    text: str, language: str
) -> None:
    # The clue is asked of the case-folded sentence; the patterns are case-blind, so a
    # headline in capitals is read as its sentence is.
    assert _factors(text, language) == _factors(text.capitalize(), language) != []


def test_chinese_by_n_times_is_n_or_n_plus_one() -> None:
    # "增加了两倍" and "增加3倍" are both written for one tripling: read 2–3 and 3–4.
    assert _factors("游客人数增加了两倍。", "zh") == [(2, 3, "")]
    assert _factors("游客人数增加3倍。", "zh") == [(3, 4, "")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("港口的吞吐量是上海的约30倍。", "zh"),  # a comparison: no growth
        ("新規感染者は中国の約30倍に到達。", "ja"),  # likewise
        ("Il faudra multiplier les efforts.", "fr"),  # no number
        ("Il faudra multiplier par deux les moyens.", "fr"),  # a plan, not a growth
        ("The plan has a twofold purpose.", "en"),  # a make-up, not a growth
        # Two factors of two counts: neither is another source's factor.
        ("Les ventes ont été multipliées par 7 et celles de l'étranger par trois.", "fr"),
        ("Die Anträge haben sich verfünffacht, die Zusagen verdreifacht.", "de"),
        ("游客增加了5倍,酒店增加了两倍。", "zh"),
        ("Das Verfahren wurde vereinfacht.", "de"),  # "ver-ein-facht": no factor
        ("Exports have risen fivefold so far.", "en"),  # a running count's growth
    ],
)
def test_what_is_no_single_growth_factor_is_not_read(text: str, language: str) -> None:
    assert _factors(text, language) == []


def test_one_factor_disagrees_across_languages_and_the_idioms_agree() -> None:
    flags = figure_flags(
        in_language("fr", "a", "Le nombre de visiteurs a été multiplié par 7 en un an."),
        in_language("de", "b", "Die Zahl der Besucher hat sich in einem Jahr versiebenfacht."),
        in_language("ar", "c", "عدد الزوار زاد بواقع 12 ضعفا خلال عام."),
    )
    assert [claim_values(f) for f in flags] == [{"multiplié par 7", "زاد بواقع 12 ضعفا"}]
    # The German factor is the same value, quoted under the first way it is written.
    assert {q.article_id for q in flags[0].claims[0].quotes} == {"a", "b"}
    assert "times" in flags[0].subject
    assert not figure_flags(  # 增加了6倍 is ×6 or ×7
        in_language("fr", "a", "Le nombre de visiteurs a été multiplié par 7 en un an."),
        in_language("zh", "b", "游客人数在一年内增加了6倍。"),
    )
    assert not figure_flags(  # more than twice apart: two things more likely than one
        in_language("fr", "a", "Le nombre de visiteurs a été multiplié par 3 en un an."),
        in_language("en", "b", "Hotel bookings increased 9-fold in a year."),
    )
