"""Counts of people keyed by their role in every language (people_roles.py): those aboard and
those rescued meet across languages; look-alikes stay silent: a rounding, passengers beside
everyone aboard, a part of those aboard, a capacity, an increment, another year's wreck, a
count of the rescued of no known day and rescued counts of two report days."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.model import Discrepancy
from briefing.analysis.people_roles import PEOPLE_ABOARD, PEOPLE_RESCUED, people_role_key
from briefing.model import Article

_DAY = dt.date(2031, 5, 14)


def _dated(article: Article, day: dt.date = _DAY) -> Article:
    return dataclasses.replace(article, date=day)


def _about(what: str, *articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if d.subject.startswith(f"how many {what}")]


def _key(text: str, number: str, language: str, dated: bool = True) -> tuple[str, str] | None:
    start = text.index(number)
    end = start + len(number)
    noun = text[end:].split()[0].strip(".,")
    return people_role_key(text, start, end, noun, language, dated)


def test_the_verb_or_the_words_around_give_the_role() -> None:
    assert _key("A barge carrying 212 people sank near Ostrel.", "212", "en") == PEOPLE_ABOARD
    assert _key("Дрейфовал катер, на борту которого были 230 человек.", "230", "ru") == (
        PEOPLE_ABOARD
    )
    assert _key("Im Hafen von Ostrel wurden 87 Menschen gerettet.", "87", "de") == PEOPLE_RESCUED
    assert _key("Los buzos lograron rescatar a 64 personas.", "64", "es") == PEOPLE_RESCUED


def test_a_count_with_no_role_a_toll_or_an_increment_keeps_its_noun() -> None:
    assert _key("Some 212 people live on the island of Ostrel.", "212", "en") is None
    assert _key("The barge sank with 212 people aboard who were killed.", "212", "en") is None
    assert _key("Later 12 more people were rescued near Ostrel.", "12", "en") is None
    assert _key("Around 40 workers were rescued near Ostrel.", "40", "en") is None  # a part
    assert _key("In Ostrel 87 people were rescued.", "87", "en", dated=False) is None


def test_those_aboard_meet_across_languages() -> None:
    english = in_language("en", "en", "A barge carrying 212 people capsized off Ostrel.")
    russian = in_language("ru", "ru", "У Острела перевернулась баржа, на борту были 230 человек.")
    found = _about("people aboard", english, russian)
    assert len(found) == 1
    assert values_by_article(found[0]) == {"212 people": ("en",), "230 человек": ("ru",)}


def test_a_rounding_and_passengers_without_the_crew_are_no_disagreement() -> None:
    english = in_language("en", "en", "A barge carrying 212 people capsized off Ostrel.")
    german = in_language("de", "de", "Vor Ostrel kenterte ein Kahn mit rund 210 Menschen an Bord.")
    passengers = in_language("en", "en2", "Of the 190 passengers on board, most were pupils.")
    assert _about("people aboard", english, german, passengers) == []


def test_a_capacity_or_a_part_of_those_aboard_is_not_their_count() -> None:
    english = in_language("en", "en", "A barge carrying 212 people capsized off Ostrel.")
    capacity = in_language("fr", "fr", "Le bac, d'une capacité de 900 personnes à bord, a coulé.")
    evacuated = in_language("en", "en2", "About 150 people on board were evacuated at Ostrel.")
    assert _about("people aboard", english, capacity, evacuated) == []


def test_another_years_wreck_is_not_this_ones() -> None:
    english = _dated(in_language("en", "en", "A barge carrying 212 people capsized off Ostrel."))
    earlier = _dated(
        in_language("es", "es", "En 1998 un barco con 180 personas a bordo se hundió en Ostrel.")
    )
    assert _about("people aboard", english, earlier) == []


def test_the_rescued_of_one_report_day_meet_across_languages() -> None:
    english = _dated(in_language("en", "en", "Officials in Ostrel said 164 people were rescued."))
    german = _dated(in_language("de", "de", "In Ostrel seien 174 Menschen gerettet worden."))
    found = _about("people rescued", english, german)
    assert len(found) == 1
    assert values_by_article(found[0]) == {"164 people": ("en",), "174 Menschen": ("de",)}


def test_the_rescued_of_two_days_or_of_no_known_day_are_not_compared() -> None:
    english = _dated(in_language("en", "en", "Officials in Ostrel said 164 people were rescued."))
    later = _dated(
        in_language("de", "de", "In Ostrel seien 174 Menschen gerettet worden."),
        dt.date(2031, 5, 15),
    )
    assert _about("people rescued", english, later) == []
    # Two reports of no known day may be of two days: a running count is never compared so.
    undated = in_language("ru", "ru", "В Остреле спасены 179 человек.")
    also_undated = in_language("en", "en2", "Officials in Ostrel said 164 people were rescued.")
    assert _about("people rescued", undated, also_undated) == []
