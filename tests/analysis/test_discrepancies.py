"""Discrepancies: planted ones are found with their quotes; look-alikes are left alone."""

from __future__ import annotations

import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

OCT9 = dt.date(2025, 10, 9)


def _kinds(found: tuple[Discrepancy, ...]) -> list[str]:
    return [d.kind for d in found]


def _values(d: Discrepancy) -> dict[str, tuple[str, ...]]:
    return {c.value: c.article_ids for c in d.claims}


# ---------------------------------------------------------------- dates


def test_one_arrival_dated_differently_is_flagged_with_quotes(article: MakeArticle) -> None:
    a = article("a", "Putin arrived in the Tajik capital on October 6 evening, to a welcome.")
    b = article("b", "On October 8, Russian President Vladimir Putin arrived in Dushanbe.")
    c = article("c", "Putin arrived in Dushanbe late Wednesday on a three-day visit.", date=OCT9)
    (found,) = find_discrepancies([a, b, c])
    assert found.kind == "date"
    assert found.subject == "when Putin arrived in Dushanbe"
    # An undated article's "October 6" keeps no year; "October 8" agrees with c's 8 October.
    assert _values(found) == {
        "6 October (no year given)": ("a",),
        "8 October 2025 (some sources give no year)": ("b", "c"),
    }
    quote = found.claims[0].quotes[0]
    assert quote.text == a.paragraphs[0].text
    assert a.paragraphs[quote.span.paragraph].text[quote.span.start : quote.span.end] == quote.text


def test_two_events_on_two_dates_are_not_a_discrepancy(article: MakeArticle) -> None:
    # Two people arriving on two days; one person arriving in two cities on two days.
    a = article("a", "Putin arrived in Dushanbe on October 8, 2025 for talks.")
    b = article("b", "Lukashenko arrived in Dushanbe on October 9, 2025 for the summit.")
    c = article("c", "Putin arrived in Bishkek on October 11, 2025 after the summit.")
    d = article(
        "d", "The summit opened on October 9, 2025 and the council met on October 10, 2025."
    )
    assert find_discrepancies([a, b, c, d]) == ()


def test_a_date_in_another_clause_does_not_date_the_verb(article: MakeArticle) -> None:
    a = article("a", "Putin arrived in Dushanbe on October 8, 2025.")
    b = article(
        "b", "Putin spoke on October 9, 2025, as he arrived in Dushanbe days before, aides said."
    )
    assert find_discrepancies([a, b]) == ()


# ---------------------------------------------------------------- figures


def test_different_counts_of_one_quantity_are_flagged(article: MakeArticle) -> None:
    a = article("a", "The blast on October 3, 2025 killed 12 people, police said.")
    b = article("b", "On October 3, 2025 a blast hit the market. It killed 19 people.")
    (found,) = find_discrepancies([a, b])
    assert found.kind == "figure"
    assert _values(found) == {"12 people": ("a",), "19 people": ("b",)}
    assert "3 October 2025" in found.subject


def test_a_rounded_figure_next_to_a_precise_one_is_not_flagged(article: MakeArticle) -> None:
    a = article("a", "The blast on October 3, 2025 killed 1,287 people, police said.")
    b = article("b", "The blast on October 3, 2025 killed about 1,300 people.")
    c = article("c", "The blast on October 3, 2025 killed 1,300 people.")
    d = article("d", "The blast on October 3, 2025 killed more than 1,200 people.")
    assert find_discrepancies([a, b, c, d]) == ()


def test_a_qualified_figure_that_cannot_hold_is_flagged(article: MakeArticle) -> None:
    a = article("a", "The blast on October 3, 2025 killed at least 40 people.")
    b = article("b", "The blast on October 3, 2025 killed 25 people.")
    (found,) = find_discrepancies([a, b])
    assert set(_values(found)) == {"at least 40 people", "25 people"}


def test_different_quantities_on_one_day_are_not_compared(article: MakeArticle) -> None:
    a = article("a", "The blast on October 3, 2025 killed 12 people and injured 40 people.")
    b = article("b", "On October 3, 2025, 300 people were evacuated and 12 people were arrested.")
    assert find_discrepancies([a, b]) == ()


def test_a_count_against_a_complete_list_is_flagged(article: MakeArticle) -> None:
    a = article(
        "a",
        "On October 10, 2025, the council will meet, with eight heads of state attending.",
    )
    b = article(
        "b",
        "On October 10, 2025, the Heads of State Council will meet in Dushanbe. Leaders of "
        "Uzbekistan, Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, "
        "and Turkmenistan will participate.",
    )
    (found,) = find_discrepancies([a, b])
    assert found.kind == "figure"
    values = _values(found)
    assert values["eight heads (8)"] == ("a",)
    listed = next(v for v in values if v.startswith("9 listed"))
    assert "Turkmenistan" in listed
    # A list counts what its own paragraph names: "leaders" here is not "heads of state".
    c = article(
        "c",
        "On October 10, 2025, the council will meet in Dushanbe. Leaders of Uzbekistan, "
        "Azerbaijan, Armenia, Belarus and Kazakhstan will participate.",
    )
    assert find_discrepancies([a, c]) == ()


def test_a_partial_list_is_not_a_count(article: MakeArticle) -> None:
    a = article(
        "a", "On October 10, 2025, the council will meet, with eight heads of state attending."
    )
    b = article(
        "b",
        "On October 10, 2025, they will be joined by leaders of Armenia, Azerbaijan and "
        "Belarus, who will attend the council.",
    )
    assert find_discrepancies([a, b]) == ()


# ---------------------------------------------------------------- names


def test_a_name_spelt_two_ways_is_flagged(article: MakeArticle) -> None:
    a = article("a", "Putin met Tajik President Emomali Rahmon in Dushanbe.")
    b = article("b", "Talks with Tajikistan’s President Emomali Rakhmon followed. Rakhmon smiled.")
    (found,) = find_discrepancies([a, b])
    assert found.kind == "spelling"
    assert _values(found) == {"Rahmon": ("a",), "Rakhmon": ("b",)}


def test_grammar_and_different_names_are_not_spelling_variants(article: MakeArticle) -> None:
    a = article(
        "a",
        "The Central Asia summit and the Central Asian states met. Prime Minister Karl Austria "
        "and Prime Minister Anna Australia spoke. The Independent States and the Independent "
        "State agreed. Emomali Rahmon and Emomali Rahmon's aide came.",
    )
    assert find_discrepancies([a]) == ()


def test_one_venue_under_two_names_is_flagged(article: MakeArticle) -> None:
    a = article("a", "Formal talks at the National Palace focus on trade.")
    b = article("b", "Negotiations will begin at the Palace of Nations in Dushanbe.")
    c = article("c", "A wreath was laid in Friendship Square and at the Nations Hall.")
    (found,) = find_discrepancies([a, b, c])
    assert found.kind == "name"
    assert _values(found) == {"National Palace": ("a",), "Palace of Nations": ("b",)}


# ---------------------------------------------------------------- the seeds


def test_the_seeds(seeds: tuple[Article, ...]) -> None:
    found = find_discrepancies(seeds)
    by_kind = {(d.kind, d.subject): d for d in found}
    assert _kinds(found) == ["date", "figure", "spelling", "spelling", "name"]
    arrival = by_kind[("date", "when Putin arrived in Dushanbe")]
    values = _values(arrival)
    # The Caspian Post (002) and Zamin.uz (004) are undated: their days keep no year.
    six, eight = "6 October (no year given)", "8 October 2025 (some sources give no year)"
    assert list(values) == [six, eight]
    assert values[six] == ("002_e81cd82c38aae81a",)
    assert set(values[eight]) == {
        "001_6a129be56a234a41",
        "003_5584dc1f58897884",
        "004_4ac3e4d5c5489f6e",
    }
    figure = next(d for d in found if d.kind == "figure")
    assert {a[:3] for a in figure.article_ids} == {"002", "004"}
    spellings = {d.subject for d in found if d.kind == "spelling"}
    assert spellings == {"Rahmon / Rakhmon", "Ismoil / Ismoili"}
    venue = next(d for d in found if d.kind == "name")
    assert venue.subject == "National Palace / Palace of Nations"


def test_places_split_events_and_a_vague_place_is_not_guessed(article: MakeArticle) -> None:
    vague = article("a", "Putin arrived in the Tajik capital on October 6, 2025 to a welcome.")
    city = article("b", "Putin arrived in Dushanbe on October 8, 2025 for talks.")
    palace = article("c", "Putin arrived at the Palace of Nations on October 9, 2025 for talks.")
    embassy = article("d", "Putin arrived at the Russian embassy on October 10, 2025.")
    # With one named place, the vague one joins it and the dates clash.
    (found,) = find_discrepancies([vague, city])
    assert found.subject == "when Putin arrived in Dushanbe"
    # With several named places, each is its own event, and the vague one is left out.
    assert find_discrepancies([vague, city, palace, embassy]) == ()


def test_counts_for_two_places_on_one_day_are_two_quantities(article: MakeArticle) -> None:
    a = article("a", "A blast in Kabul on October 3, 2025 killed 12 people.")
    b = article("b", "A blast in Karachi on October 3, 2025 killed 40 people.")
    c = article("c", "On October 3, 2025 a bomb in Kabul killed 19 people, police said.")
    (found,) = find_discrepancies([a, b, c])
    assert _values(found) == {"12 people": ("a",), "19 people": ("c",)}


def test_one_city_under_two_names_is_flagged(article: MakeArticle) -> None:
    a = article("a", "In Kyiv, officials met the delegation.")
    b = article("b", "The talks in Kiev ended without a deal. Kiev said little.")
    c = article("c", "Officials in Kyiv confirmed the talks.")
    (found,) = find_discrepancies([a, b, c])
    assert found.kind == "name"
    assert _values(found) == {"Kyiv": ("a", "c"), "Kiev": ("b",)}
    assert "Kyiv" in found.note


def test_names_inside_longer_names_are_not_cities(article: MakeArticle) -> None:
    a = article("a", "Students at Peking University met in Beijing on trade.")
    b = article("b", "The font was designed by Werner Lemberg in Lviv.")
    c = article("c", "Code by Marc-Andre Lemburg was merged.")
    assert find_discrepancies([a, b, c]) == ()
