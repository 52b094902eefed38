"""Totals a sentence splits (analysis/totals.py), and numbers glued to a conjunction.

Fixtures are written for these tests (no article text): a part against its total stays
silent; a total against another source's total still disagrees, even when it is written like
a year, because its sentence adds it up.
"""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.numbers import find_numbers
from briefing.analysis.totals import parts_of, year_like_total


def test_a_part_named_by_a_word_of_inclusion() -> None:
    for language, text, part in [
        ("en", "In all, 40 hostages, of whom 20 are alive, remain.", 20.0),
        ("fr", "Au total, 40 otages, dont 20 encore vivants, restent.", 20.0),
        ("ru", "Всего 40 заложников, из них 20 живы.", 20.0),
        ("ar", "ما زال 40 رهينة، بينهم 20 على قيد الحياة.", 20.0),
    ]:
        numbers = find_numbers(text, language)
        assert parts_of(text, numbers, 0, language) == {part}, text


def test_a_sum_of_the_numbers_beside_it_is_a_total_in_any_language() -> None:
    text = "They freed 1,986 prisoners: 1,736 from the north and 250 from the south."
    numbers = find_numbers(text, "en")
    assert parts_of(text, numbers, 0, "en") == {1736.0, 250.0}
    # a number that adds nothing up is no total
    alone = "They freed 1,986 prisoners on 3 May."
    assert not parts_of(alone, find_numbers(alone, "en"), 0, "en")


def test_a_number_glued_to_an_arabic_conjunction_is_read() -> None:
    numbers = find_numbers("أفرج عن 1736 من غزة و250 من الضفة", "ar")
    assert [n.value for n in numbers] == [1736.0, 250.0]


def test_a_year_like_number_is_a_count_only_when_its_sentence_adds_it_up() -> None:
    text = "أفرج الاحتلال عن 1986 أسيراً، بينهم 1736 من غزة و250 من الضفة."
    assert year_like_total(find_numbers(text, "ar"), 0)
    year = "في عام 1986 أفرج الاحتلال عن 250 أسيراً."
    assert not year_like_total(find_numbers(year, "ar"), 0)


def test_a_total_is_never_set_against_its_part() -> None:
    a = in_language("en", "a", "In all, 40 hostages, of whom 20 are alive, remain in Vornica.")
    b = in_language("en", "b", "The rebels freed the 20 hostages in Vornica on Monday.")
    assert not figure_flags(a, b)


def test_two_totals_still_disagree() -> None:
    a = in_language("en", "a", "In all, 40 hostages, of whom 20 are alive, remain in Vornica.")
    b = in_language("en", "b", "In all, 52 hostages remain in Vornica, the army said.")
    (found,) = figure_flags(a, b)
    assert set(values_by_article(found)) == {"40 hostages", "52 hostages"}


def test_a_total_written_like_a_year_meets_another_sources_precise_count() -> None:
    a = in_language("ar", "a", "أفرج الاحتلال عن 1986 أسيراً، بينهم 1736 من غزة و250 من الضفة.")
    b = in_language("en", "b", "Israel freed 1,984 Palestinian prisoners on the day.")
    (found,) = figure_flags(a, b)
    assert {i for ids in values_by_article(found).values() for i in ids} == {"a", "b"}


def test_a_year_a_rounded_figure_and_a_conversion_stay_silent() -> None:
    year = in_language("ar", "a", "في عام 1986 أفرج الاحتلال عن 250 أسيراً.")
    precise = in_language("en", "b", "Israel freed 1,984 Palestinian prisoners on the day.")
    rounded = in_language("en", "c", "Israel freed about 2,000 Palestinian prisoners.")
    assert not figure_flags(year, precise)
    assert not figure_flags(precise, rounded)
    # a conversion agrees with what it converts; sums of money are no precise counts
    dollars = in_language("en", "d", "Each family was paid 1,968 dollars (1,716 euros).")
    euros = in_language("en", "e", "Each family was paid 1,716 euros by the ministry.")
    assert not figure_flags(dollars, euros)
    signs = in_language("en", "f", "Each family was paid $1,968 (€1,716).")
    assert not figure_flags(signs, in_language("en", "g", "The ministry paid $1,966 to each."))


def test_only_a_split_total_is_dropped_and_every_other_figure_kept_in_order() -> None:
    from briefing.analysis.figure_model import Figure
    from briefing.analysis.model import Quote
    from briefing.analysis.totals import without_split_totals
    from briefing.model import Span

    def figure(article: str, value: float, parts: frozenset[float] = frozenset()) -> Figure:
        quote = Quote(article, article, Span(0, 0, 1), "x")
        return Figure(("en", "hostag"), None, value, value, str(value), quote, parts=parts)

    total = figure("a", 40, frozenset({20.0}))
    same_source = figure("a", 20)  # its own part: the sentence splits it, nobody else
    kept = [figure("b", 41), figure("c", 39), same_source]
    assert without_split_totals([total, *kept]) == [total, *kept]
    part = figure("d", 20)  # another source counts the part alone
    assert without_split_totals([kept[0], total, part]) == [kept[0], part]
