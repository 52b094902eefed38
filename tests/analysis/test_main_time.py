"""The main moment's time of day across languages, with time zones, roundings and hedges.
Written fixtures (no article text): a dam on the river Orlen gave way at 14:17."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.main_time import main_time_discrepancies
from briefing.model import Article


def _story() -> list[Article]:
    """The same minute in three languages."""
    return [
        in_language("en", "a", "The Orlen dam gave way at 14:17 local time, flooding the valley."),
        in_language("fr", "b", "Le barrage de l'Orlen a cédé à 14 h 17, inondant la vallée."),
        in_language("de", "c", "Der Orlen-Damm brach um 14.17 Uhr Ortszeit."),
    ]


def _moment(articles: list[Article]) -> dict[str, tuple[str, ...]]:
    found = main_time_discrepancies(articles)
    assert len(found) <= 1
    return {c.value: c.article_ids for c in found[0].claims} if found else {}


def test_a_time_minutes_off_in_another_language_disagrees() -> None:
    rival = in_language("es", "d", "La presa del Orlen se rompió a las 14:29, según la policía.")
    assert _moment([*_story(), rival]) == {"14:17": ("a", "b", "c"), "14:29": ("d",)}


def test_a_hedged_round_time_half_an_hour_off_disagrees() -> None:
    rival = in_language("de", "d", "Gegen 14.45 Uhr brach der Damm am Orlen.")
    assert _moment([*_story(), rival]) == {"14:17": ("a", "b", "c"), "gegen 14:45": ("d",)}


def test_the_same_minute_in_every_language_is_no_disagreement() -> None:
    translated = in_language("it", "d", "La diga sull'Orlen ha ceduto alle 14.17.")
    assert _moment([*_story(), translated]) == {}


def test_another_time_zone_is_another_clock() -> None:
    in_gmt = [
        in_language("en", "a", "The Orlen dam failed at 12:17 GMT, agencies said."),
        in_language("fr", "b", "Le barrage de l'Orlen a cédé à 12 h 17 GMT."),
        in_language("de", "c", "Der Orlen-Damm brach um 12.17 Uhr GMT."),
    ]
    local = in_language("es", "d", "La presa del Orlen se rompió a las 12:29 hora local.")
    brasilia = in_language("pt", "e", "A barragem do Orlen rompeu às 12h31 em Brasília.")
    italian = in_language("it", "f", "La diga sull'Orlen ha ceduto alle 12.05 italiane.")
    assert _moment([*in_gmt, local, brasilia, italian]) == {}
    # the same zone is compared
    also_gmt = in_language("it", "g", "La diga sull'Orlen ha ceduto alle 12.29 GMT.")
    assert _moment([*in_gmt, also_gmt])["12:29 UTC (12:29)"] == ("g",)


def test_a_rounded_or_hedged_time_that_fits_is_no_disagreement() -> None:
    story = [
        in_language("en", "a", "The Orlen dam gave way at 12:33, the minister said."),
        in_language("fr", "b", "Le barrage de l'Orlen a cédé à 12 h 33."),
    ]
    rounded = in_language("de", "c", "Der Orlen-Damm brach um 12.30 Uhr.")
    hedged = in_language("es", "d", "La presa del Orlen se rompió hacia las 12:35.")
    assert _moment([*story, rounded, hedged]) == {}


def test_a_second_event_or_a_sequence_is_not_a_rival() -> None:
    second = in_language("en", "d", "A second dam on the Orlen gave way at 14:29.")
    sequence = in_language("es", "e", "La presa del Orlen cedió a las 14:17 y otra a las 14:29.")
    unrelated = in_language("en", "f", "Trains to the capital were stopped at 14:29.")
    assert _moment([*_story(), second, sequence, unrelated]) == {}
    # the story's place alone ties only an article's first time: this one told another first
    later = in_language(
        "en", "g", "Sirens sounded at 09:10. Police closed the Orlen road at 14:29."
    )
    assert _moment([*_story(), later]) == {}


def test_two_times_as_widely_given_name_no_main_moment() -> None:
    other = [
        in_language("es", "d", "La presa del Orlen se rompió a las 14:29."),
        in_language("it", "e", "La diga sull'Orlen ha ceduto alle 14.29."),
        in_language("pl", "f", "Tama na Orlen pękła o 14:29."),
    ]
    assert _moment([*_story(), *other]) == {}


def test_one_flag_when_clocks_already_compares_the_times() -> None:
    a = in_language("en", "a", "The reservoir dam collapsed at 14:17 local time.")
    b = in_language("en", "b", "The reservoir dam collapsed at 14:17, officials said.")
    c = in_language("en", "c", "According to the police, the reservoir dam collapsed at 14:19.")
    found: list[Discrepancy] = [
        d for d in find_discrepancies([a, b, c]) if d.subject.startswith("at what time")
    ]
    assert len(found) == 1
