"""The main event's dates, worked out by a worker while the parent merges aliases, are the
dates the parent would work out (issue 15: the timeline was seconds of the parent's serial
work at 10,000 articles while the worker idled).

Every text is written for the test: a made-up ferry strike told in English and German.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing import topics
from briefing.model import Article
from briefing.topics import extract_topics_named, shares
from briefing.topics.events import _dates


def _dated(n: int, day: int, language: str, title: str, *paragraphs: str) -> Article:
    written = article(f"{n:03d}", *paragraphs)
    return replace(written, title=title, date=dt.date(2032, 5, day), language=language)


_STRIKE = [
    _dated(0, 12, "en", "Ferry strike halts crossings to Tarnvik",
           "The ferry strike at Tarnvik runs from May 11 to 13, the Dock Workers Union said.",
           "Crossings to the islands stopped on Tuesday."),
    _dated(1, 12, "de", "Fährstreik legt Verkehr nach Tarnvik lahm",
           "Der Fährstreik in Tarnvik dauert vom 11. bis 13. Mai, teilte die Gewerkschaft mit."),
    _dated(2, 13, "en", "Strike leaves islanders waiting",
           "Islanders waited for news as the ferry strike at Tarnvik entered its third day.",
           "The strike began on May 11, 2032, the union said."),
    _dated(3, 14, "en", "Ferries sail again after strike",
           "Ferries sailed again from Tarnvik after the strike ended on May 13."),
]  # fmt: skip


def _no_report(_n: int) -> None:
    pass


def test_articles_sent_as_rows_give_the_same_dates() -> None:
    found = _dates(_STRIKE)
    assert found is not None and "May 2032" in found  # the fixture dates its event
    assert shares.dates_share(shares.article_rows(_STRIKE), _no_report) == found


def _never() -> str:
    raise AssertionError("worked out here although a worker took the job")


def test_a_running_worker_works_the_dates_out_between_rounds() -> None:
    asked: list[int] = []

    def rows() -> object:
        asked.append(1)
        return shares.article_rows(_STRIKE)

    with shares.Cores(2) as cores:
        cores.pool.run(shares._ready, [None, None], what=shares.WHAT)  # one worker running
        dated = cores.meanwhile(_never, shares.dates_share, rows)
        cores._hand_over()
        assert asked == [1]
    assert dated() == _dates(_STRIKE)


def test_without_a_worker_the_dates_are_worked_out_here() -> None:
    with shares.Cores(2) as cores:
        dated = cores.meanwhile(lambda: "here", shares.dates_share, _never)
        cores._hand_over()  # no worker is running: nothing is sent
    assert dated() == "here"


def test_a_failed_worker_leaves_the_dates_to_this_process() -> None:
    with shares.Cores(2) as cores:
        cores.pool.run(shares._ready, [None, None], what=shares.WHAT)
        dated = cores.meanwhile(lambda: "here", shares.dates_share, lambda: [("no row", None)])
        cores._hand_over()
        cores._settle()
        assert cores.pool._workers == []  # stopped: a next round would start new ones
    assert dated() == "here"


def test_the_named_event_on_two_processes_is_the_one_process_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone = extract_topics_named(_STRIKE, jobs=1)
    assert alone[1] is not None and "11–13 May 2032" in alone[1]
    monkeypatch.setattr(shares, "MIN_PARAGRAPHS_PER_JOB", 1)  # the worker really starts
    sent: list[int] = []
    real = shares.article_rows

    def rows(articles: list[Article]) -> object:
        sent.append(len(articles))
        return real(articles)

    monkeypatch.setattr(topics, "article_rows", rows)
    assert extract_topics_named(_STRIKE, jobs=2) == alone
    assert sent == [len(_STRIKE)]  # the dates were a worker's
