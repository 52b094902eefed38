"""The main event's timeline read on a worker is the one naming the event would read here.

Made-up packets written for these tests (English and German, dated articles).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing import parallel
from briefing.analysis.timeline import extract_timeline
from briefing.model import Article, Paragraph
from briefing.topics import extract_topics_named, shares
from briefing.topics.event_timeline import _pack, _unpack, story_share, timeline_share
from briefing.topics.judged_share import judged_counts
from briefing.topics.lead_stems import lead_stems
from briefing.topics.period_share import period_share
from briefing.topics.story_days import story_articles, story_window


def _dated(n: int, day: int, language: str, title: str, *paragraphs: str | Paragraph) -> Article:
    written = article(f"{n:03d}", *paragraphs)
    return replace(written, title=title, date=dt.date(2031, 3, day), language=language)


_PACKET = [
    _dated(0, 3, "en", "Ferry fire", "A ferry caught fire in the port of Varna on March 2.",
           Paragraph("Smoke over the harbour, March 2, 2031.", "caption")),
    _dated(1, 4, "de", "Fährbrand in Varna", "Am 2. März geriet im Hafen von Varna eine Fähre in "
           "Brand.", Paragraph("Ein Gedicht über das Meer.", "body", "bg")),
    _dated(2, 5, "en", "Ferry fire inquiry", "Investigators in Varna said the ferry fire began "
           "in the engine room on March 2."),
    _dated(3, 6, "en", "Ferry fire victims", "The ferry fire in Varna injured twelve people, "
           "officials said on March 6."),
    _dated(4, 30, "en", "Harbour reopens", "The port of Varna reopened on March 30."),
    replace(article("005", "A ferry fire is a rare thing in Varna."), date=None),
]  # fmt: skip


def test_an_article_travels_to_a_worker_and_back_unchanged() -> None:
    for written in _PACKET:
        assert _unpack(_pack(written)) == written


def test_the_worker_reads_the_timeline_naming_the_event_reads() -> None:
    window = story_window(_PACKET)
    assert window is not None
    _best, first, last = window
    near = story_articles(_PACKET, first, last)
    assert [a.id for a in near] == ["000", "001", "002", "003", "005"]  # 30 March is too far
    share = story_share(_PACKET)
    assert share is not None
    expected = extract_timeline(near)
    assert expected
    assert timeline_share(share, lambda _n: None) == expected


def test_no_date_no_timeline_to_lend_and_month_labels_lend_all() -> None:
    undated = [replace(a, date=None) for a in _PACKET]
    assert story_share(undated) is None
    # Month labels give a window (the busiest month, a week either side) and every article
    # labelled with a month may be its coverage, so all of them are read.
    monthly = [replace(a, date_precision="month") for a in _PACKET]
    share = story_share(monthly)
    assert share is not None and len(share) == len(monthly)


def test_the_event_dated_on_a_lent_worker_is_named_as_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone = extract_topics_named(_PACKET, jobs=1)
    assert alone[1] is not None and "Mar 2031" in alone[1]  # dated from the timeline
    monkeypatch.setattr(shares, "MIN_PARAGRAPHS_PER_JOB", 1)  # workers even for a handful
    lent: list[object] = []
    real_lend = parallel.Pool.lend_each

    def lend_each(self: parallel.Pool, tasks: object, *args: object) -> object:
        lent.extend(task for task, _part in tasks)  # type: ignore[attr-defined]
        return real_lend(self, tasks, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel.Pool, "lend_each", lend_each)
    assert extract_topics_named(_PACKET, jobs=2) == alone
    # The one kept worker does every task in turn, in the order they are asked for.
    assert lent == [lead_stems, timeline_share, period_share, judged_counts]


def fail(_share: object, _report: object) -> None:
    raise RuntimeError("the worker gave up")


def test_a_worker_failing_at_the_timeline_leaves_it_to_this_process() -> None:
    with shares.Cores(2) as cores:
        cores._warmed().run(timeline_share, [[], []])  # one worker kept, as after the rounds
        later = cores.after_rounds(fail, lambda: "anything")
        cores.rounds_over()
        assert later.answer is not None  # lent
        assert later() is None  # failed: naming the event reads the timeline itself
        assert cores.pool._workers == []


def echo(share: object, _report: object) -> object:
    return share


def test_tasks_lent_to_one_worker_answer_in_turn_each_on_its_own() -> None:
    with shares.Cores(2) as cores:
        cores._warmed().run(timeline_share, [[], []])  # one worker kept, as after the rounds
        first = cores.after_rounds(echo, lambda: "one")
        skipped = cores.after_rounds(echo, lambda: None)  # nothing to do: never lent
        second = cores.after_rounds(echo, lambda: "two")
        cores.rounds_over()
        assert skipped.answer is None
        assert second() == "two"  # asked out of order, each gets its own answer
        assert first() == "one"
    with shares.Cores(2) as cores:
        cores._warmed().run(timeline_share, [[], []])
        first = cores.after_rounds(echo, lambda: "one")
        second = cores.after_rounds(fail, lambda: "two")
        cores.rounds_over()
        assert first() == "one"  # answered before the worker failed at its second task
        assert second() is None  # failed: left to this process
        assert cores.pool._workers == []
