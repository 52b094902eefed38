"""Reading the articles for the disagreements on several cores, and text read once.

Where and how often the reading runs must never change what is found: the same
disagreements, quotes and order from one process or several, from recurring text read once
or every time, as each check finds on its own. Fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline, find_discrepancies, findings
from briefing.analysis.clocks import clock_discrepancies
from briefing.analysis.events import date_discrepancies
from briefing.analysis.figures import figure_discrepancies, read_figures
from briefing.analysis.places import place_discrepancies
from briefing.analysis.spelling import spelling_discrepancies
from briefing.analysis.venues import venue_discrepancies
from briefing.model import Article

#: One wire paragraph that several outlets carry, each on its own date.
_WIRE = (
    "The ferry left the harbour at 18:07 with 40 passengers aboard, "
    "and Mayor Katarina Novakova met them at the Grand Harbour Hotel in Bombay."
)


def _packet() -> tuple[Article, ...]:
    day = dt.date(2031, 5, 3)
    return (
        make_article("a", "Governor Anton Weller arrived in Bombay on May 3.", _WIRE, date=day),
        make_article(
            "b",
            "Governor Anton Weller arrived in Bombay on May 5.",
            "The ferry left the harbour at 18:10 with 45 passengers aboard.",
            "Mayor Katarina Nowakova greeted them at the Hotel Grand Harbour in Mumbai.",
            date=day,
        ),
        make_article("c", _WIRE, "The council met on Tuesday.", date=day + dt.timedelta(days=1)),
        make_article("d", "Nothing in this one is counted.", _WIRE),
        make_article("e", _WIRE, date=day),
    )


def _each_check(articles: tuple[Article, ...]) -> tuple[object, ...]:
    """What the checks find called one by one, each reading every article itself."""
    entries = extract_timeline(articles)
    found = [
        *date_discrepancies(entries, {a.id: a.language for a in articles}),
        *clock_discrepancies(articles, entries),
        *figure_discrepancies(articles, entries),
        *spelling_discrepancies(articles),
        *venue_discrepancies(articles),
        *place_discrepancies(articles),
    ]
    order = {"date": 0, "figure": 1, "spelling": 2, "name": 3}
    return tuple(sorted(found, key=lambda d: order[d.kind]))


@pytest.fixture
def small_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes even for a few short articles."""
    monkeypatch.setattr(findings, "MIN_BYTES_PER_JOB", 1)


def test_the_packet_disagrees_in_every_kind() -> None:
    """The fixture exercises every check, so the comparisons below can fail."""
    found = find_discrepancies(_packet())
    assert {d.kind for d in found} >= {"date", "figure", "spelling", "name"}
    assert any(d.subject.startswith("at what time") for d in found)
    assert any(d.subject.startswith("when") for d in found)


@pytest.mark.usefixtures("small_shares")
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_any_number_of_processes_finds_what_each_check_finds_alone(jobs: int) -> None:
    articles = _packet()
    assert find_discrepancies(articles, jobs=jobs) == _each_check(articles)


@pytest.mark.usefixtures("small_shares")
def test_the_seeds_give_the_same_five_on_three_processes(seeds: tuple[Article, ...]) -> None:
    one = find_discrepancies(seeds)
    assert len(one) == 5
    assert find_discrepancies(seeds, jobs=3) == one == _each_check(seeds)


def test_a_recurring_sentence_keeps_its_own_article_day_and_quote() -> None:
    articles = _packet()
    entries = extract_timeline(articles)
    read = findings.read_share((articles, entries))  # recurring text read once
    alone, _lists = read_figures(articles, entries)  # every sentence read
    assert read.figures == alone
    wire = {f.quote.article_id: f.reported for f in alone if f.quote.text == _WIRE}
    day = dt.date(2031, 5, 3)
    assert wire == {"a": day, "c": day + dt.timedelta(days=1), "d": None, "e": day}


def test_recurring_text_goes_to_the_share_that_read_it_and_shares_stay_even() -> None:
    own = [
        make_article(f"{n:02d}", f"Paragraph number {n} of its own, quite long.") for n in range(8)
    ]
    again = [make_article(f"r{n}", f"Paragraph number {n} of its own, quite long.") for n in (1, 2)]
    articles = [*own, *again]
    runs = findings.by_text(articles, 2)
    assert sorted(i for run in runs for i in run) == list(range(len(articles)))
    assert all(run == sorted(run) for run in runs)  # each share reads in article order
    share = {i: number for number, run in enumerate(runs) for i in run}
    assert share[8] == share[1] and share[9] == share[2]  # read once, where it was read first
    assert abs(len(runs[0]) - len(runs[1])) <= 2  # new text spread evenly over both
    assert findings.by_text(articles[:1], 3) == [[0]]


def test_this_process_reads_less_when_it_has_other_work_beside() -> None:
    own = [
        make_article(f"{n:02d}", f"Paragraph {n} of its own, all alike long.") for n in range(12)
    ]
    runs = findings.by_text(own, 2, 0.5)
    assert sorted(i for run in runs for i in run) == list(range(len(own)))
    assert (len(runs[0]), len(runs[1])) == (4, 8)  # half as much new text as the worker
    assert findings.by_text(own, 2) == findings.by_text(own, 2, 1.0)


def test_one_small_briefing_is_read_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_workers(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a worker process was started")

    monkeypatch.setattr("briefing.parallel.run_shares", no_workers)
    monkeypatch.setattr("briefing.parallel.Pool", no_workers)
    assert len(find_discrepancies(_packet(), jobs=8)) == len(_each_check(_packet()))


def test_quotes_of_every_variant_come_from_one_pass_as_from_a_search_per_word() -> None:
    from briefing.analysis.spelling_quotes import first_quote, quotes_of

    articles = (
        make_article("a", "Jean-Luc Marten spoke.", ("Photo: Marten-Ross archive", "caption")),
        make_article("b", "The Martens met O'Neill, then Marten again.", "Jean went home."),
        make_article("c", "Nobody here: Jean-Lucas and Martenson.", "O'Neill's view."),
    )
    words = {"Jean-Luc", "Marten", "O'Neill", "Jean", "Ross"}

    def each(word: str) -> tuple[object, ...]:
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        found = (first_quote(a, a.paragraphs, pattern) for a in articles)
        return tuple(q for q in found if q is not None)

    quoted = quotes_of(articles, words)
    assert quoted == {word: each(word) for word in words}
    assert [q.article_id for q in quoted["Marten"]] == ["a", "b"]
    assert [q.article_id for q in quoted["Jean"]] == ["a", "b", "c"]
