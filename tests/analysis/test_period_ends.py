"""The last day of a period the outlets give a length: two different days disagree.

Fixtures are written for these tests (no article text).
"""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.period_ends import period_end_discrepancies
from briefing.model import Article


def _values(articles: list[Article]) -> list[dict[str, tuple[str, ...]]]:
    return [{c.value: c.article_ids for c in d.claims} for d in period_end_discrepancies(articles)]


def test_one_period_given_two_last_days_across_languages_disagrees() -> None:
    articles = [
        in_language("fr", "a", "Le gouvernement a décrété trois jours de deuil jusqu'au 4 mars."),
        in_language("ru", "b", "Власти Норланда объявили трёхдневный траур со 2 марта по 5 марта."),
        in_language("ru", "c", "В стране начался трёхдневный траур по погибшим при пожаре."),
    ]
    assert _values(articles) == [{"4 March": ("a",), "5 March": ("b",)}]
    (flag,) = [d for d in find_discrepancies(articles) if d.subject.startswith("last day")]
    assert flag.kind == "date"
    assert "jusqu'au 4 mars" in flag.claims[0].quotes[0].text


def test_an_end_opened_by_until_and_an_end_after_a_start_date_are_read() -> None:
    articles = [
        in_language(
            "en", "a", "The cabinet declared three days of mourning until Sunday, March 5."
        ),
        in_language(
            "es", "b", "El Gobierno decretó tres días de luto oficial hasta el 4 de marzo."
        ),
        in_language(
            "de", "c", "Norland ordnete drei Tage Staatstrauer vom 2. März bis 4. März an."
        ),
    ]
    assert _values(articles) == [{"4 March": ("b", "c"), "5 March": ("a",)}]


def test_the_same_last_day_in_two_languages_is_no_flag() -> None:
    articles = [
        in_language("fr", "a", "Trois jours de deuil ont été décrétés jusqu'au 4 mars."),
        in_language("ru", "b", "Объявлен трёхдневный траур с 2 по 4 марта."),
        in_language("en", "c", "Three days of mourning will run until March 4."),
    ]
    assert _values(articles) == []


def test_look_alikes_of_a_period_end_stay_silent() -> None:
    # Two periods of different lengths are two periods, even of one noun.
    assert (
        _values(
            [
                in_language("en", "a", "The city declared three days of mourning until March 4."),
                in_language("en", "b", "The region called seven days of mourning until March 8."),
                in_language("en", "c", "Flags flew at half mast for three days of mourning."),
                in_language("en", "d", "Churches held services during seven days of mourning."),
            ]
        )
        == []
    )
    # A date of another clause (after a comma, or of a relative clause), a date before the
    # period, a start date: none is its end.
    assert (
        _values(
            [
                in_language(
                    "en",
                    "a",
                    "Three days of mourning were declared, and schools shut until March 9.",
                ),
                in_language(
                    "en", "b", "Until March 7, three days of mourning are observed in the capital."
                ),
                in_language(
                    "en", "c", "Three days of mourning begin on March 2 in every province."
                ),
                in_language(
                    "en", "e", "Three days of mourning for all who lost a home until March 8."
                ),
                in_language(
                    "en", "d", "The government declared three days of mourning until March 4."
                ),
            ]
        )
        == []
    )
    # An article giving one period two ends says nothing.
    assert (
        _values(
            [
                in_language(
                    "en",
                    "a",
                    "Three days of mourning until March 4 were announced.",
                    "Officials later spoke of three days of mourning until March 5.",
                ),
                in_language(
                    "en", "b", "The cabinet declared three days of mourning until March 6."
                ),
            ]
        )
        == []
    )
