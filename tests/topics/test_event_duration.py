"""A lasting event keeps its days; a punctual act is dated by its one day (fixtures written
for these tests, in several languages; none is article text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.event_duration import written_as_lasting
from briefing.topics.story_days import story_days


def test_a_duration_on_the_act_itself_makes_it_lasting_in_each_language() -> None:
    assert written_as_lasting(["Ruth Mwangi began a three-day state visit."], {"visit"})
    assert written_as_lasting(["Der zweitägige Staatsbesuch endet am Freitag."], {"besuch"})
    assert written_as_lasting(["La visite de trois jours commence mardi."], {"visite"})
    assert written_as_lasting(["La visita di tre giorni si chiude oggi."], {"visita"})
    assert written_as_lasting(["Начался трёхдневный визит президента."], {"визит"})
    assert written_as_lasting(["Üç günlük ziyaret yarın başlıyor."], {"ziyaret"})


def test_a_duration_of_something_else_or_a_delay_is_not_the_acts() -> None:
    assert not written_as_lasting(["Three days after the crash, the line reopened."], {"crash"})
    assert not written_as_lasting(["A three-day national mourning followed the crash."], {"crash"})
    assert not written_as_lasting(["Трёхдневный траур объявлен после крушения."], {"крушение"})
    assert not written_as_lasting(
        ["Trois jours après l'attentat, la salle a rouvert."], {"attentat"}
    )
    assert not written_as_lasting(["Ein eintägiger Streik folgte dem Unglück."], {"unglück"})
    assert not written_as_lasting(["A three-day visit is planned."], set())


def _dated(n: int, day: int, language: str, text: str) -> Article:
    written = article(f"{n:03d}", text)
    return replace(written, title="News", date=dt.date(2031, 3, day), language=language)


FIRST, LAST = dt.date(2031, 2, 20), dt.date(2031, 3, 20)
# A crash on 2 March; strikes the articles date on the 3rd and 4th follow it.
CRASH = [
    _dated(0, 3, "en", "Two trains collided near Varna on March 2, killing twelve."),
    _dated(1, 3, "de", "Zwei Züge stießen am 2. März bei Varna zusammen."),
    _dated(2, 4, "en", "Rail workers struck on March 3 after the crash near Varna."),
    _dated(3, 4, "de", "Die Bahnarbeiter streikten am 3. März nach dem Unglück."),
    _dated(4, 5, "en", "The strike went on on March 4, two days after the crash."),
    _dated(5, 5, "de", "Am 4. März streikten die Bahnarbeiter weiter."),
]


def test_a_punctual_act_is_dated_by_its_first_day_not_its_aftermath() -> None:
    assert story_days(CRASH, FIRST, LAST) == (dt.date(2031, 3, 2), dt.date(2031, 3, 4))
    assert story_days(CRASH, FIRST, LAST, {"crash", "unglück"}) == (
        dt.date(2031, 3, 2),
        dt.date(2031, 3, 2),
    )


def test_an_event_written_as_lasting_keeps_its_days() -> None:
    visit = [
        _dated(0, 8, "en", "Ruth Mwangi arrived in Varna on March 8 for a three-day visit."),
        _dated(1, 9, "de", "Ruth Mwangi ist am 8. März zu einem Besuch in Varna eingetroffen."),
        _dated(2, 9, "en", "On March 9 Mwangi met the mayor; on March 10 she flies home."),
        _dated(3, 10, "de", "Am 9. März traf Mwangi den Bürgermeister, am 10. März reist sie ab."),
    ]
    span = (dt.date(2031, 3, 8), dt.date(2031, 3, 10))
    assert story_days(visit, FIRST, LAST, {"visit", "besuch"}) == span
    # The same days without the duration written: dated by a range on the act, still lasting.
    ranged = [
        _dated(0, 8, "en", "The summit in Varna runs from March 8 to 10."),
        _dated(1, 9, "de", "Der Gipfel in Varna dauert vom 8. bis 10. März."),
        _dated(2, 9, "en", "Leaders met on March 9 and will sign a pact on March 10."),
    ]
    assert story_days(ranged, FIRST, LAST, {"summit", "gipfel"}) == span


def test_a_programme_announced_before_its_first_day_keeps_its_days() -> None:
    ahead = replace(
        _dated(0, 1, "fr", "La cérémonie aura lieu le 8 mars, la messe le 9 mars."),
        date=dt.date(2031, 2, 1),
        date_precision="month",
    )
    reopening = [
        ahead,
        _dated(1, 8, "en", "The reopening ceremony was held on March 8; mass follows on March 9."),
        _dated(2, 9, "de", "Am 8. März wurde gefeiert, am 9. März folgte die Messe."),
    ]
    span = (dt.date(2031, 3, 8), dt.date(2031, 3, 9))
    assert story_days(reopening, FIRST, LAST, {"reopening"}) == span
    # Written only on and after the first day, the same days are one act and its sequel.
    after = [
        _dated(3, 8, "fr", "La cérémonie a eu lieu le 8 mars, la messe le 9 mars."),
        *reopening[1:],
    ]
    assert story_days(after, FIRST, LAST, {"reopening"}) == (span[0], span[0])
