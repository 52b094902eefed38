"""The day a person took office, told two ways (:mod:`briefing.analysis.office_starts`),
and the label of a count of days tied across languages (:func:`.units.unit_of_word`).

Written fixtures (no article text): a made-up prime minister, Ondine Valcour, who won her
party's vote on 5 March and took office on the 6th; each look-alike keeps every condition of a
disagreement but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

from analysis.builders import make_article

from briefing.analysis import Discrepancy, extract_timeline, find_discrepancies
from briefing.analysis.figures import _joined_label
from briefing.analysis.office_starts import office_start_discrepancies
from briefing.analysis.units import unit_of_word
from briefing.model import Article

DAY = dt.date(2031, 4, 16)

ARRIVED_FR = (
    "Arrivée le 5 mars dernier, la Première ministre Ondine Valcour est de nouveau apparue "
    "devant le Parlement, cette fois pour annoncer sa démission."
)
BECAME_FR = (
    "Ondine Valcour est devenue première ministre le 6 mars dernier, en remplaçant Paul Ferrand."
)
BECAME_EN = "Ondine Valcour became prime minister on March 6, replacing Paul Ferrand."
WON_EN = "Ondine Valcour won the party's leadership vote on March 5 with 57 percent."
BECAME_RU = "Ондина Валькур стала премьер-министром 6 марта, сменив Поля Феррана."
WON_RU = "5 марта Ондина Валькур победила на выборах лидера партии."


def _in(language: str, article_id: str, text: str, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _starts(*articles: Article) -> list[Discrepancy]:
    return office_start_discrepancies(
        extract_timeline(articles), {a.id: a.language for a in articles}
    )


def _claims(found: Discrepancy) -> dict[str, tuple[str, ...]]:
    return {c.value.split(" (")[0]: c.article_ids for c in found.claims}


def test_arrived_in_office_on_another_day_disagrees() -> None:
    (found,) = _starts(_in("fr", "a", ARRIVED_FR), _in("fr", "b", BECAME_FR, None))
    assert found.kind == "date"
    assert found.subject == "when Valcour took office as prime minister"
    assert _claims(found) == {"5 March 2031": ("a",), "6 March": ("b",)}


def test_the_finder_reports_it_with_the_other_checks() -> None:
    found = find_discrepancies([_in("fr", "a", ARRIVED_FR), _in("fr", "b", BECAME_FR, None)])
    assert [d.subject for d in found if "took office" in d.subject] == [
        "when Valcour took office as prime minister"
    ]


def test_two_events_on_two_days_are_not_one() -> None:
    """The party vote on the 5th and the office on the 6th: two events, both dated right."""
    assert _starts(_in("en", "a", WON_EN), _in("en", "b", BECAME_EN)) == []
    assert _starts(_in("ru", "a", WON_RU), _in("ru", "b", BECAME_RU)) == []
    found = find_discrepancies([_in("en", "a", WON_EN), _in("en", "b", BECAME_EN)])
    assert not [d for d in found if d.kind == "date"]


def test_elected_is_not_taking_office_in_german() -> None:
    elected = "Ondine Valcour wurde am 5. März zur Premierministerin gewählt."
    took = "Premierministerin Ondine Valcour hat am 6. März ihr Amt angetreten."
    assert _starts(_in("de", "a", elected), _in("de", "b", took)) == []
    sworn = "Premierministerin Ondine Valcour hat am 5. März ihr Amt angetreten."
    (found,) = _starts(_in("de", "a", sworn), _in("de", "b", took))
    assert set(_claims(found)) == {"5 March 2031", "6 March 2031"}


def test_translations_of_one_day_agree() -> None:
    assert (
        _starts(_in("en", "a", BECAME_EN), _in("fr", "b", BECAME_FR), _in("ru", "c", BECAME_RU))
        == []
    )


def test_an_arrival_somewhere_is_a_visit() -> None:
    visit = "Arrivée le 5 mars à Lisbonne, la présidente Ondine Valcour a rencontré le maire."
    became = "Ondine Valcour est devenue présidente le 6 mars, en remplaçant Paul Ferrand."
    assert _starts(_in("fr", "a", visit), _in("fr", "b", became)) == []


def test_two_people_and_two_offices_stay_apart() -> None:
    other = "Paul Ferrand became prime minister on March 5, after the election."
    assert _starts(_in("en", "a", other), _in("en", "b", BECAME_EN)) == []
    president = "Ondine Valcour became president on March 5, after the election."
    assert _starts(_in("en", "a", president), _in("en", "b", BECAME_EN)) == []


def test_days_weeks_apart_are_two_terms() -> None:
    again = "Ondine Valcour became prime minister on March 28, after the coalition fell."
    assert _starts(_in("en", "a", again), _in("en", "b", BECAME_EN)) == []


def test_one_source_giving_both_days_is_no_flag() -> None:
    both = f"{BECAME_FR} {ARRIVED_FR}"
    assert _starts(_in("fr", "a", both), _in("fr", "b", BECAME_FR)) == []


def test_a_unit_in_a_case_form_cldr_does_not_list() -> None:
    assert unit_of_word("Tagen", "de") == "duration-day"
    assert unit_of_word("jours", "fr") == "duration-day"
    assert unit_of_word("Tagung", "de") is None
    assert unit_of_word("miserable", "en") is None


def test_a_count_of_days_tied_across_languages_reads_as_days() -> None:
    figures = [
        SimpleNamespace(noun="Tagen", key=("de", "tag")),
        SimpleNamespace(noun="bleak", key=("en", "bleak")),
        SimpleNamespace(noun="jours", key=("fr", "jour")),
    ]
    assert _joined_label(figures) == "days"  # type: ignore[arg-type]
    nouns = [SimpleNamespace(noun="bijoux", key=("fr", "bijou")),
             SimpleNamespace(noun="Schmuckstücke", key=("de", "schmuckstuck"))]  # fmt: skip
    assert _joined_label(nouns) == "bijoux / Schmuckstücke"  # type: ignore[arg-type]
