"""The story's first act dated to two days in a row across languages (:mod:`.first_days`).
Written fixtures (no article text): an invented freighter, the Corvina, runs aground off an
atoll on Wednesday 14 May 2031; fuel leaks from Monday 2 June (the main day) and an emergency
is declared on 3 June. Look-alikes: a source writing both days, a day told in a named zone, a
day two off, a caption's day, two acts on the main day's days, too few sources."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

SUBJECT = "the day the story began"
WRITTEN = dt.date(2031, 6, 4)


def _in(language: str, article_id: str, *paragraphs: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, *paragraphs, date=date), language=language)


def _story() -> list[Article]:
    """Four articles in four languages date the grounding to 14 May and the leak to 2 June."""
    return [
        _in("en", "a", "The freighter Corvina ran aground on 14 May off the atoll.",
            "Fuel began leaking from its hull on Monday, June 2, officials said.", date=WRITTEN),
        _in("fr", "b", "Le cargo Corvina s'est échoué le 14 mai sur le récif de l'atoll.",
            "Le carburant a commencé à fuir le lundi 2 juin.", date=WRITTEN),
        _in("es", "c", "El carguero Corvina encalló el 14 de mayo frente al atolón.",
            "El combustible empezó a derramarse el 2 de junio."),
        _in("zh", "d", "货船科维纳号于5月14日在环礁附近搁浅。", "燃油自6月2日起开始泄漏。",
            date=dt.date(2031, 6, 5)),
    ]  # fmt: skip


def _first(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject == SUBJECT]


def test_a_first_act_a_day_later_in_another_language_disagrees() -> None:
    x = _in("ru", "x", "Судно Corvina село на мель 15 мая у атолла.",
            "Утечка топлива началась 2 июня.")  # fmt: skip
    (found,) = _first(x)
    claims = {c.value: set(c.article_ids) for c in found.claims}
    assert claims == {"14 May": {"a", "b", "c", "d"}, "15 May": {"x"}}


def test_a_day_written_with_its_year_keeps_it() -> None:
    x = _in("ru", "x", "Судно Corvina село на мель 13 мая 2031 года у атолла.")
    (found,) = _first(x)
    assert [c.value for c in found.claims] == ["13 May 2031", "14 May"]


def test_a_source_writing_both_days_tells_two_acts() -> None:
    # The crew taken off on the 15th is another act: one source of the 14th writes both.
    story = _story()
    story[0] = _in("en", "a", "The freighter Corvina ran aground on 14 May off the atoll.",
                   "Its crew was taken off on 15 May by helicopter.", date=WRITTEN)  # fmt: skip
    x = _in("ru", "x", "Экипаж судна Corvina эвакуировали 15 мая вертолётом.")
    assert [d for d in find_discrepancies([*story, x]) if d.subject == SUBJECT] == []
    # Nor when the source writing both starts a day earlier: "13 мая" then "14 мая".
    y = _in("ru", "y", "Двигатель судна Corvina отказал 13 мая.",
            "Судно село на мель 14 мая у атолла.")  # fmt: skip
    assert _first(y) == []


def test_a_day_told_in_a_named_zone_is_the_same_day_told_elsewhere() -> None:
    x = _in("ru", "x", "Судно Corvina село на мель 15 мая по московскому времени у атолла.")
    assert _first(x) == []


def test_a_day_two_off_is_another_act() -> None:
    x = _in("ru", "x", "Судно Corvina село на мель 16 мая у атолла.")
    assert _first(x) == []


def test_a_third_first_day_nearby_leaves_the_starts_too_loose() -> None:
    x = _in("ru", "x", "Судно Corvina село на мель 15 мая у атолла.")
    y = _in("de", "y", "Der Frachter Corvina lief am 16. Mai vor dem Atoll auf Grund.")
    assert _first(x) != []
    assert _first(x, y) == []


def test_a_captions_day_is_no_first_act() -> None:
    x = _in("en", "x", "Oil reached the lagoon's beaches, the coast guard said.")
    caption = ("The Corvina aground on the reef on May 15.", "caption")
    x = dataclasses.replace(x, paragraphs=(*make_article("x", caption).paragraphs, *x.paragraphs))
    assert _first(x) == []


def test_the_main_days_own_acts_are_left_to_the_main_day() -> None:
    # The leak on 2 June and the emergency on 3 June: two acts of the story's own days, the
    # main day's rules' (and no source of the first act writes the 3rd).
    story = [
        _in("en", "a", "Fuel began leaking on Monday, June 2, officials said.", date=WRITTEN),
        _in("fr", "b", "Le carburant a commencé à fuir le lundi 2 juin.", date=WRITTEN),
        _in("es", "c", "El combustible empezó a derramarse el 2 de junio.", date=WRITTEN),
        _in("ru", "x", "Правительство объявило режим ЧС 3 июня.", date=WRITTEN),
    ]
    assert [d for d in find_discrepancies(story) if d.subject == SUBJECT] == []


def test_too_few_sources_or_one_language_do_not_make_a_first_day() -> None:
    story = _story()[:2]  # two articles date the 14th
    x = _in("ru", "x", "Судно Corvina село на мель 15 мая у атолла.")
    assert [d for d in find_discrepancies([*story, x]) if d.subject == SUBJECT] == []
    english = [
        _in("en", i, "The freighter Corvina ran aground on 14 May off the atoll.", date=WRITTEN)
        for i in "abc"
    ]
    assert [d for d in find_discrepancies([*english, x]) if d.subject == SUBJECT] == []
