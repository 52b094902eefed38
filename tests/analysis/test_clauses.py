"""A sentence with two dates is shown at each day it reports, clause by clause, only when its
dates sit in separate clauses; ranges and lists stay one line at the first date. Written
fixture text only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.clauses import by_clause
from briefing.export import render_brief

DAY = dt.date(2031, 3, 4)  # a Tuesday


def _timeline(brief: str) -> str:
    return brief.split("## Timeline", 1)[1].split("\n## ", 1)[0]


def test_each_clause_is_quoted_at_its_own_day(article: MakeArticle) -> None:
    text = (
        "The ferry terminal stayed shut on Monday, March 3, after a crane collapsed onto "
        "the quay on Sunday evening, injuring two dockers."
    )
    a = article("a", text, date=DAY)
    clauses = {e.date: e.sentence for e in by_clause(extract_timeline([a]))}
    assert clauses == {
        dt.date(2031, 3, 3): "The ferry terminal stayed shut on Monday, March 3 …",
        dt.date(2031, 3, 2): "… after a crane collapsed onto the quay on Sunday evening, "
        "injuring two dockers.",
    }
    timeline = _timeline(render_brief([a], timeline=extract_timeline([a])))
    sunday, monday = timeline.index("2 March 2031"), timeline.index("3 March 2031")
    assert sunday < timeline.index("… after a crane collapsed") < monday
    assert monday < timeline.index("“The ferry terminal stayed shut on Monday, March 3 …”")


def test_a_range_or_a_list_of_days_stays_one_line(article: MakeArticle) -> None:
    texts = [
        "The fair runs from Wednesday to Friday at the pier.",
        "The fair opens on March 5 and March 6 at the pier.",
        "The fair runs from Monday, March 3, to Thursday at the pier.",
    ]
    for text in texts:
        a = article("a", text, date=DAY)
        entries = extract_timeline([a])
        assert len(entries) == 2
        assert by_clause(entries) == list(entries), text
        assert _timeline(render_brief([a], timeline=entries)).count("The fair") == 1, text


def test_two_dates_of_one_day_stay_one_line(article: MakeArticle) -> None:
    a = article("a", "Talks began on Tuesday, and a second round followed on March 4.", date=DAY)
    entries = extract_timeline([a])
    assert {e.date for e in entries} == {DAY}
    assert by_clause(entries) == list(entries)


def test_a_clause_dated_by_its_report_is_not_shown(article: MakeArticle) -> None:
    """ "…, the operator reported on Monday" dates the telling: only the strike's clause is
    shown, at its day, in every language; a report that tells what was found keeps it."""
    texts = {
        "en": "Dock workers extended a strike launched on March 1 over the crane accident, "
        "the port operator reported on Monday.",
        "es": "Los estibadores prolongaron la huelga iniciada el 1 de marzo por el accidente, "
        "informó este lunes la autoridad portuaria.",
        "ru": "Докеры продлили забастовку, начатую 1 марта из-за аварии крана, сообщило в "
        "понедельник портовое управление.",
    }
    for language, text in texts.items():
        a = replace(article("a", text, date=DAY), language=language)
        shown = {e.date: e.sentence for e in by_clause(extract_timeline([a]))}
        assert list(shown) == [dt.date(2031, 3, 1)], language
        assert shown[dt.date(2031, 3, 1)].endswith(" …"), language


def test_a_report_that_tells_an_event_keeps_its_clause(article: MakeArticle) -> None:
    text = (
        "The crane fell on March 1 at the quay, and rescuers reported finding two "
        "dockers alive on Monday."
    )
    a = article("a", text, date=DAY)
    shown = {e.date for e in by_clause(extract_timeline([a]))}
    assert shown == {dt.date(2031, 3, 1), dt.date(2031, 3, 3)}
